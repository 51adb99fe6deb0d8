// A short list of claims on the desk: the quote, linking into its article at
// the claim, and the article's title.
import Link from 'next/link';
import type { DeskClaim } from '@/lib/server/desk/get-desk';

export function ClaimLines({ claims, empty, testId }: { claims: DeskClaim[]; empty: string; testId: string }) {
  if (claims.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="desk-lines" data-testid={testId}>
      {claims.map((c) => (
        <li key={c.id}>
          <Link href={`/articles/${encodeURIComponent(c.articleId)}?claim=${encodeURIComponent(c.id)}`}>“{c.quote}”</Link> <span className="muted">in {c.articleTitle}</span>
        </li>
      ))}
    </ul>
  );
}
