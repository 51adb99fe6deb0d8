// After each integration test file: close the file's database connections
// (PostgreSQL pools would otherwise stay open until the worker exits).
import { db } from '@/lib/server/db';

afterAll(async () => {
  await db.$disconnect();
});
