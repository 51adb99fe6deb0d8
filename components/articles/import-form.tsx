'use client';

// Import an article by pasting its text or uploading a .txt, .md or .html file.
// Obvious mistakes (wrong type, too large, empty) are caught before uploading;
// the server checks everything again.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { describeError } from '@/lib/api-client';
import { ARTICLE_FILE_EXTENSIONS, MAX_ARTICLE_TEXT_BYTES } from '@/lib/validation/articles';
import { MAX_BODY_BYTES } from '@/lib/validation/limits';
import { uploadForm } from './upload';
import { ErrorAlert } from '@/components/ui/error-alert';

function fileProblem(file: File | null): string | null {
  if (!file) return 'Choose a file to upload.';
  const extension = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.')).toLowerCase() : '';
  if (!(ARTICLE_FILE_EXTENSIONS as readonly string[]).includes(extension)) return `“${file.name}” is not a .txt, .md or .html file.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  const isHtml = extension === '.html' || extension === '.htm';
  const limit = isHtml ? MAX_BODY_BYTES : MAX_ARTICLE_TEXT_BYTES;
  if (file.size > limit) return `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; at most ${limit / 1048576} MB can be imported.`;
  return null;
}

export function ImportForm() {
  const router = useRouter();
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    if (mode === 'file') {
      const problem = fileProblem(form.get('file') instanceof File && (form.get('file') as File).name ? (form.get('file') as File) : null);
      if (problem) return setError(problem);
      form.delete('text');
    } else {
      const text = String(form.get('text') ?? '');
      if (!text.trim()) return setError('Paste the article text first.');
      if (!String(form.get('title') ?? '').trim()) return setError('Give the article a title.');
      // Pasted text travels as a file too, so both ways share one import path.
      form.set('file', new File([text], 'pasted.txt', { type: 'text/plain' }));
      form.delete('text');
    }
    setProgress(0);
    try {
      const { article } = await uploadForm<{ article: { id: string } }>('/api/articles', form, setProgress);
      router.push(`/articles/${article.id}`);
    } catch (e) {
      setProgress(null);
      setError(describeError(e, 'The import failed.'));
    }
  }

  return (
    <form className="card" onSubmit={submit} style={{ maxWidth: 760 }}>
      <fieldset className="row" style={{ border: 0, padding: 0 }}>
        <label style={{ display: 'flex', gap: '0.3rem', alignItems: 'center' }}>
          <input type="radio" name="mode" checked={mode === 'file'} onChange={() => setMode('file')} style={{ width: 'auto' }} /> Upload a file
        </label>
        <label style={{ display: 'flex', gap: '0.3rem', alignItems: 'center' }}>
          <input type="radio" name="mode" checked={mode === 'paste'} onChange={() => setMode('paste')} style={{ width: 'auto' }} /> Paste the text
        </label>
      </fieldset>
      {mode === 'file' ? (
        <label>
          Article file (.txt, .md or .html, up to 1 MB of text)
          <input name="file" type="file" accept={ARTICLE_FILE_EXTENSIONS.join(',')} />
        </label>
      ) : (
        <label>
          Article text
          <textarea name="text" className="article-source" />
        </label>
      )}
      <label>
        Title {mode === 'file' && <span className="muted">(optional: taken from the file)</span>}
        <input name="title" />
      </label>
      <div className="row">
        <label style={{ flex: 1 }}>
          Outlet
          <input name="outlet" />
        </label>
        <label style={{ flex: 1 }}>
          Byline
          <input name="byline" />
        </label>
      </div>
      <div className="row">
        <label style={{ flex: 2 }}>
          Article URL
          <input name="url" type="url" placeholder="https://…" />
        </label>
        <label style={{ flex: 1 }}>
          Published on
          <input name="publishedAt" type="date" />
        </label>
      </div>
      {progress !== null && <progress className="progress" value={progress} max={1} aria-label="Upload progress" />}
      <ErrorAlert message={error} />
      <p>
        <button type="submit" className="primary" disabled={progress !== null}>
          {progress !== null ? `Importing… ${Math.round(progress * 100)}%` : 'Import'}
        </button>
      </p>
    </form>
  );
}
