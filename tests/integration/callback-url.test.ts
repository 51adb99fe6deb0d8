// After signing in, next-auth answers where to go (`url`, from the callbackUrl
// the sign-in carried): a path of this site, never another origin, however the
// link spells it (issue 11: "/\evil.example" and "/%09/evil.example" went out).
import { authOptions } from '@/lib/server/auth/auth-options';
import { signIn } from './helpers/next-auth';
import { seedWorld, TEST_PASSWORD } from './helpers/world';

beforeAll(async () => {
  await seedWorld();
});

const BASE = 'http://localhost:3000';
const HOSTILE = [
  '/\\evil.example',
  '/\t/evil.example',
  '/\r\n/evil.example',
  '//evil.example',
  'https://evil.example',
  '/\\t/evil',
  'http://localhost:3000.evil.example/x',
  'javascript:alert(1)',
  '\\\\evil.example',
];

describe('where next-auth sends a user after sign-in', () => {
  it.each(HOSTILE)('callbackUrl %j -> /desk', async (callbackUrl) => {
    const res = await signIn('editor@example.com', TEST_PASSWORD, { fields: { callbackUrl } });
    expect(res.status).toBe(200);
    expect((await res.json()).url).toBe(`${BASE}/desk`);
  });

  it.each(['/articles/abc?claim=x#c', `${BASE}/review`])('keeps a same-origin callbackUrl %j', async (callbackUrl) => {
    const res = await signIn('editor@example.com', TEST_PASSWORD, { fields: { callbackUrl } });
    expect((await res.json()).url).toBe(callbackUrl.startsWith('/') ? `${BASE}${callbackUrl}` : callbackUrl);
  });

  it('decides in the redirect callback itself, for every way next-auth calls it', async () => {
    const redirect = authOptions().callbacks!.redirect!;
    expect(await redirect({ url: '/\\evil.example', baseUrl: BASE })).toBe(`${BASE}/desk`);
    expect(await redirect({ url: `${BASE}//evil.example`, baseUrl: BASE })).toBe(`${BASE}/desk`);
    expect(await redirect({ url: '/review', baseUrl: BASE })).toBe(`${BASE}/review`);
  });
});
