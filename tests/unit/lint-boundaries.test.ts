// The house rules on who may import what (eslint.config.mjs) hold: each case is
// linted by the project's own ESLint as the file at that path would be by
// `npm run lint`, and is refused with the rule's message or let through.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

jest.setTimeout(60_000);

const root = path.resolve(__dirname, '..', '..');
const RULE = '@typescript-eslint/no-restricted-imports';

// One ESLint in a child process (its flat config is an ES module, which Jest's
// module system does not load) lints every case through its Node API.
const LINT_ALL = `
  const { ESLint } = require('eslint');
  (async () => {
    const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const { file, code } of cases) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.filter((m) => m.ruleId === ${JSON.stringify(RULE)}).map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));
  })();
`;

/** The import-boundary messages ESLint gives each case's code as the file at its path. */
async function boundaryMessages(cases: { file: string; code: string }[]): Promise<string[][]> {
  const run = promisify(execFile)(process.execPath, ['-e', LINT_ALL], { cwd: root });
  run.child.stdin!.end(JSON.stringify(cases));
  return JSON.parse((await run).stdout) as string[][];
}

const CASES: { file: string; code: string; refused: RegExp | null }[] = [
  { file: 'lib/domain/example.ts', code: "import { useState } from 'react';\nexport const x = useState;\n", refused: /lib\/domain is pure TypeScript/ },
  { file: 'lib/domain/example.ts', code: "import { NextResponse } from 'next/server';\nexport const x = NextResponse;\n", refused: /lib\/domain is pure TypeScript/ },
  { file: 'lib/domain/example.ts', code: "import { db } from '@/lib/server/db';\nexport const x = db;\n", refused: /Only lib\/server talks to the database/ },
  { file: 'lib/domain/example.ts', code: "import type { ClaimDto } from '@/lib/server/claims/claim-dto';\nexport type X = ClaimDto;\n", refused: /lib\/domain depends on nothing but itself/ },
  { file: 'lib/domain/example.ts', code: "import { transition } from './workflow';\nexport const x = transition;\n", refused: null },
  {
    file: 'components/example.tsx',
    code: "import { getClaim } from '@/lib/server/claims/get-claim';\nexport const x = getClaim;\n",
    refused: /Client code may import types from lib\/server, not its code/,
  },
  { file: 'components/example.tsx', code: "import type { ClaimDto } from '@/lib/server/claims/claim-dto';\nexport type X = ClaimDto;\n", refused: null },
  { file: 'components/example.tsx', code: "import { PrismaClient } from '@prisma/client';\nexport const x = PrismaClient;\n", refused: /Only lib\/server talks to the database/ },
  { file: 'app/api/example/route.ts', code: "import { db } from '@/lib/server/db';\nexport const x = db;\n", refused: /Only lib\/server talks to the database/ },
  { file: 'app/api/example/route.ts', code: "import { getClaim } from '@/lib/server/claims/get-claim';\nexport const x = getClaim;\n", refused: null },
  { file: 'lib/server/example.ts', code: "import { db } from './db';\nexport const x = db;\n", refused: null },
  { file: 'lib/validation/example.ts', code: "import { z } from 'zod';\nexport const x = z.object({});\n", refused: /Build shared schemas with '@\/lib\/validation\/zod'/ },
  { file: 'components/example.tsx', code: "import { z } from 'zod';\nexport const x = z.string();\n", refused: /Build shared schemas with '@\/lib\/validation\/zod'/ },
  {
    file: 'lib/domain/example.ts',
    code: "import { z } from '@/lib/validation/zod';\nimport type { ZodError } from 'zod';\nexport const x = z.object({});\nexport type E = ZodError;\n",
    refused: null,
  },
];

let messages: string[][];
beforeAll(async () => {
  messages = await boundaryMessages(CASES);
});

it.each(CASES.map((c, i) => ({ ...c, i, first: c.code.split('\n')[0] })))('$file: $first', ({ refused, i }) => {
  if (refused) expect(messages[i]).toEqual(expect.arrayContaining([expect.stringMatching(refused)]));
  else expect(messages[i]).toEqual([]);
});
