// A second app process for tests/integration/live-events.test.ts: subscribes
// to one article's changes through the app's own hub (on the DATABASE_URL it
// is given) and prints each as a JSON line; "ready" once it listens.
import { liveHub } from '@/lib/server/events/live-hub';

const articleId = process.argv[2];
void liveHub.subscribe(articleId, (event) => process.stdout.write(`${JSON.stringify(event)}\n`)).then(() => process.stdout.write('ready\n'));
// The parent ends it; never outlive a test run.
setTimeout(() => process.exit(0), 60_000);
