// After each integration test file: close the file's database connections
// (PostgreSQL pools would otherwise stay open until the worker exits) and the
// work pool's threads (each test file has its own module registry, so its own
// pool), and the live-updates hub's LISTEN connection on PostgreSQL.
import { db } from '@/lib/server/db';
import { liveHub } from '@/lib/server/events/live-hub';
import { closeWorkPool } from '@/lib/server/work/run-job';

afterAll(async () => {
  await Promise.all([db.$disconnect(), closeWorkPool(), liveHub.close()]);
});
