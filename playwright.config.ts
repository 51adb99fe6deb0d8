// End-to-end tests: Playwright driving Debian's Chromium against the real app
// (`npm start` through scripts/e2e-server.js) on port 3100 with a fresh database.
import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_PASSWORD } from './tests/e2e/helpers';

// E2E_PORT: a second checkout (a git worktree) can run its suite alongside this one.
const PORT = Number(process.env.E2E_PORT || 3100);
const BASE_URL = `http://localhost:${PORT}`;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Playwright's own browser download cannot work here; we use the distribution's Chromium.
if (!fs.existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` ` +
      '(as root), or run .ci/run, or point CHROMIUM_PATH at a Chromium binary. Never `npx playwright install`.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    headless: true,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 900 },
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.js',
    // next-auth's own route answers as soon as the app serves, whatever pages exist.
    url: `${BASE_URL}/api/auth/csrf`,
    // scripts/start.js runs `next build` when the sources changed (1-3 minutes).
    timeout: 10 * 60_000,
    // Every run gets a fresh database, so never reuse a server by default; set
    // E2E_REUSE_SERVER=1 (outside CI) to iterate against one you started yourself.
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === '1',
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(PORT),
      SEED_PASSWORD: E2E_PASSWORD,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
