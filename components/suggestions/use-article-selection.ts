'use client';

// The words the reader has selected in the article text, followed as the
// selection changes, so a suggestion's entry can say that Accept will take
// them ("Accept selected words"). Only while `active` (the list is on show);
// the state changes only when the selected range does, not on every event.
import { useEffect, useRef, useState } from 'react';
import type { TextRange } from '@/lib/domain/types';

export function useArticleSelection(read: () => TextRange | null, active: boolean): TextRange | null {
  const [selected, setSelected] = useState<TextRange | null>(null);
  const reader = useRef(read);
  useEffect(() => {
    reader.current = read;
  });
  useEffect(() => {
    if (!active) return;
    const follow = () => {
      const range = reader.current();
      setSelected((current) => (current?.start === range?.start && current?.end === range?.end ? current : range));
    };
    follow();
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [active]);
  return active ? selected : null;
}
