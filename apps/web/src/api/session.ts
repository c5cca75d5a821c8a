// The signed-in user: the access token and who it is, kept for this browser tab only.
export type Role = 'admin' | 'evaluator' | 'agency' | 'municipality';
export interface SignedInUser {
  username: string;
  role: Role;
  municipalityCode?: number | null;
}

const TOKEN = 'cti.accessToken';
const USER = 'cti.user';

export const accessToken = (): string => sessionStorage.getItem(TOKEN) ?? '';

export function signedInUser(): SignedInUser | null {
  const raw = sessionStorage.getItem(USER);
  return raw ? (JSON.parse(raw) as SignedInUser) : null;
}

export function keepSession(token: string, user: SignedInUser): void {
  sessionStorage.setItem(TOKEN, token);
  sessionStorage.setItem(USER, JSON.stringify(user));
}

export function endSession(): void {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
}
