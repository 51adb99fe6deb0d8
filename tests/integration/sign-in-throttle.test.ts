// The sign-in throttle through the real next-auth route handler: 5 failures
// per e-mail or 20 per IP within 15 minutes, then 429 until the window passes.
import { checkCredentials } from '@/lib/server/auth/check-credentials';
import { clientIp } from '@/lib/server/http/client-ip';
import { db } from '@/lib/server/db';
import { signIn } from './helpers/next-auth';
import { seedWorld, TEST_PASSWORD } from './helpers/world';

beforeAll(async () => {
  await seedWorld();
});

const MINUTE = 60_000;
const WRONG = 'certainly not the password';
// Every test signs in from its own address, so the per-IP count of one test never reaches another.
let lastIp = 0;
const freshIp = () => `198.51.100.${++lastIp}`;
const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

async function failTimes(n: number, email: string, ip: string) {
  for (let i = 0; i < n; i++) expect((await signIn(email, WRONG, from(ip))).status).toBe(401);
}

async function insertFailures(n: number, { email, ip, minutesAgo }: { email: string; ip: string; minutesAgo: number }) {
  const createdAt = new Date(Date.now() - minutesAgo * MINUTE);
  await db.loginAttempt.createMany({ data: Array.from({ length: n }, (_, i) => ({ email: email || `someone-${i}@example.com`, ip, success: false, createdAt })) });
}

describe('per e-mail', () => {
  it('refuses the 6th attempt after 5 failures with 429, even with the right password, and sets no cookie', async () => {
    const ip = freshIp();
    await failTimes(5, 'editor@example.com', ip);
    const attempts = await db.loginAttempt.count();
    const res = await signIn('editor@example.com', TEST_PASSWORD, from(ip));
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({
      error: { code: 'RATE_LIMITED', message: 'Too many sign-in attempts; try again in 15 minutes' },
      url: 'http://localhost:3000/signin?error=RateLimited',
    });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(res.headers.getSetCookie().some((c) => c.includes('session-token'))).toBe(false);
    // A refused attempt is not counted: it would only stretch the lock-out.
    expect(await db.loginAttempt.count()).toBe(attempts);
    // Another address does not help: the e-mail is what is throttled.
    expect((await signIn('editor@example.com', TEST_PASSWORD, from(freshIp()))).status).toBe(429);
  });

  it('leaves other e-mails alone', async () => {
    const ip = freshIp();
    await failTimes(5, 'editor2@example.com', ip);
    expect((await signIn('reviewer@example.com', TEST_PASSWORD, from(ip))).status).toBe(200);
  });

  it('throttles an unknown e-mail exactly like a known one, so a 429 reveals no account', async () => {
    const ip = freshIp();
    await failTimes(5, 'nobody@example.com', ip);
    const res = await signIn('nobody@example.com', WRONG, from(ip));
    expect(res.status).toBe(429);
    expect((await res.json()).error.code).toBe('RATE_LIMITED');
  });

  it('forgets failures older than 15 minutes, and says how long is left', async () => {
    await insertFailures(5, { email: 'admin@example.com', ip: 'elsewhere', minutesAgo: 16 });
    expect((await signIn('admin@example.com', TEST_PASSWORD, from(freshIp()))).status).toBe(200);
    await insertFailures(5, { email: 'late@example.com', ip: 'elsewhere', minutesAgo: 14 });
    const res = await signIn('late@example.com', WRONG, from(freshIp()));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await res.json()).error.message).toBe('Too many sign-in attempts; try again in 1 minute');
  });

  it('forgives the owner\'s typos once they sign in successfully', async () => {
    const ip = freshIp();
    await db.loginAttempt.deleteMany({ where: { email: 'reviewer@example.com' } });
    await failTimes(4, 'reviewer@example.com', ip);
    expect((await signIn('reviewer@example.com', TEST_PASSWORD, from(ip))).status).toBe(200);
    await failTimes(4, 'reviewer@example.com', ip);
    expect((await signIn('reviewer@example.com', TEST_PASSWORD, from(ip))).status).toBe(200);
  });
});

describe('per IP', () => {
  it('refuses every e-mail from an address with 20 recent failures; other addresses go on', async () => {
    const ip = freshIp();
    await insertFailures(19, { email: '', ip, minutesAgo: 5 });
    await db.loginAttempt.deleteMany({ where: { email: 'editor2@example.com' } });
    expect((await signIn('editor2@example.com', WRONG, from(ip))).status).toBe(401);
    const res = await signIn('editor2@example.com', TEST_PASSWORD, from(ip));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(9 * 60);
    expect((await signIn('editor2@example.com', TEST_PASSWORD, from(freshIp()))).status).toBe(200);
  });
});

describe('recording attempts', () => {
  it('records every attempt with its outcome, the normalised e-mail and the client address', async () => {
    await checkCredentials('  Editor2@Example.com ', TEST_PASSWORD, '192.0.2.1');
    await checkCredentials('ghost@example.com', WRONG, '192.0.2.1');
    const rows = await db.loginAttempt.findMany({ where: { ip: '192.0.2.1' }, orderBy: { createdAt: 'asc' } });
    expect(rows.map(({ email, success }) => ({ email, success }))).toEqual([
      { email: 'editor2@example.com', success: true },
      { email: 'ghost@example.com', success: false },
    ]);
  });

  it('takes the client address from x-forwarded-for\'s first entry, else x-real-ip, else "unknown"', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'x-real-ip': '10.0.0.2' }))).toBe('203.0.113.7');
    expect(clientIp(new Headers({ 'x-real-ip': '10.0.0.2' }))).toBe('10.0.0.2');
    expect(clientIp({ 'x-forwarded-for': ['203.0.113.8'] })).toBe('203.0.113.8');
    expect(clientIp(new Headers())).toBe('unknown');
    expect(clientIp(undefined)).toBe('unknown');
  });
});
