// The article text in Markdown: each line a paragraph, each highlighted stretch
// in bold with footnote references [^N] after each claim's last words.
// Markdown has no highlight colour and bold cannot cross, so like the HTML
// report the text is cut into flat pieces; adjacent highlighted pieces share
// one bold run, and a claim ending inside a run gets its reference there.
import { escapeMarkdown } from './markdown-escape';
import { claimBounds, toPieces, type Piece } from './report-pieces';
import type { ReportModel } from './report-types';

const footnoteRefs = (numbers: number[]) => numbers.map((n) => `[^${n}]`).join('');

/** One bold run; blanks at its edges stay outside the ** so emphasis still opens and closes. */
function boldRun(parts: Array<{ text: string; refs: number[] }>): string {
  const leading = parts[0].text.match(/^\s*/)![0];
  const lastPart = parts[parts.length - 1];
  // trimEnd, not /\s*$/: that retries \s* from every position of a blank run before a word.
  const trailing = lastPart.text.slice(lastPart.text.trimEnd().length);
  const body = parts
    .map((part, index) => {
      let text = part.text;
      if (index === 0) text = text.slice(leading.length);
      if (index === parts.length - 1) text = text.slice(0, text.length - trailing.length);
      return index === parts.length - 1 ? escapeMarkdown(text) : escapeMarkdown(text) + footnoteRefs(part.refs);
    })
    .join('');
  return `${leading}**${body}**${footnoteRefs(lastPart.refs)}${trailing}`;
}

function renderLine(pieces: Array<{ piece: Piece; refs: number[] }>): string {
  let line = '';
  let run: Array<{ text: string; refs: number[] }> = [];
  const flush = () => {
    if (run.length) line += boldRun(run);
    run = [];
  };
  for (const { piece, refs } of pieces) {
    if (piece.claimNumbers.length === 0) {
      flush();
      line += escapeMarkdown(piece.text);
    } else {
      run.push({ text: piece.text, refs });
    }
  }
  flush();
  // Leading blanks would make an indented code block.
  return line.trim();
}

/** The article as Markdown paragraphs separated by blank lines. */
export function renderArticleMarkdown(model: ReportModel): string {
  const pieces = toPieces(model.segments);
  const { last } = claimBounds(pieces);
  const lines: Array<Array<{ piece: Piece; refs: number[] }>> = [];
  pieces.forEach((piece, index) => {
    if (piece.breakBefore || lines.length === 0) lines.push([]);
    lines[lines.length - 1].push({ piece, refs: piece.claimNumbers.filter((n) => last.get(n) === index) });
  });
  return lines.map(renderLine).filter(Boolean).join('\n\n');
}
