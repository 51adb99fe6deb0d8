// What an export is called and whether the browser shows it or saves it
// (lib/domain/export/export-file.ts).
import { exportDisposition, exportFileName } from '@/lib/domain/export/export-file';
import { EXPORT_FORMATS } from '@/lib/validation/export';

describe('exportFileName', () => {
  it.each([
    ['html', 'published', 'raid.published.html'],
    ['html', 'all', 'raid.draft.html'],
    ['csv-excel', 'published', 'raid.published.excel.csv'],
    ['csv-excel', 'all', 'raid.draft.excel.csv'],
    ['claimreview', 'all', 'raid.draft.claimreview.jsonld'],
    ['w3c', 'published', 'raid.published.jsonld'],
  ] as const)('%s, scope %s: %s', (format, scope, name) => {
    expect(exportFileName('raid', scope, format)).toBe(name);
  });

  it('never gives a published and a draft file, or two formats, one name', () => {
    const names = EXPORT_FORMATS.flatMap((format) => (['published', 'all'] as const).map((scope) => exportFileName('raid', scope, format)));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('exportDisposition', () => {
  it('shows the HTML report and saves every other format', () => {
    expect(EXPORT_FORMATS.filter((format) => exportDisposition(format) === 'inline')).toEqual(['html']);
  });

  it('gives what the caller asked for', () => {
    expect(exportDisposition('html', 'attachment')).toBe('attachment');
    expect(exportDisposition('pdf', 'inline')).toBe('inline');
  });
});
