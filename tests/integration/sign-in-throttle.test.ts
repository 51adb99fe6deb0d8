// The sign-in throttle through the real next-auth route handler: 5 failures
// per e-mail or 20 per IP within 15 minutes, then 429 until the window passes.
import { checkCredentials } from '@/lib/server/auth/check-credentials';
import { clientIp } from '@/lib/server/http/client-ip';
import { db } from '@/lib/server/db';
import { callNextAuth, csrf, signIn } from './helpers/next-auth';
import { seedWorld, TEST_PASSWORD } from './helpers/world';

// These tests stand for a deployment behind one proxy (TRUST_PROXY=1), so each
// test can come from its own address; "client addresses" below covers the rest.
const trustProxy = process.env.TRUST_PROXY;
beforeAll(async () => {
  process.env.TRUST_PROXY = '1';
  await seedWorld();
});
afterAll(() => {
  process.env.TRUST_PROXY = trustProxy;
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

  it("forgives the owner's typos once they sign in successfully", async () => {
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
});

describe('ways around the throttle (issue 11)', () => {
  const lockOut = async (email: string, ip: string) => {
    await db.loginAttempt.deleteMany({ where: { email } });
    await failTimes(5, email, ip);
  };

  it("answers 404 for extra path segments after next-auth's routes, and checks no password there", async () => {
    const ip = freshIp();
    await lockOut('editor2@example.com', ip);
    const attempts = await db.loginAttempt.count();
    for (const path of ['/api/auth/callback/credentials/x', '/api/auth/callback/credentials/x/y', '/api/auth/signin/credentials/x', '/api/auth/csrf/x', '/api/auth/session/x']) {
      const res = await signIn('editor2@example.com', TEST_PASSWORD, { ...from(ip), path });
      expect([path, res.status]).toEqual([path, 404]);
      expect((await res.json()).error).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
      expect(res.headers.getSetCookie().some((c) => c.includes('session-token'))).toBe(false);
    }
    expect((await callNextAuth('GET', '/api/auth/session/x')).status).toBe(404);
    expect(await db.loginAttempt.count()).toBe(attempts);
    // The real callback still answers 429 for the locked e-mail.
    expect((await signIn('editor2@example.com', TEST_PASSWORD, from(ip))).status).toBe(429);
  });

  it('refuses a form with a field given twice (422) instead of letting the throttle and next-auth read different e-mails', async () => {
    const ip = freshIp();
    await lockOut('editor@example.com', ip);
    const { csrfToken, cookie } = await csrf();
    const body = new URLSearchParams([
      ['email', 'someone-else@example.com'],
      ['email', 'editor@example.com'],
      ['password', TEST_PASSWORD],
      ['csrfToken', csrfToken],
      ['json', 'true'],
    ]).toString();
    const attempts = await db.loginAttempt.count();
    const res = await callNextAuth('POST', '/api/auth/callback/credentials', {
      headers: { ...from(ip).headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ code: 'INVALID', details: { email: expect.any(String) } });
    expect(res.headers.getSetCookie().some((c) => c.includes('session-token'))).toBe(false);
    expect(await db.loginAttempt.count()).toBe(attempts);
  });

  it('lets at most 5 of 12 concurrent wrong guesses for one e-mail reach the password check', async () => {
    const email = 'reviewer@example.com';
    await db.loginAttempt.deleteMany({ where: { email } });
    // One csrf round trip for all twelve, as a script hammering the endpoint would do.
    const { csrfToken, cookie } = await csrf();
    const guess = (i: number) =>
      callNextAuth('POST', '/api/auth/callback/credentials', {
        headers: { 'x-forwarded-for': `198.18.0.${i}`, cookie },
        form: { email, password: `${WRONG} ${i}`, csrfToken, json: 'true' },
      });
    const statuses = (await Promise.all(Array.from({ length: 12 }, (_, i) => guess(i)))).map((res) => res.status).sort();
    // Every attempt that reached the password check is recorded; refused ones are not.
    expect(await db.loginAttempt.count({ where: { email } })).toBe(5);
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
  });
});

describe('client addresses (TRUST_PROXY)', () => {
  const withTrustProxy = (value: string | undefined, run: () => void) => {
    const previous = process.env.TRUST_PROXY;
    if (value === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = value;
    try {
      run();
    } finally {
      process.env.TRUST_PROXY = previous;
    }
  };

  it('ignores X-Forwarded-For and X-Real-IP when no proxy is configured: every direct client counts as "direct"', () => {
    for (const setting of [undefined, '', '0', 'false']) {
      withTrustProxy(setting, () => {
        expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '10.0.0.2' }))).toBe('direct');
        expect(clientIp(new Headers())).toBe('direct');
        expect(clientIp(undefined)).toBe('direct');
      });
    }
  });

  it('takes the address the outermost trusted proxy appended: TRUST_PROXY=N is the Nth X-Forwarded-For entry from the right', () => {
    withTrustProxy('1', () => {
      // A client's own "X-Forwarded-For: spoofed" comes first; the proxy appends what it saw.
      expect(clientIp(new Headers({ 'x-forwarded-for': 'spoofed, 203.0.113.7' }))).toBe('203.0.113.7');
      expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.8' }))).toBe('203.0.113.8');
      expect(clientIp({ 'x-forwarded-for': ['203.0.113.9'] })).toBe('203.0.113.9');
      expect(clientIp(new Headers({ 'x-real-ip': '10.0.0.2' }))).toBe('unknown');
    });
    withTrustProxy('2', () => {
      expect(clientIp(new Headers({ 'x-forwarded-for': 'spoofed, 203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7');
    });
    withTrustProxy('yes', () => {
      expect(() => clientIp(new Headers())).toThrow(/TRUST_PROXY/);
    });
  });

  it('without a trusted proxy, failures from clients it cannot tell apart never lock out someone else; the per-e-mail limit holds whatever the headers say', async () => {
    delete process.env.TRUST_PROXY;
    try {
      await db.loginAttempt.deleteMany({});
      // Anyone could make these: a global count would let one stranger lock the whole desk out.
      await insertFailures(50, { email: '', ip: 'direct', minutesAgo: 1 });
      expect((await signIn('admin@example.com', TEST_PASSWORD, from('198.51.100.202'))).status).toBe(200);
      // Spoofed addresses do not get around the e-mail's own limit.
      for (let i = 0; i < 5; i++) expect((await signIn('editor2@example.com', WRONG, from(`198.51.100.${210 + i}`))).status).toBe(401);
      expect((await signIn('editor2@example.com', TEST_PASSWORD, from('198.51.100.220'))).status).toBe(429);
    } finally {
      process.env.TRUST_PROXY = '1';
      await db.loginAttempt.deleteMany({});
    }
  });
});
