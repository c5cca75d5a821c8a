import { LoginAttempts, loginAccount } from './login-attempts';

describe('failed logins: a refusal per (account, address), a delay per account, never a lock', () => {
  let now = 0;
  const attempts = () => new LoginAttempts(3, 60_000, () => now);

  beforeEach(() => (now = 1_000_000));

  it('refuses an address that failed too often for an account, and no other address', () => {
    const a = attempts();
    for (let i = 0; i < 3; i++) a.failed('anna', 'attacker');
    expect(a.refused('anna', 'attacker')).toBe(true);
    expect(a.refused('anna', 'anna at home')).toBe(false);
    expect(a.refused('bo', 'attacker')).toBe(false);
  });

  it('counts failures only: successes from an address never use up its attempts', () => {
    const a = attempts();
    for (let i = 0; i < 10; i++) a.succeeded('anna', 'home');
    a.failed('anna', 'home');
    expect(a.refused('anna', 'home')).toBe(false);
    expect(a.delayMs('anna')).toBe(0);
  });

  it('slows every attempt on an account failed from many addresses, doubling to a ceiling, and forgets after a success', () => {
    const a = attempts();
    for (let i = 0; i < 3; i++) a.failed('anna', `address ${i}`);
    expect(a.delayMs('anna')).toBe(250);
    a.failed('anna', 'address 3');
    expect(a.delayMs('anna')).toBe(500);
    for (let i = 4; i < 40; i++) a.failed('anna', `address ${i}`);
    expect(a.delayMs('anna')).toBe(5_000);
    expect(a.refused('anna', 'anna at home')).toBe(false);
    a.succeeded('anna', 'anna at home');
    expect(a.delayMs('anna')).toBe(0);
  });

  it('starts afresh when the window has passed', () => {
    const a = attempts();
    for (let i = 0; i < 5; i++) a.failed('anna', 'attacker');
    now += 60_000;
    expect(a.refused('anna', 'attacker')).toBe(false);
    expect(a.delayMs('anna')).toBe(0);
  });

  it('names an account however it is written', () => {
    expect(loginAccount(' ANNA ')).toBe('anna');
    expect(loginAccount(42)).toBe('');
  });
});
