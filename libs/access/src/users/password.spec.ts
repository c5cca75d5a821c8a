import { DomainError } from '@cti/domain';
import { checkPassword } from './password';

const refusal = (password: string, userInputs: string[] = []): string | null => {
  try {
    checkPassword(password, userInputs);
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

describe('the password rule (length, and no common or breached password)', () => {
  it('refuses a short one', () => {
    expect(refusal('short')).toBe('password.too_short');
  });

  it.each(['password1234', 'qwertyuiop123', 'iloveyou2024!', '123456789012', 'passwordpassword'])('refuses the common %s', (password) => {
    expect(refusal(password)).toBe('password.common');
  });

  it("refuses the user's own name with a few digits", () => {
    expect(refusal('annasorensen2024', ['annasorensen'])).toBe('password.common');
  });

  it.each(['a long and unguessable sentence', 'correct horse battery staple', 'Tr0ub4dor&3 and more'])('accepts the passphrase %s', (password) => {
    expect(refusal(password)).toBeNull();
  });
});
