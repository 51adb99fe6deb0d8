// The revision-text cache's store (lib/server/articles/text-lru.ts): bounded by
// the total length of what it holds, least recently used out first.
import { TextLru } from '@/lib/server/articles/text-lru';

const text = (length: number, fill = 'x') => fill.repeat(length);

describe('TextLru', () => {
  it('never holds more characters than its bound, however much is put in', () => {
    const lru = new TextLru(1_000);
    for (let i = 0; i < 500; i++) {
      lru.set(`r${i}`, text(1 + ((i * 37) % 400)));
      expect(lru.chars).toBeLessThanOrEqual(1_000);
    }
    expect(lru.size).toBeGreaterThan(1);
  });

  it('drops the least recently used first, a read counting as a use', () => {
    const lru = new TextLru(300);
    lru.set('a', text(100, 'a'));
    lru.set('b', text(100, 'b'));
    lru.set('c', text(100, 'c'));
    expect(lru.get('a')).toBe(text(100, 'a'));
    lru.set('d', text(100, 'd'));
    expect(lru.has('b')).toBe(false);
    expect([lru.has('a'), lru.has('c'), lru.has('d')]).toEqual([true, true, true]);
    lru.set('e', text(150, 'e'));
    expect(lru.has('c')).toBe(false);
    expect(lru.has('a')).toBe(false);
    expect([lru.has('d'), lru.has('e')]).toEqual([true, true]);
    expect(lru.chars).toBe(250);
  });

  it('keeps nothing longer than the whole bound, and drops nothing for it', () => {
    const lru = new TextLru(100);
    lru.set('a', text(60));
    lru.set('huge', text(101));
    expect(lru.has('huge')).toBe(false);
    expect(lru.get('a')).toBe(text(60));
    lru.set('exact', text(100));
    expect(lru.has('exact')).toBe(true);
    expect(lru.has('a')).toBe(false);
    expect(lru.chars).toBe(100);
  });

  it('counts a replaced entry once, and forgets a deleted one', () => {
    const lru = new TextLru(100);
    lru.set('a', text(40));
    lru.set('a', text(30));
    expect(lru.chars).toBe(30);
    expect(lru.size).toBe(1);
    lru.delete('a');
    lru.delete('missing');
    expect([lru.chars, lru.size, lru.get('a')]).toEqual([0, 0, undefined]);
  });

  it('counts UTF-16 code units, as the memory a string takes', () => {
    const lru = new TextLru(10);
    lru.set('emoji', '😀😀😀');
    expect(lru.chars).toBe(6);
    lru.set('more', '😀😀😀');
    expect(lru.has('emoji')).toBe(false);
    expect(lru.chars).toBe(6);
  });
});
