// JSON-LD is pasted into <script type="application/ld+json"> blocks, where the
// HTML parser, not JSON, decides where the block ends: the shared serializer
// must keep every string unable to close it, and still parse back unchanged.
import { serializeJsonLd } from '@/lib/domain/export/json-ld';
import { buildReportModel } from '@/lib/domain/export/report-model';
import { RENDERERS } from '@/lib/server/export/renderers';
import { NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput } from './report-fixtures';

const HOSTILE = ['</script><script>alert(1)</script>', '<!-- <script>', ']]>&amp;&lt;', 'line\u2028separator\u2029paragraph', 'back\\slash \\u003c "quote"', '\\</script>'];

describe('serializeJsonLd', () => {
  it.each(HOSTILE)('%j parses back unchanged, with no < > & or line separators in the text', (hostile) => {
    const value = { '@context': 'https://schema.org', name: hostile, list: [hostile, { [hostile]: hostile }] };
    for (const space of [undefined, 2]) {
      const json = serializeJsonLd(value, space);
      expect(JSON.parse(json)).toEqual(value);
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    }
  });

  it('writes the escapes as \\u003c-style sequences and indents like JSON.stringify', () => {
    expect(serializeJsonLd({ a: '</script>&' })).toBe('{"a":"\\u003c/script\\u003e\\u0026"}');
    expect(serializeJsonLd({ a: 1 }, 2)).toBe(JSON.stringify({ a: 1 }, null, 2));
  });
});

describe('the JSON-LD exports', () => {
  const context = { organization: { name: 'Desk <b>&</b>', url: null }, appUrl: 'https://workbench.example' };
  const claim = claimOn(NINE_KILLED, { statement: 'He said </script><script>alert(1)</script>', rationale: 'a < b && c > d' });
  const model = buildReportModel(reportInput([claim], { scope: 'all' }));

  it.each(['claimreview', 'w3c'] as const)('%s: no statement can close a script block', async (format) => {
    const body = String(await RENDERERS[format].render(model, context));
    expect(body).not.toMatch(/[<>&]/);
    expect(JSON.stringify(JSON.parse(body))).toContain('He said </script><script>alert(1)</script>');
  });
});
