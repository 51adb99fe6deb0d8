// Runs before each integration test file: gives the file its own SQLite database
// (the committed migrations applied to a fresh file) and its own session secret.
import { applyMigrations, freshDatabaseFile } from './helpers/test-database';

const file = freshDatabaseFile();
applyMigrations(file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NEXTAUTH_SECRET = `test-secret-${Math.random().toString(36).slice(2)}`;
process.env.NEXTAUTH_URL = 'http://localhost:3000';
