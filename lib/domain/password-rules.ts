// What makes a password acceptable for a newsroom account (NIST SP 800-63B in
// spirit: length over composition rules, no known-weak or personal passwords).
// Pure, so the user form can show the same problems the server answers with.

export const MIN_PASSWORD_LENGTH = 12;
/** Argon2 hashes any length, but an unbounded password is a cheap way to burn server CPU. */
export const MAX_PASSWORD_LENGTH = 256;

// Passwords that meet the length rule yet top every breach list. Compared
// after folding case and dropping spaces and punctuation, so "Password 1234!"
// counts as "password1234".
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  '1q2w3e4r5t6y',
  'qwertyuiopas',
  'qwerty123456',
  '123456qwerty',
  'qwertyqwerty',
  'asdfghjkl123',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'mypassword123',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'changeme1234',
  'administrator',
  'admin1234567',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'trustno11234',
  'correcthorsebatterystaple',
  'thequickbrownfoxjumpsoverthelazydog',
]);

export interface PasswordOwner {
  email: string;
  name: string;
}

const fold = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const oneCharacterRepeated = (value: string) => /^(.)\1*$/su.test(value);

/**
 * Parts of the owner's identity a password must not contain: the e-mail's
 * local part and the name as a whole (3+ letters), and their pieces of 4+
 * letters ("nia.checker" -> "checker"). Shorter pieces would forbid half the
 * dictionary ("an", "li").
 */
function personalParts({ email, name }: PasswordOwner): string[] {
  const local = email.split('@')[0] ?? '';
  const wholes = [local, name].map(fold).filter((part) => part.length >= 3);
  const pieces = [...local.split(/[._+-]+/), ...name.split(/\s+/)].map(fold).filter((part) => part.length >= 4);
  return [...new Set([...wholes, ...pieces])];
}

/** Everything wrong with `password` for this account; empty when it is acceptable. */
export function passwordProblems(password: string, owner: PasswordOwner): string[] {
  const problems: string[] = [];
  // Characters as people count them: an emoji is one, not two UTF-16 units.
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD_LENGTH) problems.push(`use at least ${MIN_PASSWORD_LENGTH} characters`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`use at most ${MAX_PASSWORD_LENGTH} characters`);

  const folded = fold(password);
  const common = COMMON_PASSWORDS.has(folded) || oneCharacterRepeated(password) || (folded !== '' && oneCharacterRepeated(folded));
  if (common) problems.push('this password is too common');
  const personal = personalParts(owner).some((part) => folded.includes(part));
  if (personal) problems.push('do not use your name or e-mail address in the password');
  return problems;
}
