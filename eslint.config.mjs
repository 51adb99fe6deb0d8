// ESLint: Next.js's recommended rules (React, hooks, accessibility, Core Web
// Vitals) and typescript-eslint's, plus the house rules on who may import what
// (docs/architecture.md, "Layers"). Run by `npm run lint`, part of `npm test`.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** The database client and Prisma's generated code: lib/server's alone. */
const DATABASE = [{ group: ['@prisma/*', 'prisma', '@/lib/server/db', '@/lib/server/generated/*'], message: 'Only lib/server talks to the database.' }];
/** Server code: a page or component may read its types, never run it. */
const SERVER_CODE = [{ group: ['@/lib/server/*'], allowTypeImports: true, message: 'Client code may import types from lib/server, not its code.' }];
/** The domain stays pure: no framework, no database, no server. */
const FRAMEWORKS = [
  { group: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'next-auth', 'next-auth/*'], message: 'lib/domain is pure TypeScript: no React or Next.js.' },
  { group: ['@/lib/server/*', '@/components/*', '@/app/*', '@/lib/editor/*'], message: 'lib/domain depends on nothing but itself and lib/validation.' },
];

/** Schemas shared with the browser are built with lib/validation/zod.ts's zod (no eval there: the CSP forbids it). */
const ZOD = [{ name: 'zod', allowTypeImports: true, message: "Build shared schemas with '@/lib/validation/zod' (it keeps zod from probing for eval in the browser)." }];

const restrict = (patterns, paths = []) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths }] });

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores(['.next/**', 'node_modules/**', 'lib/server/generated/**', 'playwright-report/**', 'test-results/**', 'bench/**', 'data/**', 'tests/.tmp/**', 'next-env.d.ts']),
  { files: ['lib/domain/**'], rules: restrict([...DATABASE, ...FRAMEWORKS], ZOD) },
  { files: ['components/**', 'lib/editor/**', 'lib/api-client.ts'], rules: restrict([...DATABASE, ...SERVER_CODE], ZOD) },
  { files: ['lib/validation/**'], ignores: ['lib/validation/zod.ts'], rules: restrict(DATABASE, ZOD) },
  { files: ['app/**', 'proxy.ts'], rules: restrict(DATABASE) },
  // `_name` for a parameter a signature needs but the body does not; `{ dropped: _, ...rest }` to leave a key out.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }] } },
  // CommonJS Node scripts (scripts/, the work pool's entry file, test helpers run by Node as they are): require is their import.
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests read the API's JSON answers, of every shape, as `any` (sendOk and friends) until the client is typed by route.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // The test server and the route list load every route file by its path, found at run time.
  { files: ['tests/integration/helpers/api-routes.ts', 'tests/integration/helpers/app-server.ts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
]);
