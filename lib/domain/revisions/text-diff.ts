// A readable diff between two revisions of an article: paragraphs first (fast
// on long texts), then words inside each changed paragraph, so a reader sees
// "Nine" -> "Fifteen" rather than two whole paragraphs swapped.
import { diffLines, diffWordsWithSpace } from 'diff';

export type DiffPart = { type: 'equal' | 'insert' | 'delete'; text: string };

export interface DiffSummary {
  parts: DiffPart[];
  inserted: number;
  deleted: number;
}

function push(parts: DiffPart[], part: DiffPart) {
  if (part.text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.type === part.type) last.text += part.text;
  else parts.push({ ...part });
}

export function diffTexts(before: string, after: string): DiffSummary {
  const parts: DiffPart[] = [];
  const lines = diffLines(before, after);
  for (let i = 0; i < lines.length; i += 1) {
    const change = lines[i];
    const next = lines[i + 1];
    if (change.removed && next?.added) {
      // A paragraph replaced by another: show what changed inside it.
      for (const word of diffWordsWithSpace(change.value, next.value)) {
        push(parts, { type: word.added ? 'insert' : word.removed ? 'delete' : 'equal', text: word.value });
      }
      i += 1;
    } else {
      push(parts, { type: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value });
    }
  }
  const count = (type: DiffPart['type']) => parts.filter((p) => p.type === type).reduce((n, p) => n + p.text.length, 0);
  return { parts, inserted: count('insert'), deleted: count('delete') };
}
