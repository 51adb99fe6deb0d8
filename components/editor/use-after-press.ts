'use client';

// Defers what would move the page until no pointer is pressed. Focus moves at
// the start of a press; anything that scrolls on focus (the article following
// the active claim) would move the pressed button away before its release,
// and the release landing elsewhere is no click at all
// (tests/e2e/press-in-card.spec.ts). Keyboard focus is not deferred.
import { useCallback, useEffect, useRef } from 'react';

export function useAfterPress(): (action: () => void) => void {
  const pressed = useRef(false);
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    const down = () => {
      pressed.current = true;
    };
    const up = () => {
      pressed.current = false;
      const action = pending.current;
      pending.current = null;
      // After the click the release makes, which the browser dispatches next.
      if (action) setTimeout(action, 0);
    };
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('pointercancel', up, true);
    return () => {
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('pointercancel', up, true);
    };
  }, []);
  return useCallback((action: () => void) => {
    if (pressed.current) pending.current = action;
    else action();
  }, []);
}
