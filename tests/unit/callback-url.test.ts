// Where the sign-in page sends a user afterwards (lib/domain/callback-url.ts):
// same-origin paths only, checked the way a browser reads a URL.
import { safeCallbackPath, safeRedirect } from '@/lib/domain/callback-url';

describe('safeCallbackPath', () => {
  it.each([
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '//evil.example',
    '///evil.example',
    'https://evil.example',
    'evil.example',
    '/\\t/evil',
    '\\/evil.example',
    ' /articles',
    'javascript:alert(1)',
    '',
    `/${'a'.repeat(2001)}`,
  ])('refuses %j', (value) => {
    expect(safeCallbackPath(value)).toBe('/desk');
  });

  it.each(['/articles', '/articles/abc?claim=x#c', '/review?minAgeHours=2', '/a/..//b'])('keeps %j', (value) => {
    expect(safeCallbackPath(value)).toBe(value);
  });

  it('refuses what is not a string', () => {
    expect(safeCallbackPath(undefined)).toBe('/desk');
    expect(safeCallbackPath(['/articles'])).toBe('/desk');
  });
});

describe('safeRedirect (next-auth redirect callback)', () => {
  const base = 'http://localhost:3000';
  it('keeps paths and absolute URLs of this origin, sends everything else to the desk', () => {
    expect(safeRedirect('/review', base)).toBe(`${base}/review`);
    expect(safeRedirect(`${base}/articles/x?y=1`, base)).toBe(`${base}/articles/x?y=1`);
    expect(safeRedirect('https://evil.example/', base)).toBe(`${base}/desk`);
    expect(safeRedirect(`${base}//evil.example`, base)).toBe(`${base}/desk`);
    expect(safeRedirect('/\\evil.example', base)).toBe(`${base}/desk`);
    expect(safeRedirect('not a url', base)).toBe(`${base}/desk`);
  });
});
