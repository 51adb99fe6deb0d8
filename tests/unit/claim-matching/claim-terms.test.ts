import { canonicalWord, numberToken, readClaimTerms, searchTokens } from '@/lib/domain/claim-matching/claim-terms';

describe('readClaimTerms', () => {
  it('reduces two wordings of one claim to the same words and quantities', () => {
    const a = readClaimTerms('Nine ISIS members were killed in the attack');
    const b = readClaimTerms('9 Islamic State members died in the raid');
    expect(new Set(a.words)).toEqual(new Set(b.words));
    // Members, fighters, operatives and militants count the same people (lexicon.ts COUNTED_AS_ONE).
    expect(a.quantities).toEqual([{ value: 9, unit: 'fighter', approximate: false }]);
    expect(b.quantities).toEqual(a.quantities);
  });

  it('reads numbers written as words, digits with separators and hedges', () => {
    expect(readClaimTerms('roughly forty thousand American soldiers').quantities).toEqual([{ value: 40000, unit: 'troop', approximate: true }]);
    expect(readClaimTerms('about 40,000 US troops').quantities).toEqual([{ value: 40000, unit: 'troop', approximate: true }]);
    expect(readClaimTerms('between 10 and 15 soldiers were hurt').quantities).toEqual([{ value: 10, max: 15, unit: 'troop', approximate: true }]);
    expect(readClaimTerms('unemployment rose to 4.2% in March').quantities).toEqual([{ value: 4.2, unit: 'percent', approximate: false }]);
  });

  it('maps the spellings of one name to one entity', () => {
    for (const text of ['US troops', 'U.S. troops', 'American troops', 'troops of the United States']) {
      expect(readClaimTerms(text).entities).toEqual(['usa']);
    }
    expect(readClaimTerms('ISIL fighters').entities).toEqual(['isis']);
    expect(readClaimTerms('Daesh fighters').entities).toEqual(['isis']);
  });

  it('treats capitalised words as names except where they open a sentence', () => {
    const terms = readClaimTerms('Officials said the raid in Syria was led by Martin.');
    expect(terms.entities.sort()).toEqual(['martin', 'syria']);
    expect(terms.words).toContain('offici');
  });

  it('drops stop words, hedges and attribution verbs, and stems the rest', () => {
    const terms = readClaimTerms('According to officials, the militants reportedly attacked, he said');
    expect(terms.words).not.toEqual(expect.arrayContaining(['said']));
    expect(terms.words).toEqual(expect.arrayContaining(['fighter', 'attack', 'offici']));
    expect(terms.words).not.toContain('according');
    expect(terms.words).not.toContain('the');
  });

  it('keeps digits glued to letters as words, not quantities', () => {
    const terms = readClaimTerms('F-16 jets flew over');
    expect(terms.quantities).toEqual([]);
  });

  it('handles empty text', () => {
    expect(readClaimTerms('')).toEqual({ words: [], entities: [], quantities: [] });
  });
});

describe('canonicalWord', () => {
  it.each([
    ['died', 'kill'],
    ['deaths', 'kill'],
    ['killed', 'kill'],
    ['soldiers', 'troop'],
    ['raided', 'attack'],
    ['climbed', 'increas'],
    ['fell', 'decreas'],
    ["Iraq's", 'iraq'],
  ])('%s -> %s', (word, canonical) => {
    expect(canonicalWord(word)).toBe(canonical);
  });
});

describe('search tokens', () => {
  it('encodes numbers as single alphanumeric tokens', () => {
    expect(numberToken(40000)).toBe('n40000');
    expect(numberToken(4.2)).toBe('n4d2');
    expect(numberToken(-3)).toBe('nm3');
    expect(numberToken(2e21)).toMatch(/^n[0-9a-z]+$/);
  });

  it('lists words and every bound of every quantity once', () => {
    expect(searchTokens(readClaimTerms('between 10 and 15 soldiers, 10 soldiers'))).toEqual(['troop', 'n10', 'n15']);
  });
});
