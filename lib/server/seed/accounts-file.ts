// The file a generated password is handed over in (data/demo-accounts.txt,
// data/first-admin.txt): written once, when the seed creates the accounts,
// readable by its owner only, and read back so `npm start` can remind a
// newcomer of the demo sign-in.
import fs from 'node:fs';
import path from 'node:path';
import type { CreatedAccount } from './seed-database';

export interface AccountLine {
  role: string;
  email: string;
  password: string;
}

export function formatAccountLines(accounts: AccountLine[]): string[] {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return accounts.map((a) => `  ${a.role.toLowerCase().padEnd(8)} ${a.email.padEnd(width)}  ${a.password}`);
}

export function writeAccountsFile(file: string, accounts: CreatedAccount[], createdAt: Date): void {
  const lines = [
    `# Fact-check workbench: accounts created at first seed, ${createdAt.toISOString()}.`,
    '# A password here stops working when its owner changes it; this file is not updated then.',
    ...formatAccountLines(accounts),
    '',
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A file left by an earlier database would keep its looser mode on rewrite.
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
}

export function readAccountsFile(file: string): AccountLine[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words.length === 3)
    .map(([role, email, password]) => ({ role, email, password }));
}
