import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum for argon2id).
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
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
