import { htmlTitle, htmlToArticleText } from '@/lib/domain/articles/html-text';
import { withinMs } from './within-time';

// Speed bounds below are generous on purpose: each fixed case takes well under
// 100 ms, the broken code took 5 s to minutes (or crashed), so 2 s tells them apart
// on a loaded machine without flaking.
const fast = <T>(work: () => T): T => withinMs(2_000, work);

describe('htmlTitle', () => {
  it('takes the first <title>, entities decoded and blanks collapsed', () => {
    expect(htmlTitle('<html><head><TITLE lang="en">Raid &amp;\n  aftermath</TITLE></head>')).toBe('Raid & aftermath');
    expect(htmlTitle('<title>a</title><title>b</title>')).toBe('a');
    expect(htmlTitle('<title>  </title>')).toBeNull();
    expect(htmlTitle('<p>no title</p>')).toBeNull();
    expect(htmlTitle('<title>never closed')).toBeNull();
  });

  it('answers at once for 40,000 unclosed "<title" (the old regex took 10 s)', () => {
    expect(fast(() => htmlTitle('<title'.repeat(40_000)))).toBeNull();
    expect(fast(() => htmlTitle('<title>' + '<title'.repeat(40_000)))).toBeNull();
  });
});

describe('htmlToArticleText', () => {
  it('keeps the text of a table, a row per line, cells in order', () => {
    const html =
      '<p>Before.</p><table><thead><tr><th>Year</th><th>Troops</th></tr></thead>' +
      '<tbody><tr><td>2023</td><td>40,000</td></tr><tr><td colspan="2">Source: Pentagon</td></tr></tbody></table><p>After.</p>';
    const text = htmlToArticleText(html);
    expect(text).toMatch(/^Before\.\n\nYear\s+Troops\n2023\s+40,000\nSource: Pentagon\n\nAfter\.$/);
  });

  it('does not expand huge colspan/rowspan (995 bytes once took 98 s and 3.6 GB)', () => {
    const rows = '<tr><td colspan="3000" rowspan="3000">x</td></tr>'.repeat(20);
    const text = fast(() => htmlToArticleText(`<table>${rows}</table>`));
    expect(text.replace(/\s+/g, '')).toBe('x'.repeat(20));
    expect(text.length).toBeLessThan(1_000);
  });

  it('stays linear on a table of many rows and a wide row', () => {
    const tall = '<tr><td>a</td></tr>'.repeat(5_000);
    const wide = '<tr>' + '<td>b</td>'.repeat(5_000) + '</tr>';
    const text = fast(() => htmlToArticleText(`<table>${tall}${wide}</table>`));
    expect(text.split('\n').filter((line) => line === 'a')).toHaveLength(5_000);
    expect((text.match(/b/g) ?? []).length).toBe(5_000);
  });

  it('answers for 20,000 nested <div>s (a stack overflow before), text below the depth limit cut with an ellipsis', () => {
    const deep = '<div>'.repeat(20_000) + 'deep' + '</div>'.repeat(20_000);
    const text = fast(() => htmlToArticleText(`<p>Top words.</p>${deep}<p>Tail words.</p>`));
    expect(text).toContain('Top words.');
    expect(text).toContain('Tail words.');
    expect(text).toContain('...');
    expect(text).not.toContain('deep');
    expect(htmlToArticleText('<div>'.repeat(50) + 'shallow' + '</div>'.repeat(50))).toBe('shallow');
  });

  it('survives a deeply nested <title> too', () => {
    expect(fast(() => htmlTitle('<title>' + '<b>'.repeat(20_000) + 'T</title>'))).toEqual(expect.any(String));
  });
});
