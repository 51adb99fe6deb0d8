import { escapeHtml, escapeMultiline, formatDate, formatDateTime, safeColor, safeHref } from '@/lib/domain/export/html-escape';
import { UNRATED_COLOR } from '@/lib/domain/verdicts';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['Tom & Jerry &amp;', 'Tom &amp; Jerry &amp;amp;'],
    ['plain “curly” text — ok', 'plain “curly” text — ok'],
    ['', ''],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('renders null and undefined as nothing and numbers as text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });

  it('keeps line breaks as <br> in multi-line text, after escaping', () => {
    expect(escapeMultiline('a<b\nc\r\nd')).toBe('a&lt;b<br>c<br>d');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1&c=2', 'https://example.org/a?b=1&c=2'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['HTTPS://EXAMPLE.ORG/', 'https://example.org/'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['/relative/path', null],
    ['//evil.example', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%p -> %p', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('safeColor', () => {
  it.each([
    ['#cf222e', '#cf222e'],
    ['#FFF', '#FFF'],
    ['#11223344', '#11223344'],
    ['rebeccapurple', 'rebeccapurple'],
    ['red; position: fixed', UNRATED_COLOR],
    ['url(https://evil.example/x.png)', UNRATED_COLOR],
    ['"><script>', UNRATED_COLOR],
    ['#12', UNRATED_COLOR],
    ['', UNRATED_COLOR],
    [null, UNRATED_COLOR],
  ])('%p -> %p', (input, expected) => {
    expect(safeColor(input)).toBe(expected);
  });
});

describe('dates', () => {
  it('formats ISO times as UTC dates, leaving unparseable text as it was', () => {
    expect(formatDate('2024-10-30T23:30:00.000-02:00')).toBe('2024-10-31');
    expect(formatDateTime('2024-11-01T12:34:56.000Z')).toBe('2024-11-01 12:34 UTC');
    expect(formatDate('yesterday')).toBe('yesterday');
    expect(formatDate(null)).toBe('');
  });
});
