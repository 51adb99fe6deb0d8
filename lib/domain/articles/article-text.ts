// Article text is normalised once, on the way in, so offsets stay stable: one
// kind of line ending, Unicode NFC, no trailing white space. Every step is one
// pass over the text: the regex /\s+$/ this replaces retried its \s+ from every
// position of a blank run and took 39 s on 150,000 spaces followed by "x".
export function normalizeArticleText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // Each match starts at a \r and looks one character further: linear.
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC').trimEnd();
}
