'use client';

// Export links for every format the API offers, with the scope choice:
// published (approved verdicts only) or the full working draft. A click on a
// download fetches the file first, so a refusal (a job over the server's time
// limit, a busy server) is shown here instead of ending as a failed download.
// The HTML report is a page to read: its link opens it in a new tab (the
// server answers it inline), and "download" beside it saves it.
import { useState, type MouseEvent } from 'react';
import { apiDownload, describeError, routePath } from '@/lib/api-client';
import type { ExportDisposition, ExportFormat } from '@/lib/validation/export';
import { ErrorAlert } from '../ui/error-alert';

const LINKS: { format: ExportFormat; label: string; title: string }[] = [
  { format: 'html', label: 'HTML', title: 'Annotated report to read or print' },
  { format: 'pdf', label: 'PDF', title: 'The same report as a PDF' },
  { format: 'md', label: 'Markdown', title: 'The report for a CMS or wiki' },
  { format: 'csv', label: 'CSV', title: 'One row per claim, plain UTF-8 (no byte-order mark), for scripts and newsroom tools' },
  { format: 'csv-excel', label: 'CSV (Excel)', title: 'The same rows as UTF-8 with a byte-order mark, so Excel shows accents and non-Latin scripts' },
  { format: 'json', label: 'JSON', title: 'Everything, re-importable' },
  { format: 'claimreview', label: 'ClaimReview', title: 'schema.org ClaimReview JSON-LD for search engines (approved claims)' },
  { format: 'w3c', label: 'W3C annotations', title: 'W3C Web Annotation collection' },
];

/** Hands a fetched file to the browser's downloads, under the server's file name. */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportControls({ articleId }: { articleId: string }) {
  const [scope, setScope] = useState<'published' | 'all'>('published');
  const [preparing, setPreparing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = (format: ExportFormat, disposition?: ExportDisposition) => ({ format, scope, ...(disposition ? { disposition } : {}) });
  const href = (format: ExportFormat, disposition?: ExportDisposition) => routePath('GET /api/articles/{id}/export', { params: { id: articleId }, query: query(format, disposition) });

  const download = async (event: MouseEvent<HTMLAnchorElement>, format: ExportFormat, label: string, disposition?: ExportDisposition) => {
    // A plain click is ours; a modified one (new tab, save link as) keeps the browser's way.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setPreparing(label);
    setError(null);
    try {
      const { blob, filename } = await apiDownload('GET /api/articles/{id}/export', { params: { id: articleId }, query: query(format, disposition) });
      save(blob, filename);
    } catch (e) {
      setError(`The ${label} export could not be made: ${describeError(e)}`);
    } finally {
      setPreparing(null);
    }
  };

  return (
    <div className="export-controls">
      <div className="row">
        <label>
          Export scope
          <select value={scope} onChange={(e) => setScope(e.target.value as 'published' | 'all')}>
            <option value="published">Published (approved only)</option>
            <option value="all">All claims (draft)</option>
          </select>
        </label>
        <span className="muted">Export</span>
        {LINKS.map((link) =>
          link.format === 'html' ? (
            <span key={link.format} className="export-pair">
              <a href={href('html')} target="_blank" rel="noopener" title={`${link.title}, in a new tab`} aria-label="Export HTML (opens in a new tab)">
                {link.label}
              </a>{' '}
              (
              <a
                href={href('html', 'attachment')}
                download
                title="Save the HTML report"
                aria-label="Download HTML"
                aria-busy={preparing === link.label}
                onClick={(event) => void download(event, 'html', link.label, 'attachment')}
              >
                download
              </a>
              )
            </span>
          ) : (
            <a
              key={link.format}
              href={href(link.format)}
              download
              title={link.title}
              aria-label={`Export ${link.label}`}
              aria-busy={preparing === link.label}
              onClick={(event) => void download(event, link.format, link.label)}
            >
              {link.label}
            </a>
          ),
        )}
        <span role="status" className="muted">
          {preparing ? `Preparing the ${preparing} export…` : ''}
        </span>
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}
