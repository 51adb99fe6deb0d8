// Native and Node-only packages stay outside the server bundle.
// No gzip in the server by default: compressing small JSON answers was about a
// tenth of a claim save's CPU, work the reverse proxy in front does better.
// COMPRESS=1 (read when the config is loaded, i.e. at `next build`/`next start`)
// turns Next's gzip back on for a deployment without such a proxy.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', '@node-rs/argon2', 'pdfkit', 'piscina', 'swagger-ui-dist'],
  poweredByHeader: false,
  compress: process.env.COMPRESS === '1',
  typescript: { tsconfigPath: 'tsconfig.json' },
};

module.exports = nextConfig;
