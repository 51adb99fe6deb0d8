// Password hashing with Argon2id (@node-rs/argon2, a maintained native binding).
import { hash, verify } from '@node-rs/argon2';

// OWASP's suggested minimum for Argon2id: 19 MiB, 2 iterations.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
