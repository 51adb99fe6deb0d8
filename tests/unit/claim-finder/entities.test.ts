// The names a suggestion's chips label (issue 16): only organisations, people
// and places whose kind is certain; anything else capitalised gets no chip.
import { namedEntities } from '@/lib/domain/claim-finder/entities';
import { splitSentences } from '@/lib/domain/claim-finder/sentences';
import { ARTICLE_TEXT } from '../fixture-article';
import { withinMs } from '../within-time';

const labels = (sentence: string) => namedEntities(sentence).map(({ kind, name }) => `${kind}: ${name}`);

describe('namedEntities', () => {
  it('labels known organisations and places, and compounds part by part', () => {
    expect(labels('A joint U.S.-Iraq raid killed “multiple ISIS operatives”, a Pentagon spokesman said.')).toEqual(['place: U.S.', 'place: Iraq', 'organisation: ISIS', 'organisation: Pentagon']);
    expect(labels('The United States of America and the European Union agreed.')).toEqual(['place: United States of America', 'organisation: European Union']);
  });

  it('labels a name by the word it ends in', () => {
    expect(labels('according to a statement from the Iraqi Joint Operations Command.')).toEqual(['organisation: Iraqi Joint Operations Command']);
    expect(labels('Iraq’s Foreign Ministry said so.')).toEqual(['organisation: Iraq’s Foreign Ministry']);
    expect(labels('The attack took place in the Hamrin Mountains in northern Iraq.')).toEqual(['place: Hamrin Mountains', 'place: Iraq']);
    expect(labels('The Department of Defense confirmed it.')).toEqual(['organisation: Department of Defense']);
  });

  it('takes a person from a title or a role before a full name', () => {
    expect(labels('Pentagon spokesman Maj. Gen. Patrick Ryder said at a briefing.')).toEqual(['organisation: Pentagon', 'person: Patrick Ryder']);
    expect(labels('CENTCOM commander Gen. Eric Kurilla said in April.')).toEqual(['organisation: CENTCOM', 'person: Eric Kurilla']);
    expect(labels('MI5 director general Ken McCallum said in a speech in London.')).toEqual(['organisation: MI5', 'person: Ken McCallum']);
    expect(labels('President Joe Biden said so.')).toEqual(['person: Joe Biden']);
  });

  it.each([
    ['an acronym it does not know', 'The statement said DNA tests are still being conducted.'],
    ['a month, also before the full stop', 'About 40,000 troops were stationed there as of August.'],
    ['a month at the start of a sentence', 'August was the hottest month.'],
    ['an adjective of nationality', 'Iraqi security forces conducted the raid.'],
    ['a surname on its own', 'Ryder also said the department is still conducting an analysis.'],
    ['a city it does not know', 'He said it in a speech in London.'],
    ['a name with no title before it', 'a so-called criminal named Jassim al-Mazrouei Abu Abdul Qader, governor of a province'],
    ['a one-word name after a full-word title', 'General Motors said sales fell.'],
    ['words that only start a sentence', 'Nine were killed. Several were wounded. Both are stable.'],
  ])('labels nothing for %s', (_, sentence) => {
    expect(labels(sentence).filter((label) => !/: (?:ISIS|Iraq)$/.test(label))).toEqual([]);
  });

  it('reads al-Qaeda whole', () => {
    expect(labels('MI5 said ISIS, along with al-Qaeda, represented a threat.')).toEqual(['organisation: MI5', 'organisation: ISIS', 'organisation: al-Qaeda']);
    expect(labels('A group that split from al-Qaeda in 2014.')).toEqual(['organisation: al-Qaeda']);
  });

  it('labels each name once', () => {
    expect(labels('U.S. troops and U.S. officials in Iraq and Iraq’s capital')).toEqual(['place: U.S.', 'place: Iraq']);
  });

  // Read by hand: every label on the sample article is right.
  it('labels the sample article as a reader would', () => {
    const bySentence = Object.fromEntries(
      splitSentences(ARTICLE_TEXT)
        .map((s) => [s.text.slice(0, 30), labels(s.text)] as const)
        .filter(([, found]) => found.length > 0),
    );
    expect(bySentence).toEqual({
      CNN: ['organisation: CNN'],
      'A joint U.S.-Iraq raid overnig': ['place: U.S.', 'place: Iraq', 'organisation: ISIS', 'organisation: Pentagon'],
      '“Both individuals are being tr': ['organisation: Pentagon', 'person: Patrick Ryder'],
      '“Overnight, CENTCOM and Iraqi ': ['organisation: CENTCOM', 'place: Iraq', 'organisation: ISIS'],
      '“Several ISIS operatives were ': ['organisation: ISIS'],
      'Nine ISIS members were killed ': ['organisation: ISIS', 'place: Iraq', 'organisation: Iraqi Joint Operations Command'],
      'The statement said DNA tests a': ['organisation: ISIS', 'place: Hamrin Mountains', 'place: Iraq'],
      'The raid is the latest U.S. op': ['place: U.S.', 'organisation: ISIS', 'organisation: CENTCOM', 'place: Syria'],
      'The raid is also the latest “p': ['place: U.S.', 'place: Iraq', 'place: Middle East'],
      'Iraq’s senior military committ': ['place: Iraq', 'place: US', 'organisation: ISIS'],
      'Iraq’s Foreign Ministry said i': ['organisation: Iraq’s Foreign Ministry', 'organisation: United Nations', 'place: Iraq'],
      'Israel has escalated its war w': ['place: Israel', 'organisation: Hezbollah', 'place: Lebanon', 'organisation: Hamas', 'place: Gaza', 'place: Iran'],
      'And the Pentagon has been incr': ['organisation: Pentagon', 'place: US', 'place: Middle East'],
      'The United States also continu': ['place: United States', 'organisation: ISIS', 'place: Middle East', 'place: Africa'],
      '“We are committed to the lasti': ['organisation: ISIS', 'organisation: CENTCOM', 'person: Eric Kurilla'],
      '“We remain focused on specific': ['organisation: ISIS', 'place: Iraq', 'place: Syria'],
      'Earlier this month, the head o': ['place: Britain', 'organisation: MI5', 'organisation: ISIS', 'organisation: al-Qaeda'],
      'MI5 director general Ken McCal': ['organisation: MI5', 'person: Ken McCallum'],
      'CNN’s Mohammed Tawfeeq contrib': ['organisation: CNN'],
    });
  });

  it('stays linear on a hostile sentence', () => {
    expect(withinMs(2_000, () => namedEntities('Aa '.repeat(60_000)))).toEqual([]);
    expect(withinMs(2_000, () => namedEntities('Gen. '.repeat(60_000) + 'Ryder'))).toEqual([]);
    expect(withinMs(2_000, () => namedEntities('of Aa '.repeat(60_000)))).toEqual([]);
  });
});
