import { readQuantities } from '@/lib/domain/claim-finder/quantities';

const one = (sentence: string) => {
  const qs = readQuantities(sentence);
  expect(qs).toHaveLength(1);
  expect(sentence.slice(qs[0].start, qs[0].end)).toBe(qs[0].text);
  return qs[0];
};

describe('readQuantities', () => {
  it('reads digits with thousands separators and a hedge', () => {
    expect(one('with about 40,000 US troops stationed in the region')).toMatchObject({ value: 40000, unit: 'troops', approximate: true, text: '40,000' });
  });

  it('reads number words and skips proper nouns before the head noun', () => {
    expect(one('Nine ISIS members were killed')).toMatchObject({ value: 9, unit: 'members', approximate: false });
    expect(one('wounded two U.S. service members in Iraq')).toMatchObject({ value: 2, unit: 'members' });
    expect(one('forty-two senior officials resigned')).toMatchObject({ value: 42, unit: 'officials' });
  });

  it('marks "more than" and similar as approximate', () => {
    expect(one('more than 200 people died')).toMatchObject({ value: 200, unit: 'people', approximate: true });
    expect(one('at least 15 soldiers')).toMatchObject({ approximate: true });
  });

  it('reads ranges as one quantity: lower bound in value, upper in max', () => {
    expect(one('between 10 and 15 soldiers')).toMatchObject({ value: 10, max: 15, unit: 'soldiers', approximate: true });
    expect(one('10-15 soldiers')).toMatchObject({ value: 10, max: 15, unit: 'soldiers', text: '10-15' });
    expect(readQuantities('10 soldiers and 15 civilians')).toHaveLength(2);
  });

  it('reads percentages', () => {
    expect(one('rose 12% last year')).toMatchObject({ value: 12, unit: 'percent', text: '12%' });
    expect(one('up 12 percent')).toMatchObject({ value: 12, unit: 'percent', text: '12 percent' });
  });

  it('reads money in US dollars', () => {
    expect(one('$5 million in aid')).toMatchObject({ value: 5_000_000, unit: 'USD', text: '$5 million' });
    expect(one('2.5 million dollars')).toMatchObject({ value: 2_500_000, unit: 'USD' });
  });

  it('treats a bare four-digit 1900..2100 as a year', () => {
    expect(one('in 2021, the army left')).toMatchObject({ value: 2021, unit: 'year' });
    expect(one('since 1991')).toMatchObject({ unit: 'year' });
    expect(one('2,021 troops')).toMatchObject({ unit: 'troops' });
  });

  it('ignores digits that are part of a name', () => {
    expect(readQuantities('MI5 director general Ken McCallum')).toEqual([]);
  });
});
