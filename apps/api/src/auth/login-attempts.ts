import { Injectable } from '@nestjs/common';
import { LOGIN_ACCOUNT_RATE_LIMIT, RATE_WINDOW_MS } from './rate-limits';

// The first back-off step and its ceiling: a real user behind an attack waits at most this long, and is never refused.
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5_000;
// Beyond this many tracked names or pairs, windows that have ended are dropped (an attacker may try many names).
const PRUNE_ABOVE = 10_000;

interface Failures {
  count: number;
  since: number;
}

/** The account a login names, however it is written (the user names are lower-case). */
export const loginAccount = (username: unknown): string => (typeof username === 'string' ? username.trim().toLowerCase() : '');

/**
 * Failed logins, counted two ways so that guessing is slowed without letting anyone lock a real user out:
 * - per (account, address): after `limit` failures in the window that address is refused for that account (429), but
 *   the account's owner, from their own address, is not;
 * - per account, from any address: after `limit` failures every further attempt waits, doubling from 250 ms up to 5 s,
 *   before its password is checked — a delay, never a lock.
 * A successful sign-in clears both. Successes are never counted.
 */
@Injectable()
export class LoginAttempts {
  private readonly pairs = new Map<string, Failures>();
  private readonly accounts = new Map<string, Failures>();

  constructor(
    private readonly limit: number = LOGIN_ACCOUNT_RATE_LIMIT,
    private readonly windowMs: number = RATE_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this address has used up its failures for this account in the current window. */
  refused(account: string, address: string): boolean {
    return this.current(this.pairs, pairKey(account, address)) >= this.limit;
  }

  /** How long an attempt on this account waits before its password is checked. */
  delayMs(account: string): number {
    const beyond = this.current(this.accounts, account) - this.limit;
    return beyond < 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** beyond);
  }

  failed(account: string, address: string): void {
    this.count(this.pairs, pairKey(account, address));
    this.count(this.accounts, account);
  }

  succeeded(account: string, address: string): void {
    this.pairs.delete(pairKey(account, address));
    this.accounts.delete(account);
  }

  private current(map: Map<string, Failures>, key: string): number {
    const failures = map.get(key);
    return failures && this.now() - failures.since < this.windowMs ? failures.count : 0;
  }

  private count(map: Map<string, Failures>, key: string): void {
    const now = this.now();
    const failures = map.get(key);
    if (failures && now - failures.since < this.windowMs) failures.count += 1;
    else map.set(key, { count: 1, since: now });
    if (map.size > PRUNE_ABOVE) for (const [k, f] of map) if (now - f.since >= this.windowMs) map.delete(k);
  }
}

const pairKey = (account: string, address: string): string => `${account}\n${address}`;
