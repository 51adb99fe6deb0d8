// What `npm run setup` seeds, from the environment. The demo world (four demo
// accounts, the sample article) only where nobody can mistake it for a real
// deployment: the embedded SQLite default, or when asked for with SEED_DEMO=1.
// A PostgreSQL deployment gets one first admin instead.
import { databaseKind } from '../database-url';
import { DEFAULT_ADMIN_EMAIL, type SeedOptions } from './seed-database';

export type SeedPlan = Required<Pick<SeedOptions, 'demo' | 'adminEmail'>> & Pick<SeedOptions, 'password'>;

export function seedPlanFromEnv(env: Record<string, string | undefined>): SeedPlan {
  const adminEmail = (env.ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(adminEmail)) throw new Error(`ADMIN_EMAIL is not an e-mail address: ${adminEmail}`);
  return {
    // `?? ''`: databaseKind() reads process.env when handed undefined.
    demo: env.SEED_DEMO === '1' || databaseKind(env.DATABASE_URL ?? '') === 'sqlite',
    password: env.SEED_PASSWORD || undefined,
    adminEmail,
  };
}
