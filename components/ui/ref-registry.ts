'use client';

// Things a component must reach by key to scroll to or focus them (a claim's
// card, a suggestion's entry), held by the component that reaches them instead
// of asked of the document by id. Each registers itself through the callback
// ref `ref(key)` gives, one stable function per key, so a re-render does not
// detach and attach it again. A key may pass from one element to another (a
// claim's light stand-in replaced by its full card): the newcomer wins, and the
// leaver's cleanup only forgets what is still its own.
import { useState, type RefCallback } from 'react';

export class RefRegistry<T> {
  private readonly current = new Map<string, T>();
  private readonly callbacks = new Map<string, RefCallback<T>>();

  /** The callback ref for `key`'s element (or handle); the same function on every call. */
  ref(key: string): RefCallback<T> {
    let callback = this.callbacks.get(key);
    if (!callback) {
      callback = (value: T | null) => {
        if (value === null) return;
        this.current.set(key, value);
        return () => {
          if (this.current.get(key) === value) this.current.delete(key);
        };
      };
      this.callbacks.set(key, callback);
    }
    return callback;
  }

  /** What is mounted under `key` now, if anything. */
  get(key: string): T | undefined {
    return this.current.get(key);
  }
}

/** One registry for the life of the component. */
export function useRefRegistry<T>(): RefRegistry<T> {
  const [registry] = useState(() => new RefRegistry<T>());
  return registry;
}
