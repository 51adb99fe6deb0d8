'use client';

// Asks before a page with unsaved edits is left. Three ways out, three guards:
// - reload, closing the tab, a typed URL: the browser's own `beforeunload`
//   dialog (Chromium shows it only once the user has interacted with the page,
//   which typing the edits did);
// - an in-app link: the App Router has no route-change event to cancel, so a
//   click on a same-origin link is caught in the capture phase, before Next's
//   <Link> sees it, and let through only if the user confirms;
// - history back/forward within the app: the router moves on `popstate`, after
//   the URL has changed and before any later listener could object, so the
//   guard listens one step earlier, to the Navigation API's `navigate` event,
//   which a same-document traversal fires cancelably. (Browsers without that
//   API go back unasked; a traversal that leaves the document meets
//   `beforeunload` instead.)
import { useEffect } from 'react';

export const LEAVE_MESSAGE = 'You have unsaved changes on this page. Leave and lose them?';

/** A plain left click on a link that would navigate this tab within the app. */
function leavesPage(event: MouseEvent): boolean {
  // A modified click opens another tab or window: this page stays.
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement)) return false;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return false;
  const to = new URL(anchor.href, window.location.href);
  // Another site unloads this document: beforeunload asks for those.
  if (to.origin !== window.location.origin) return false;
  // A jump within the page (#fragment) leaves nothing behind.
  const here = new URL(window.location.href);
  return to.pathname !== here.pathname || to.search !== here.search;
}

/** The part of the Navigation API used here (not in TypeScript's DOM types yet). */
interface NavigateEventLike extends Event {
  readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse';
}

export function useUnsavedChangesGuard(dirty: boolean, message: string = LEAVE_MESSAGE): void {
  useEffect(() => {
    if (!dirty) return;
    const navigation = (window as Window & { navigation?: EventTarget }).navigation;

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (!leavesPage(event)) return;
      if (window.confirm(message)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    // Links and reloads have their own guards above; here only back/forward.
    const onNavigate = (event: Event) => {
      const navigate = event as NavigateEventLike;
      if (navigate.navigationType !== 'traverse' || !navigate.cancelable) return;
      if (!window.confirm(message)) navigate.preventDefault();
    };

    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('click', onClick, true);
    navigation?.addEventListener('navigate', onNavigate);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('click', onClick, true);
      navigation?.removeEventListener('navigate', onNavigate);
    };
  }, [dirty, message]);
}
