import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { DomainError } from '@cti/domain';

// argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum for argon2id).
export const MIN_PASSWORD_LENGTH = 12;
// zxcvbn's score 3 = at least 10^8 guesses against its lists of common and breached passwords, words and keyboard patterns
// (NIST SP 800-63B 3.1.1.2: refuse values from lists of commonly used, expected or compromised passwords).
const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const strength = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

/**
 * Refuses a password that is too short, or that is (or is built from) a common or breached password, the user's own name
 * or a keyboard pattern — `password1234`, `qwertyuiop123` — while a long passphrase of ordinary words passes.
 */
export function checkPassword(password: string, userInputs: string[] = []): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new DomainError('invalid', 'password.too_short', { min: MIN_PASSWORD_LENGTH });
  if (strength().check(password, userInputs).score < MIN_PASSWORD_SCORE) throw new DomainError('invalid', 'password.common');
}

export function hashPassword(password: string, userInputs: string[] = []): Promise<string> {
  checkPassword(password, userInputs);
  return hash(password);
}

// Checked against when the user does not exist, so a failed login takes as long whether or not the name is known.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  decoyHash ??= hash('decoy password, never matches anything');
  const target = storedHash ?? (await decoyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && Boolean(storedHash);
}
