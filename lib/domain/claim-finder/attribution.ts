// Who a sentence says made its claim, read from its attribution ("..., Ryder
// said", "according to a statement from the Iraqi Joint Operations Command",
// "said Maj. Gen. Pat Ryder, a Pentagon spokesman"): a suggestion the claim card
// offers and the editor confirms, never a value stored on its own. Pure and
// linear: the sentence is cut into words once, each verb of saying looks at a
// bounded number of words beside it, and no regex runs over more than one word,
// so a hostile 100 KB "sentence" costs what reading it costs.
import { CLAIMANT_NAME_MAX_LENGTH, type ClaimantType, type TextRange } from '../types';
import { splitSentences } from './sentences';

export interface SuggestedClaimant {
  name: string;
  type: ClaimantType;
}

/** More capitalised words in a row than this are a headline or a list, not a name. */
const MAX_NAME_WORDS = 8;

/** Verbs whose subject is the speaker; `told` is not read forward ("told Ryder": Ryder listened). */
const SAYS = new Set(['said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds']);
const READ_FORWARD = new Set(['said', 'says', 'stated', 'added']);
/** "Ryder also said", "the Pentagon has said". */
const BETWEEN = new Set(['also', 'later', 'earlier', 'previously', 'again', 'then', 'has', 'have', 'had', 'further']);
/** "a Pentagon spokesman said", "a statement from the ...": the speaker is the organisation named before (or after) them. */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'statement', 'representative', 'commander', 'source', 'sources']);
const ARTICLES = new Set(['a', 'an', 'the']);
const LINKS = new Set(['from', 'for', 'of', 'by', 'at']);
// Capitalised only because they start a sentence, or words that name no one.
const NOT_NAMES = new Set(
  'The A An And But Or So Then He She It They We I You This That These Those There Here His Her Its Their Our Which Who Officials Sources Earlier Later Since After Before While When If In On At As'.split(
    ' ',
  ),
);
const WHEN = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/;
// Titles and offices before a person's name: what follows the last of them is the name.
const TITLES = new Set(
  'Maj Gen Lt Col Sgt Capt Cmdr Adm Brig Dr Mr Mrs Ms Sen Rep Gov Prof Rev Pres Sec President Secretary Minister Director Chairman Chairwoman Chair Commander Spokesman Spokeswoman Spokesperson Governor Senator Representative Ambassador Chief General Colonel Sergeant Captain Admiral Lieutenant Major Professor Doctor Judge Justice Mayor King Queen Prince Pope'.split(
    ' ',
  ),
);
const ORGANISATION_WORDS =
  /^(?:Ministry|Command|Department|Agency|Council|Forces|Pentagon|Committee|Army|Navy|Police|Government|Nations|Party|Office|Service|Services|Administration|Bureau|Commission|Authority|Court|Corps|Guard|Military|Embassy|Union|Institute|University|Company|Corporation|Inc|Ltd|Group|Organization|Organisation|Coalition|Parliament|Congress|Senate|Cabinet|Kremlin|Presidency|Centre|Center|Foundation|Association|Network|News|Times|Post)$/;

// One word each (so none of these can backtrack across the sentence).
/** A word of a name: capitalised, letters, digits and the marks names hold ("Iraq’s", "al-Maliki", "U.S.", "Gen."). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}\p{N}’'.-]*$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const ACRONYM = /^[\p{Lu}\p{N}&]+$/u;
const OPENING = /^[“"‘(\[]+/u;
const CLOSING = new Set('.,;:!?”"’)]');

/** The word without the punctuation after it. A loop, not /[...]+$/, which retries from every dot of a long run of them. */
function withoutClosing(word: string): string {
  let end = word.length;
  while (end > 0 && CLOSING.has(word[end - 1])) end -= 1;
  return word.slice(0, end);
}

/** The word as a dictionary knows it: no punctuation around it, lower case. */
const bare = (word: string) => withoutClosing(word.replace(OPENING, '')).toLowerCase();
/** A full stop ends a sentence unless it ends a title or initials ("Gen.", "U.S."). */
const isNameWord = (word: string) => NAME_WORD.test(word) && (!word.endsWith('.') || TITLES.has(word.slice(0, -1)) || INITIALS.test(word));
/** The claimant a run of name words stands for, or null when it names no one. */
function nameOf(run: string[], speaksFor: boolean): SuggestedClaimant | null {
  let words = run;
  let from = 0;
  while (from < words.length && NOT_NAMES.has(words[from])) from += 1;
  words = words.slice(from);
  let titled = false;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (TITLES.has(words[i].replace(/\.$/, ''))) {
      words = words.slice(i + 1);
      titled = true;
      break;
    }
  }
  if (words.length === 0 || words.some((word) => NOT_NAMES.has(word) || WHEN.test(word))) return null;
  // "Iraq’s" alone describes what follows it; it is not who spoke.
  if (/[’']s$/.test(words[words.length - 1])) return null;
  const name = words.join(' ');
  if (name.length > CLAIMANT_NAME_MAX_LENGTH) return null;
  const organisation = !titled && (speaksFor || words.some((word) => ORGANISATION_WORDS.test(word)) || (words.length === 1 && ACRONYM.test(name) && name.length > 1));
  return { name, type: organisation ? 'Organization' : 'Person' };
}

/** Name words ending just before `end` (exclusive), read backwards; null when there are too many to be a name. */
function runBefore(words: string[], end: number): string[] | null {
  let start = end;
  while (start > 0 && isNameWord(words[start - 1])) {
    start -= 1;
    if (end - start > MAX_NAME_WORDS) return null;
  }
  return words.slice(start, end);
}

/** Name words from `start` on; one with punctuation after it ("Ryder," "Command.") is the last. */
function runFrom(words: string[], start: number): string[] | null {
  const run: string[] = [];
  for (let i = start; i < words.length && run.length <= MAX_NAME_WORDS; i += 1) {
    if (isNameWord(words[i])) {
      run.push(words[i]);
      continue;
    }
    const last = withoutClosing(words[i]);
    if (last !== words[i] && isNameWord(last)) run.push(last);
    return run;
  }
  return run.length > MAX_NAME_WORDS ? null : run;
}

/** "Ryder said", "a Pentagon spokesman said", "Ryder also said". */
function speakerBefore(words: string[], verb: number): SuggestedClaimant | null {
  let end = verb;
  if (end > 0 && BETWEEN.has(bare(words[end - 1])) && words[end - 1] === bare(words[end - 1])) end -= 1;
  const speaksFor = end > 0 && words[end - 1] === bare(words[end - 1]) && SPEAKS_FOR.has(words[end - 1]);
  if (speaksFor) end -= 1;
  const run = runBefore(words, end);
  return run && run.length > 0 ? nameOf(run, speaksFor) : null;
}

/** '..., said Ryder', '“...,” said the Pentagon'. Only after a comma or a quote: "said" mid-clause is followed by what was said. */
function speakerAfter(words: string[], verb: number): SuggestedClaimant | null {
  if (verb > 0 && !/[,”"’:]$/u.test(words[verb - 1])) return null;
  let start = verb + 1;
  if (start < words.length && words[start] === 'the') start += 1;
  const run = runFrom(words, start);
  return run && run.length > 0 ? nameOf(run, false) : null;
}

/** "according to Ryder", "according to a statement from the Iraqi Joint Operations Command". */
function speakerAccordingTo(words: string[], to: number): SuggestedClaimant | null {
  let start = to + 1;
  let speaksFor = false;
  if (start < words.length && ARTICLES.has(words[start])) start += 1;
  if (start < words.length && SPEAKS_FOR.has(words[start])) {
    speaksFor = true;
    start += 1;
    if (start < words.length && LINKS.has(words[start])) start += 1;
    if (start < words.length && ARTICLES.has(words[start])) start += 1;
  }
  const run = runFrom(words, start);
  return run && run.length > 0 ? nameOf(run, speaksFor) : null;
}

/** Who the sentence says made its claim: the first attribution that names someone, or null. */
export function suggestClaimant(sentence: string): SuggestedClaimant | null {
  const words = sentence.match(/\S+/g) ?? [];
  for (let i = 0; i < words.length; i += 1) {
    const word = bare(words[i]);
    let found: SuggestedClaimant | null = null;
    if (SAYS.has(word)) found = speakerBefore(words, i) ?? (READ_FORWARD.has(word) ? speakerAfter(words, i) : null);
    else if (word === 'according' && i + 1 < words.length && words[i + 1] === 'to') found = speakerAccordingTo(words, i + 1);
    if (found) return found;
  }
  return null;
}

/** How far either side of a claim's words its sentence is looked for (a line may be a whole article). */
const AROUND = 1_000;

/**
 * The claimant suggested for the words at `range` of `text`: read from the
 * sentences those words are in. Only a bounded stretch around them is split
 * into sentences, so a card on a long one-line article costs little.
 */
export function claimantAround(text: string, range: TextRange): SuggestedClaimant | null {
  const { start, end } = range;
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  const isBreak = (char: string) => char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
  let from = start;
  while (from > 0 && start - from < AROUND && !isBreak(text[from - 1])) from -= 1;
  let to = end;
  while (to < text.length && to - end < AROUND && !isBreak(text[to])) to += 1;
  const sentences = splitSentences(text.slice(from, to)).filter((s) => s.start < end - from && s.end > start - from);
  if (sentences.length === 0) return null;
  return suggestClaimant(text.slice(from + sentences[0].start, from + sentences[sentences.length - 1].end));
}
