'use client';

// Keyboard use of the workbench:
//   Ctrl/Cmd+Alt+C   add a claim from the selected words
//   Alt+↓ / Alt+↑    focus the next / previous claim in reading order
//   Alt+Enter        open the focused claim's card (moves focus to its statement)
// Arrow and Enter shortcuts are left alone while typing in a field, where the
// platform gives them their own meaning.
import { useEffect } from 'react';

interface Handlers {
  addClaim(): void;
  move(step: 1 | -1): void;
  openActive(): void;
}

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

export function useWorkbenchKeys({ addClaim, move, openActive }: Handlers) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyC') {
        event.preventDefault();
        addClaim();
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey || typingInField(event.target)) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        openActive();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [addClaim, move, openActive]);
}
