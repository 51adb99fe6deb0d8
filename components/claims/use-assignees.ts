'use client';

// Who work can be assigned to (GET /api/assignees), loaded once per page
// however many cards ask: a workbench may hold hundreds.
import { useEffect, useState } from 'react';
import { api } from '@/lib/api-client';
import type { RouteAnswer } from '@/lib/server/contract/types';

export type Assignee = RouteAnswer<'GET /api/assignees'>['users'][number];

let loading: Promise<Assignee[]> | null = null;

export function useAssignees(): Assignee[] | null {
  const [users, setUsers] = useState<Assignee[] | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= api('GET /api/assignees').then(({ users: list }) => list);
    loading
      .then((list) => {
        if (live) setUsers(list);
      })
      .catch(() => {
        // Asked again by the next card that mounts.
        loading = null;
      });
    return () => {
      live = false;
    };
  }, []);
  return users;
}
