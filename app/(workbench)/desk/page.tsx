import Link from 'next/link';
import { ClaimLines } from '@/components/desk/claim-lines';
import { DeskLive } from '@/components/desk/desk-live';
import { TurnaroundChart } from '@/components/desk/turnaround-chart';
import { VerdictChart } from '@/components/desk/verdict-chart';
import { STATUS_LABELS } from '@/components/claims/status-badge';
import { requirePageActor } from '@/lib/server/auth/page-actor';
import { getDesk } from '@/lib/server/desk/get-desk';

export const metadata = { title: 'Desk · Fact-check workbench' };

const waitedFor = (iso: string) => {
  const hours = Math.max(0, (Date.now() - new Date(iso).getTime()) / 3_600_000);
  return hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} days`;
};

export default async function DeskPage() {
  const actor = await requirePageActor();
  const desk = await getDesk({ actor });
  const statuses = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'] as const;
  return (
    <main className="desk">
      <DeskLive />
      <h1>Desk</h1>
      <section aria-labelledby="waiting-for-me">
        <h2 id="waiting-for-me">Waiting for me</h2>
        <div className="desk-grid">
          <div className="card">
            <h3>Sent back to me</h3>
            <ClaimLines claims={desk.mine.sentBack} empty="Nothing sent back." testId="sent-back" />
          </div>
          <div className="card">
            <h3>Assigned to me</h3>
            <ClaimLines claims={desk.mine.assigned} empty="Nothing assigned to you." testId="assigned" />
          </div>
          <div className="card">
            <h3>My drafts</h3>
            <ClaimLines claims={desk.mine.drafts} empty="No drafts." testId="drafts" />
          </div>
          {desk.review && (
            <div className="card" data-testid="review-summary">
              <h3>Waiting for my review</h3>
              <p>
                <Link href="/review">{desk.review.waiting} claim(s) in the queue</Link>, <Link href="/review?assignedTo=me">{desk.review.assignedToMe} assigned to me</Link>
              </p>
              {desk.review.oldest && (
                <p data-testid="oldest-in-review">
                  Oldest: <Link href={`/articles/${encodeURIComponent(desk.review.oldest.articleId)}?claim=${encodeURIComponent(desk.review.oldest.id)}`}>“{desk.review.oldest.quote}”</Link>, waiting{' '}
                  {waitedFor(desk.review.oldest.since)}
                </p>
              )}
            </div>
          )}
        </div>
      </section>
      <section aria-labelledby="articles-progress">
        <h2 id="articles-progress">Articles</h2>
        <div className="table-scroll">
          <table className="list" data-testid="article-progress">
            <thead>
              <tr>
                <th>Article</th>
                {statuses.map((s) => (
                  <th key={s}>{STATUS_LABELS[s]}</th>
                ))}
                <th>Done</th>
              </tr>
            </thead>
            <tbody>
              {desk.articles.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/articles/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                  </td>
                  {statuses.map((s) => (
                    <td key={s}>{a.counts[s]}</td>
                  ))}
                  <td>
                    <progress max={a.total || 1} value={a.counts.APPROVED} aria-label={`${a.counts.APPROVED} of ${a.total} approved`} /> {a.counts.APPROVED}/{a.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="desk-grid">
        <section aria-labelledby="verdicts-chart" className="card">
          <h2 id="verdicts-chart">Approved verdicts</h2>
          {desk.verdicts.length === 0 ? <p className="muted">No approved verdicts yet.</p> : <VerdictChart verdicts={desk.verdicts} />}
          <table className="list compact">
            <tbody>
              {desk.verdicts.map((v) => (
                <tr key={v.key}>
                  <th scope="row">{v.label}</th>
                  <td>{v.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="turnaround-chart" className="card">
          <h2 id="turnaround-chart">Review turnaround</h2>
          <TurnaroundChart weeks={desk.turnaround} />
          <table className="list compact">
            <thead>
              <tr>
                <th>Week of</th>
                <th>Decisions</th>
                <th>Median wait</th>
              </tr>
            </thead>
            <tbody>
              {desk.turnaround.map((w) => (
                <tr key={w.weekStart}>
                  <td>{new Date(w.weekStart).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })}</td>
                  <td>{w.decisions}</td>
                  <td>{w.medianHours === null ? '—' : w.medianHours < 1 ? `${Math.round(w.medianHours * 60)} min` : `${w.medianHours.toFixed(1)} h`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </main>
  );
}
