// The registry through which the workbench reaches cards and suggestion
// entries: React calls the callback ref with the element and later calls the
// cleanup it returned; these drive it the same way.
import { RefRegistry } from '@/components/ui/ref-registry';

type Cleanup = (() => void) | void;
const attach = <T>(registry: RefRegistry<T>, key: string, value: T): Cleanup => registry.ref(key)(value) as Cleanup;
const detach = (cleanup: Cleanup) => (typeof cleanup === 'function' ? cleanup() : undefined);

describe('RefRegistry', () => {
  it('gives one stable callback per key', () => {
    const registry = new RefRegistry<object>();
    expect(registry.ref('c1')).toBe(registry.ref('c1'));
    expect(registry.ref('c1')).not.toBe(registry.ref('c2'));
  });

  it('holds what is mounted under a key until its cleanup runs', () => {
    const registry = new RefRegistry<object>();
    const card = {};
    const cleanup = attach(registry, 'c1', card);
    expect(registry.get('c1')).toBe(card);
    expect(registry.get('c2')).toBeUndefined();
    detach(cleanup);
    expect(registry.get('c1')).toBeUndefined();
  });

  it('keeps the newcomer when a key passes from one element to another, in either order', () => {
    const registry = new RefRegistry<object>();
    const standIn = {};
    const card = {};

    // The new element attached before the old one is cleaned up...
    const leaving = attach(registry, 'c1', standIn);
    const staying = attach(registry, 'c1', card);
    detach(leaving);
    expect(registry.get('c1')).toBe(card);
    detach(staying);

    // ...or after.
    const first = attach(registry, 'c2', standIn);
    detach(first);
    attach(registry, 'c2', card);
    expect(registry.get('c2')).toBe(card);
  });

  it('ignores a null call (React sends none when a cleanup is returned)', () => {
    const registry = new RefRegistry<object>();
    const card = {};
    attach(registry, 'c1', card);
    registry.ref('c1')(null);
    expect(registry.get('c1')).toBe(card);
  });
});
