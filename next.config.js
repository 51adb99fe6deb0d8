// Native and Node-only packages stay outside the server bundle. So does zod:
// every route handler reaches the whole contract (lib/server/contract), and a
// bundled zod was copied into each route's server chunk (22 copies of about
// 460 KB, each kept as source and code in the server's heap); loaded by Node it
// is there once. The browser bundle is not affected.
// No gzip in the server by default: compressing small JSON answers was about a
// tenth of a claim save's CPU, work the reverse proxy in front does better.
// COMPRESS=1 (read when the config is loaded, i.e. at `next build`/`next start`)
// turns Next's gzip back on for a deployment without such a proxy.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', '@node-rs/argon2', 'pdfkit', 'piscina', 'swagger-ui-dist', 'zod'],
  poweredByHeader: false,
  // The W3C annotation protocol needs container IRIs ending in "/"
  // (/fact-checks/<slug>/annotations/), which Next.js's built-in redirect of
  // "/x/" to "/x" would take away; proxy.ts redirects every other path the same
  // way instead (lib/server/http/trailing-slash.ts).
  skipTrailingSlashRedirect: true,
  compress: process.env.COMPRESS === '1',
  typescript: { tsconfigPath: 'tsconfig.json' },
};

module.exports = nextConfig;
