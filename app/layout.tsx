import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: 'Fact-check workbench',
  description: 'Highlight claims, attach sources and verdicts, review and export.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the Content-Security-Policy (proxy.ts) only
  // lets scripts run that carry this request's nonce, and a page prerendered at
  // build time (the home redirect, the 404 page) has none.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
