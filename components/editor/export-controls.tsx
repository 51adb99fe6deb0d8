'use client';

// Export links for every format the API offers, with the scope choice:
// published (approved verdicts only) or the full working draft.
import { useState } from 'react';
import type { ExportFormat } from '@/lib/validation/export';

const LINKS: { format: ExportFormat; label: string; title: string }[] = [
  { format: 'html', label: 'HTML', title: 'Annotated report to read or print' },
  { format: 'pdf', label: 'PDF', title: 'The same report as a PDF' },
  { format: 'md', label: 'Markdown', title: 'The report for a CMS or wiki' },
  { format: 'csv', label: 'CSV', title: 'One row per claim, for spreadsheets' },
  { format: 'json', label: 'JSON', title: 'Everything, re-importable' },
  { format: 'claimreview', label: 'ClaimReview', title: 'schema.org ClaimReview JSON-LD for search engines (approved claims)' },
  { format: 'w3c', label: 'W3C annotations', title: 'W3C Web Annotation collection' },
];

export function ExportControls({ articleId }: { articleId: string }) {
  const [scope, setScope] = useState<'published' | 'all'>('published');
  const href = (format: string) => `/api/articles/${articleId}/export?format=${format}&scope=${scope}`;
  return (
    <div className="row export-controls">
      <label>
        Export scope
        <select value={scope} onChange={(e) => setScope(e.target.value as 'published' | 'all')}>
          <option value="published">Published (approved only)</option>
          <option value="all">All claims (draft)</option>
        </select>
      </label>
      <span className="muted">Export</span>
      {LINKS.map((link) => (
        <a key={link.format} href={href(link.format)} download title={link.title} aria-label={`Export ${link.label}`}>
          {link.label}
        </a>
      ))}
    </div>
  );
}
