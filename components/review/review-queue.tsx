'use client';

// Claims waiting for the signed-in reviewer, longest waiting first, filtered
// through the URL's query string (?articleId=&authorId=&verdict=&minAgeHours=).
// What the reviewer types into a card's comment is kept here, per claim: a
// refetch (another filter) or a reloaded claim keeps it, and leaving the page
// with any of it asks first.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import { canReviewAny } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';
import type { Claim } from '@/components/claims/types';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';
import { FILTER_KEYS, QueueFilters, type QueueFilterValues } from './queue-filters';
import { useDeskChanges } from './use-desk-changes';
import { ReviewCard, type QueueClaim } from './review-card';

type Option = { id: string; label: string };
const filtersOf = (query: string): QueueFilterValues => {
  const from = new URLSearchParams(query);
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, from.get(key) ?? ''])) as unknown as QueueFilterValues;
};
const waitedSince = (c: QueueClaim) => new Date(c.submittedAt).getTime();

export function ReviewQueue({ actor }: { actor: Actor }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const query = params.toString();
  // The filters live in state as well as in the URL: router.replace lands a
  // moment later, and two quick changes must build on each other, not on the
  // URL of before the first one.
  const [filters, setFilterState] = useState<QueueFilterValues>(() => filtersOf(query));
  const reviews = canReviewAny(actor);

  const [claims, setClaims] = useState<QueueClaim[] | null>(null);
  // When the URL's query changes (a filter change landed, or back/forward), the
  // filters follow it and the list loads again: set while rendering, React's way
  // to adjust state to a changed input, so no render shows the old list.
  const [shownQuery, setShownQuery] = useState(query);
  if (shownQuery !== query) {
    setShownQuery(query);
    setFilterState(filtersOf(query));
    setClaims(null);
  }
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const [options, setOptions] = useState<{ articles: Option[]; authors: Option[]; verdicts: Option[] }>({ articles: [], authors: [], verdicts: [] });
  // Claims decided here, by id, at the version decided on. A reload asked before the decision
  // can answer after it, with the claim still waiting; it stays off the list unless it came back
  // newer (resubmitted).
  const decided = useRef(new Map<string, number>());
  const [comments, setComments] = useState<Record<string, string>>({});
  const setComment = useCallback((id: string, text: string) => setComments((current) => ({ ...current, [id]: text })), []);
  useUnsavedChangesGuard(Object.values(comments).some((text) => text.trim() !== ''));

  // Filter choices: every article, the scale, and whoever has claims waiting.
  useEffect(() => {
    if (!reviews) return;
    Promise.all([api('GET /api/articles'), api('GET /api/verdicts'), api('GET /api/review-queue')])
      .then(([a, v, q]) => {
        const authors = new Map(q.claims.map((c) => [c.author.id, c.author.name]));
        setOptions({
          articles: a.articles.map((x) => ({ id: x.id, label: x.title })),
          verdicts: v.verdicts.map((x) => ({ id: x.key, label: x.label })),
          authors: [...authors].map(([id, label]) => ({ id, label })).sort((x, y) => x.label.localeCompare(y.label)),
        });
      })
      .catch((e: unknown) => setError(`Could not load the filter choices: ${describeError(e)}`));
  }, [reviews]);

  // Others submit, decide and edit while this page is open: the list follows (typed comments are kept by claim id).
  const [changes, setChanges] = useState(0);
  useDeskChanges(reviews, () => setChanges((n) => n + 1));

  useEffect(() => {
    if (!reviews) return;
    let live = true;
    api('GET /api/review-queue', { query: filtersOf(query) })
      .then((data) => {
        if (!live) return;
        const waiting = data.claims.filter((c) => c.version > (decided.current.get(c.id) ?? 0));
        setClaims(waiting.sort((a, b) => waitedSince(a) - waitedSince(b)));
        setTotal(data.total - (data.claims.length - waiting.length));
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(`Could not load the queue: ${describeError(e)}`);
      });
    return () => {
      live = false;
    };
  }, [reviews, query, changes]);

  const setFilters = useCallback(
    (next: QueueFilterValues) => {
      setFilterState(next);
      const search = new URLSearchParams();
      for (const key of FILTER_KEYS) if (next[key].trim()) search.set(key, next[key].trim());
      const qs = search.toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [router, pathname],
  );

  if (!reviews) {
    return <p className="muted">Only reviewers and admins review claims. Your claims appear here for others once you submit them.</p>;
  }

  const onDone = (claim: QueueClaim, outcome: string) => {
    setClaims((current) => current?.filter((c) => c.id !== claim.id) ?? null);
    decided.current.set(claim.id, claim.version);
    setComments(({ [claim.id]: _sent, ...rest }) => rest);
    setTotal((n) => Math.max(0, n - 1));
    setDone((lines) => [...lines, `${outcome}: “${claim.selector.exact}”`]);
    // The nav's count is rendered on the server: ask for it again.
    router.refresh();
  };

  // The server's current copy, in place of the queued one (which keeps its article, wait and thread).
  const onReloaded = (current: Claim) => setClaims((list) => list?.map((c) => (c.id === current.id ? { ...c, ...current } : c)) ?? null);

  return (
    <>
      <QueueFilters value={filters} articles={options.articles} authors={options.authors} verdicts={options.verdicts} onChange={setFilters} />
      <ErrorAlert message={error} />
      {done.map((line, i) => (
        <p key={i} role="status" className="muted">
          {line}
        </p>
      ))}
      {!claims && !error && <p className="muted">Loading…</p>}
      {claims && (
        <p className="muted" data-testid="queue-total">
          {total} claim(s) waiting{query ? ' that match the filters' : ''}, oldest first.
        </p>
      )}
      {claims?.length === 0 && <p className="muted">Nothing waiting for your review.</p>}
      {claims?.map((claim) => (
        <ReviewCard
          key={claim.id}
          claim={claim}
          actor={actor}
          comment={comments[claim.id] ?? ''}
          onCommentChange={(text) => setComment(claim.id, text)}
          onDone={(_, outcome) => onDone(claim, outcome)}
          onReloaded={onReloaded}
        />
      ))}
    </>
  );
}
