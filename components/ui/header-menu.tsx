'use client';

// The header's links behind a disclosure button on narrow screens (below
// 768 px, app/globals.css hides the button above): the button says whether
// the menu is open (aria-expanded), Escape closes it and gives the button its
// focus back, and following a link closes it. A plain <button>, so Enter and
// Space work as they do on any button.
import { usePathname } from 'next/navigation';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  // Disabled until the page's scripts run: before that a click did nothing.
  const hydrated = useHydrated();
  // A link followed inside the menu lands on another page: the menu folds away
  // (set while rendering, React's way to follow a changed input).
  const pathname = usePathname();
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setOpen(false);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="header-menu" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="header-menu-button" aria-expanded={open} aria-controls={id} disabled={!hydrated} onClick={() => setOpen(!open)}>
        Menu
      </button>
      <div id={id} className="header-menu-items" data-open={open}>
        {children}
      </div>
    </div>
  );
}
