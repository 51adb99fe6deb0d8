'use client';

// The article text follows the card the reader moves into, not every focus
// inside it (a reader who scrolled the page while working in a card keeps their
// place), and only once a press is over (use-after-press.ts).
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useAfterPress } from './use-after-press';

interface Options {
  activeId: string | null;
  /** scrolls the text to a claim's words */
  scrollToClaim: (id: string) => void;
  /** set while the workbench itself hands a card the focus: that focus must not scroll the text */
  revealing: RefObject<boolean>;
}

export function useTextFollows({ activeId, scrollToClaim, revealing }: Options) {
  const activeNow = useRef(activeId);
  useEffect(() => {
    activeNow.current = activeId;
  }, [activeId]);
  const afterPress = useAfterPress();
  /** Focus entered the card of claim `id` (call before it becomes the active one). */
  return useCallback(
    (id: string) => {
      if (activeNow.current !== id && !revealing.current) afterPress(() => scrollToClaim(id));
    },
    [afterPress, scrollToClaim, revealing],
  );
}
