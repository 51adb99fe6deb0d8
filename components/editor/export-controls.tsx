'use client';

import { useState } from 'react';

export function ExportControls({ articleId }: { articleId: string }) {
  const [scope, setScope] = useState<'published' | 'all'>('published');
  const href = (format: string) => `/api/articles/${articleId}/export?format=${format}&scope=${scope}`;
  return (
    <div className="row">
      <label>
        Export scope
        <select value={scope} onChange={(e) => setScope(e.target.value as 'published' | 'all')}>
          <option value="published">Published (approved only)</option>
          <option value="all">All claims (draft)</option>
        </select>
      </label>
      <a href={href('html')} download>
        Export HTML
      </a>
      <a href={href('json')} download>
        Export JSON
      </a>
    </div>
  );
}
