// After each integration test file: close the file's database connections
// (PostgreSQL pools would otherwise stay open until the worker exits) and the
// work pool's threads (each test file has its own module registry, so its own pool).
import { db } from '@/lib/server/db';
import { closeWorkPool } from '@/lib/server/work/run-job';

afterAll(async () => {
  await Promise.all([db.$disconnect(), closeWorkPool()]);
});
