// The workbench's claims as answers arrive out of order (components/editor/claims-in-view.ts), on plain data.
import { byStart, claimsInView, putClaim, putRestoredClaim, takeOutClaim, type ClaimsInView } from '@/components/editor/claims-in-view';

const claim = (id: string, version: number, start: number, end = start + 10) => ({ id, version, selector: { start, end } });
const view = (...claims: ReturnType<typeof claim>[]) => claimsInView(claims);
const ids = (state: ClaimsInView) => state.claims.map((c) => `${c.id}@${c.version}`);

describe('putClaim', () => {
  it('adds a new claim in reading order and replaces a known one with a newer copy', () => {
    const state = putClaim(putClaim(view(claim('b', 1, 50)), claim('a', 1, 5)), claim('b', 2, 50));
    expect(ids(state)).toEqual(['a@1', 'b@2']);
  });

  it('keeps a newer copy when an older one arrives (a live update after the answer to a save)', () => {
    const state = view(claim('a', 3, 5));
    expect(putClaim(state, claim('a', 2, 5))).toBe(state);
  });

  it('does not bring back a deleted claim: an answer fetched before the deletion arrives after it', () => {
    const deleted = takeOutClaim(view(claim('a', 2, 5), claim('b', 1, 50)), 'a');
    expect(ids(deleted)).toEqual(['b@1']);
    expect(putClaim(deleted, claim('a', 2, 5))).toBe(deleted);
    // not even a copy newer than the one on show (a teammate's save the viewer had not seen yet)
    expect(putClaim(deleted, claim('a', 3, 5))).toBe(deleted);
  });

  it('orders claims that start together longest first', () => {
    expect([claim('short', 1, 5, 9), claim('long', 1, 5, 30), claim('first', 1, 0)].sort(byStart).map((c) => c.id)).toEqual(['first', 'long', 'short']);
  });
});

describe('takeOutClaim', () => {
  it('remembers a claim deleted by a teammate before this view had seen it', () => {
    const state = takeOutClaim(view(claim('b', 1, 50)), 'new');
    expect(ids(state)).toEqual(['b@1']);
    expect(putClaim(state, claim('new', 1, 5))).toBe(state);
  });

  it('changes nothing the second time', () => {
    const once = takeOutClaim(view(claim('a', 1, 5)), 'a');
    expect(takeOutClaim(once, 'a')).toBe(once);
  });
});

describe('putRestoredClaim', () => {
  it('brings a deleted claim back past the version it was deleted at, after which its updates count again', () => {
    const deleted = takeOutClaim(view(claim('a', 2, 5)), 'a');
    const restored = putRestoredClaim(deleted, claim('a', 3, 5), 100);
    expect(ids(restored)).toEqual(['a@3']);
    expect(ids(putClaim(restored, claim('a', 4, 5)))).toEqual(['a@4']);
  });

  it('refuses a restore answered before a second deletion', () => {
    // restored at 3, deleted again at 3; the answer to the first restore comes late
    const again = takeOutClaim(putRestoredClaim(takeOutClaim(view(claim('a', 2, 5)), 'a'), claim('a', 3, 5), 100), 'a');
    expect(putRestoredClaim(again, claim('a', 3, 5), 200)).toBe(again);
    expect(ids(putRestoredClaim(again, claim('a', 4, 5), 300))).toEqual(['a@4']);
  });

  it('is an ordinary update for a claim that was never deleted', () => {
    expect(ids(putRestoredClaim(view(claim('a', 1, 5)), claim('a', 2, 5), 100))).toEqual(['a@2']);
  });
});

describe('a "not found" answer', () => {
  it('takes the claim out when it was asked after the claim was last restored here, or it never was', () => {
    expect(ids(takeOutClaim(view(claim('a', 2, 5)), 'a', 50))).toEqual([]);
    const restored = putRestoredClaim(takeOutClaim(view(claim('a', 2, 5)), 'a'), claim('a', 3, 5), 100);
    expect(ids(takeOutClaim(restored, 'a', 150))).toEqual([]);
  });

  it('asked before Undo restored the claim, is about the deletion Undo undid: the claim stays', () => {
    // deleted here; the live stream's fetch for that deletion is sent at 80; Undo's answer is put at 100; "not found" arrives
    const restored = putRestoredClaim(takeOutClaim(view(claim('a', 2, 5)), 'a'), claim('a', 3, 5), 100);
    expect(takeOutClaim(restored, 'a', 80)).toBe(restored);
    // and the stream's own news of the restore is taken as usual
    expect(ids(putRestoredClaim(restored, claim('a', 3, 5), 120))).toEqual(['a@3']);
  });
});
