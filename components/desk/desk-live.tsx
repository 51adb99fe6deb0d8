'use client';

// The desk page follows the desk's changes (GET /api/events): after a change
// that can move what it shows, its server data is read again (router.refresh
// keeps the page's place and anything open on it). Draws nothing.
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { DESK_ACTIONS, useDeskChanges } from '@/components/review/use-desk-changes';

export function DeskLive() {
  const router = useRouter();
  const refresh = useCallback(() => router.refresh(), [router]);
  useDeskChanges(true, refresh, DESK_ACTIONS);
  return null;
}
