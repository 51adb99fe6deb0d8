// A tiny tag scanner for asserting on the report's markup without a DOM. It is
// reliable here only because the report escapes every '<' in content, so each
// '<' starts a real tag (which is itself what the XSS tests check).
export interface Tag {
  name: string;
  closing: boolean;
  attrs: Record<string, string>;
}

const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input']);

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const attr of match[3].matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) attrs[attr[1].toLowerCase()] = attr[2] ?? '';
    tags.push({ name: match[2].toLowerCase(), closing: match[1] === '/', attrs });
  }
  return tags;
}

/** Throws unless every element is closed in the right order (no crossed tags). */
export function assertWellNested(html: string): void {
  const stack: string[] = [];
  for (const tag of scanTags(html.replace(/<!DOCTYPE html>/i, ''))) {
    if (VOID.has(tag.name)) continue;
    if (!tag.closing) stack.push(tag.name);
    else if (stack.pop() !== tag.name) throw new Error(`</${tag.name}> closes the wrong element`);
  }
  if (stack.length) throw new Error(`unclosed: ${stack.join(', ')}`);
}

/** The markup between <section class="article"> and its </section>. */
export function articleSection(html: string): string {
  const start = html.indexOf('<section class="article">');
  return html.slice(start, html.indexOf('</section>', start));
}
