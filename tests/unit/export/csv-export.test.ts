import { parse } from 'csv-parse/sync';
import { buildReportModel } from '@/lib/domain/export/report-model';
import { CSV_COLUMNS, neutralizeCsvCell, renderCsvExport, renderExcelCsvExport } from '@/lib/domain/export/csv-export';
import { NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput, type InputClaim } from './report-fixtures';

const render = (claims: InputClaim[], scope: 'published' | 'all' = 'published') => renderCsvExport(buildReportModel(reportInput(claims, { scope })));
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;

describe('neutralizeCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%p -> %p', (input, expected) => {
    expect(neutralizeCsvCell(input)).toBe(expected);
  });
});

describe('renderCsvExport', () => {
  it('writes a header and one row per claim in scope, CRLF-terminated, without a BOM', () => {
    const csv = render([claimOn(NINE_KILLED), claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' })]);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rowsOf(csv)).toHaveLength(1);
    expect(rowsOf(render([claimOn(NINE_KILLED), claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' })], 'all'))).toHaveLength(2);
  });

  it('fills every column from the claim', () => {
    const claim = claimOn(NINE_KILLED);
    const [row] = rowsOf(render([claim]));
    expect(row).toEqual({
      number: '1',
      claim_id: claim.id,
      status: 'APPROVED',
      approved: 'true',
      verdict: 'False',
      verdict_rating: '1',
      quote: NINE_KILLED,
      statement: claim.statement,
      claimant: '',
      claimant_type: '',
      rationale: claim.rationale,
      start: String(claim.selector.start),
      end: String(claim.selector.end),
      anchor_status: 'INTACT',
      author: 'Edna Editor',
      reviewer: 'Rita Reviewer',
      reviewed_at: '2024-10-31T10:00:00.000Z',
      sources: 'https://www.centcom.mil/MEDIA/PRESS-RELEASES/',
      revision: '2',
      article_url: 'https://edition.cnn.com/2024/10/30/politics/us-iraq-raid',
    });
  });

  it('names the claimant and whether a person or an organisation made the claim', () => {
    const claim = claimOn(NINE_KILLED, { claimant: { name: 'Iraqi Joint Operations Command', type: 'Organization', url: null } });
    expect(rowsOf(render([claim]))[0]).toMatchObject({ claimant: 'Iraqi Joint Operations Command', claimant_type: 'Organization' });
  });

  it('quotes commas, quotes and line breaks so they read back unchanged', () => {
    const rationale = 'One, "two"\nthree\r\nfour';
    const statement = 'He said, "no".';
    const csv = render([claimOn(NINE_KILLED, { rationale, statement })]);
    expect(csv).toContain('"One, ""two""\nthree\r\nfour"');
    const [row] = rowsOf(csv);
    expect(row.rationale).toBe(rationale);
    expect(row.statement).toBe(statement);
  });

  it('joins source URLs and neutralises formula cells', () => {
    const claim = claimOn(NINE_KILLED, {
      statement: '=HYPERLINK("http://evil","click")',
      rationale: '@cmd',
      sources: ['https://a.example/', 'https://b.example/'].map((url, i) => ({ id: `s${i}`, url, title: null, publisher: null, quote: null, accessedAt: null, archivedUrl: null })),
    });
    const [row] = rowsOf(render([claim]));
    expect(row.statement).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(row.rationale).toBe("'@cmd");
    expect(row.sources).toBe('https://a.example/ | https://b.example/');
  });
});

describe('renderExcelCsvExport', () => {
  // Excel opens a CSV without a byte-order mark in the system's legacy code page: "Zoë" became "ZoÃ«".
  it('is the same CSV after a UTF-8 byte-order mark, and parses to the same rows', () => {
    const model = buildReportModel(reportInput([claimOn(NINE_KILLED, { statement: 'Zoë Ólafsdóttir said مرحبا 🚀' })]));
    const excel = renderExcelCsvExport(model);
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(excel, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(excel.slice(1)).toBe(renderCsvExport(model));
    const rows = parse(excel, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows[0].statement).toBe('Zoë Ólafsdóttir said مرحبا 🚀');
    expect(Object.keys(rows[0])[0]).toBe('number');
  });
});
