// How long a deleted claim can be put back ("Undo", POST /api/claims/:id/restore).
// Long enough for a mistake noticed later the same day; after that its audit
// trail keeps it readable, but it is not brought back: the article, the
// verdict scale and the team's work on it have moved on.
export const RESTORE_WINDOW_HOURS = 24;

/** Whether a claim deleted at `deletedAt` may still be restored at `now`. */
export function withinRestoreWindow(deletedAt: Date, now: Date): boolean {
  return now.getTime() - deletedAt.getTime() <= RESTORE_WINDOW_HOURS * 3_600_000;
}
