// Size limits of the API (docs/api.md#limits), shared by the server (which enforces them) and the
// forms (which warn before uploading).

/** Bodies over 2 MB get 413. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
