// The organisations, people and places one sentence names, for the reasons
// shown beside a suggestion. Only what can be told without guessing: a name it
// knows (entity-names.ts), a name ending in a word that says what it is
// ("Iraqi Joint Operations Command", "Hamrin Mountains"), or a person's name
// after a title or a role ("Maj. Gen. Patrick Ryder", "director general Ken
// McCallum"). Anything else capitalised (a month, "DNA", "Iraqi", a surname on
// its own) gets no label: a missing chip costs less than a wrong one. Pure and
// linear: the sentence is cut into words once and each run of capitalised words
// is looked at once.
import { ABBREVIATED_TITLES, KNOWN_NAMES, NOT_NAME_WORDS, ORGANISATION_HEADS, PLACE_HEADS, ROLES, TITLES, type EntityKind } from './entity-names';

export type { EntityKind } from './entity-names';

export interface NamedEntity {
  name: string;
  kind: EntityKind;
}

interface Word {
  /** the word without the punctuation around it and without a possessive ’s */
  text: string;
  /** the possessive as written ("’s"), '' if none */
  possessive: string;
  /** punctuation before it (an opening quote): a name starts here at the earliest */
  opens: boolean;
  /** punctuation after it (a comma, a closing quote, a sentence's full stop): a name ends here at the latest */
  closes: boolean;
}

/** More capitalised words in a row than this are a headline or a list, not one name. */
const MAX_NAME_WORDS = 8;
/** A person's name after a title: "Patrick Ryder", "Jassim al-Mazrouei Abu Abdul Qader". */
const MAX_PERSON_WORDS = 5;

const OPENING = new Set('“"‘([{');
const CLOSING = new Set('.,;:!?”"’)]}');
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const POSSESSIVE = /[’']s$/u;
/** A capitalised word, or a name with an Arabic article or patronymic ("al-Qaeda", "bin-Laden"). */
const NAME_WORD = /^(?:\p{Lu}|(?:al|el|ad|ar|as|ash|bin|ibn)-\p{Lu})[\p{L}\p{M}\p{N}.’'&-]*$/u;
const ACRONYM = /^[\p{Lu}\p{N}.&]{2,}$/u;

function readWord(raw: string): Word {
  let from = 0;
  while (from < raw.length && OPENING.has(raw[from])) from += 1;
  let to = raw.length;
  while (to > from && CLOSING.has(raw[to - 1])) to -= 1;
  let text = raw.slice(from, to);
  let closes = to < raw.length;
  // The full stop of "U.S." or "Gen." belongs to the word: it ends no name.
  if (raw.slice(to) === '.' && (INITIALS.test(text) || ABBREVIATED_TITLES.has(text))) {
    text += '.';
    closes = false;
  }
  const possessive = POSSESSIVE.exec(text)?.[0] ?? '';
  if (possessive) text = text.slice(0, -possessive.length);
  return { text, possessive, opens: from > 0, closes };
}

const isTitle = (word: Word) => TITLES.has(word.text) || (word.text.endsWith('.') && ABBREVIATED_TITLES.has(word.text.slice(0, -1)));
/** A compound ("U.S.-Iraq", "U.S.-led", "so-called"): its parts are read on their own, never as part of a longer name. */
const isCompound = (word: Word) => word.text.includes('-') && !/^(?:al|el|ad|ar|as|ash|bin|ibn)-/u.test(word.text);
const isNameWord = (word: Word) => NAME_WORD.test(word.text) && !NOT_NAME_WORDS.has(word.text) && !isCompound(word);
const isKnownOrHead = (text: string) => KNOWN_NAMES.has(text) || ORGANISATION_HEADS.has(text) || PLACE_HEADS.has(text);

/** The run's words as written, a possessive kept except on the last word. */
const spell = (run: Word[]) => run.map((w, i) => (i < run.length - 1 ? w.text + w.possessive : w.text)).join(' ');
const hasInnerPossessive = (run: Word[]) => run.slice(0, -1).some((w) => w.possessive);

/** A person's name: capitalised words that are no known name, no acronym, no title, with no possessive inside. */
function personName(words: Word[], least: number): string | null {
  if (words.length < least || words.length > MAX_PERSON_WORDS || hasInnerPossessive(words)) return null;
  if (words.some((w) => w.text === 'of' || isTitle(w) || ACRONYM.test(w.text) || isKnownOrHead(w.text))) return null;
  const name = spell(words);
  return KNOWN_NAMES.has(name) ? null : name;
}

/** What a run of capitalised words names, when that is certain; `before` is the word just before the run. */
function classifyRun(run: Word[], before: Word | undefined, out: NamedEntity[]): void {
  if (run.length === 0 || run.length > MAX_NAME_WORDS) return;
  // "Maj. Gen. Patrick Ryder", "President Joe Biden": the words after the titles are a person.
  let lastTitle = run.length - 1;
  while (lastTitle >= 0 && !isTitle(run[lastTitle])) lastTitle -= 1;
  if (lastTitle !== -1) {
    let firstTitle = lastTitle;
    while (firstTitle > 0 && isTitle(run[firstTitle - 1])) firstTitle -= 1;
    const abbreviated = run[lastTitle].text.endsWith('.');
    const person = personName(run.slice(lastTitle + 1), abbreviated ? 1 : 2);
    if (person) out.push({ name: person, kind: 'person' });
    classifyRun(run.slice(0, firstTitle), before, out);
    return;
  }
  // The word that says what the name is: the last, or the one before "of" ("Department of Defense").
  const of = run.findIndex((w) => w.text === 'of');
  const head = run[of === -1 ? run.length - 1 : of - 1].text;
  const whole = spell(run);
  const known = hasInnerPossessive(run) ? undefined : KNOWN_NAMES.get(whole);
  const kind = known ?? (run.length >= 2 && ORGANISATION_HEADS.has(head) ? 'organisation' : run.length >= 2 && PLACE_HEADS.has(head) ? 'place' : undefined);
  if (kind) {
    out.push({ name: whole, kind });
    return;
  }
  // "director general Ken McCallum": a role in lower case, then a full name.
  const person = before && ROLES.has(before.text) && !before.closes ? personName(run, 2) : null;
  if (person) {
    out.push({ name: person, kind: 'person' });
    return;
  }
  // "Iraq’s Wali": each owner and what it owns, on its own.
  if (run.some((w) => w.possessive) && run.length > 1) {
    let from = 0;
    for (let i = 0; i < run.length; i += 1) {
      if (!run[i].possessive && i < run.length - 1) continue;
      const piece = run.slice(from, i + 1);
      const kind = KNOWN_NAMES.get(spell(piece));
      if (kind) out.push({ name: spell(piece), kind });
      from = i + 1;
    }
  }
}

/** The named entities of `sentence` whose kind is certain, each once, in reading order. */
export function namedEntities(sentence: string): NamedEntity[] {
  const words = (sentence.match(/\S+/g) ?? []).map(readWord);
  const found: NamedEntity[] = [];
  let run: Word[] = [];
  let before: Word | undefined;
  const flush = () => {
    classifyRun(run, before, found);
    run = [];
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word.opens) flush();
    if (isCompound(word)) {
      flush();
      for (const part of word.text.split('-')) {
        const kind = KNOWN_NAMES.get(part);
        if (kind) found.push({ name: part, kind });
      }
    } else if (isNameWord(word)) {
      if (run.length === 0) before = words[i - 1];
      run.push(word);
    } else if (word.text === 'of' && !word.closes && run.length > 0 && !run[run.length - 1].possessive && words[i + 1] && isNameWord(words[i + 1]) && !words[i + 1].opens) {
      // "Department of Defense", "United States of America".
      run.push(word);
      continue;
    } else {
      flush();
    }
    if (word.closes) flush();
  }
  flush();
  const seen = new Set<string>();
  return found.filter(({ name }) => !seen.has(name) && seen.add(name));
}
