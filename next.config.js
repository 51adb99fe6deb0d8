// Native and Node-only packages stay outside the server bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', '@node-rs/argon2', 'pdfkit', 'piscina', 'swagger-ui-dist'],
  poweredByHeader: false,
  typescript: { tsconfigPath: 'tsconfig.json' },
};

module.exports = nextConfig;
