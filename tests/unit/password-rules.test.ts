import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblems } from '@/lib/domain/password-rules';

const owner = { email: 'nia.checker@example.com', name: 'Nia Checker' };
const problems = (password: string, who = owner) => passwordProblems(password, who);
const PERSONAL = 'do not use your name or e-mail address in the password';

describe('passwordProblems', () => {
  it('accepts a long passphrase unrelated to the owner', () => {
    expect(problems('correct horse battery stapler')).toEqual([]);
    expect(problems('tram-lines & tea at 4')).toEqual([]);
  });

  describe('length', () => {
    it(`needs at least ${MIN_PASSWORD_LENGTH} characters`, () => {
      expect(problems('a'.repeat(0))).toContain('use at least 12 characters');
      expect(problems('Tr4m lines!')).toEqual(['use at least 12 characters']);
      expect(problems('Tr4m lines!!')).toEqual([]);
    });

    it('counts characters, not UTF-16 units: six emoji are six characters', () => {
      expect(problems('🦊🦁🐯🐻🐼🐨')).toContain('use at least 12 characters');
      expect(problems('🦊🦁🐯🐻🐼🐨🐸🐵🐔🐧🐦🐤')).toEqual([]);
    });

    it(`allows at most ${MAX_PASSWORD_LENGTH} characters`, () => {
      const words = 'tram lines and tea at four ';
      const long = words.repeat(20).slice(0, MAX_PASSWORD_LENGTH);
      expect(problems(long)).toEqual([]);
      expect(problems(`${long}x`)).toEqual(['use at most 256 characters']);
    });
  });

  describe('common passwords', () => {
    it.each(['password1234', 'Password1234!', 'PASSWORD 1234', '123456789012', 'qwerty123456', 'correct horse battery staple', 'iloveyou1234'])('refuses %s', (password) => {
      expect(problems(password)).toContain('this password is too common');
    });

    it('refuses one character repeated, punctuation included', () => {
      expect(problems('aaaaaaaaaaaa')).toContain('this password is too common');
      expect(problems('!!!!!!!!!!!!')).toContain('this password is too common');
      expect(problems('aa aa aa aa aa')).toContain('this password is too common');
    });
  });

  describe('personal information', () => {
    it.each([
      ['the whole local part', 'nia.checker was here'],
      ['the local part without its dot', 'NiaChecker-was-here'],
      ['the surname', 'a good checker of facts'],
      ['the name, any case and spacing', 'NIA  CHECKER forever!!'],
    ])('refuses %s', (_what, password) => {
      expect(problems(password)).toContain(PERSONAL);
    });

    it('ignores pieces too short to matter ("Li", "Nia" on its own as a piece)', () => {
      expect(problems('a niagara falls holiday', { email: 'li.wu@example.com', name: 'Li Wu' })).toEqual([]);
      // "nia" is only refused as the whole name or local part, never as a piece of one.
      expect(problems('visiting niagara falls', owner)).toEqual([]);
    });

    it('refuses a short whole local part or name of three letters', () => {
      expect(problems('bob is my best friend', { email: 'bob@example.com', name: 'Robert Ames' })).toContain(PERSONAL);
    });
  });

  it('reports every problem at once', () => {
    expect(problems('Checker1')).toEqual(['use at least 12 characters', PERSONAL]);
  });
});
