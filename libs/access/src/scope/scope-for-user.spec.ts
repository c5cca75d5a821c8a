import { mayReadEvaluation, mayWriteRegister } from '@cti/domain';
import { scopeForUser, type ScopeUser } from './scope-for-user';

const user = (role: ScopeUser['role'], extra: Partial<ScopeUser> = {}): ScopeUser => ({ id: 1, username: role, role, municipalityCode: null, evaluations: [], ...extra });

// A register (register-<kommunekode>) is read by its municipality, its member evaluators and admins; nobody else.
describe('who reads a municipality register', () => {
  const scopes = {
    aalborg: scopeForUser(user('municipality', { municipalityCode: 851 })),
    member: scopeForUser(user('evaluator', { evaluations: ['default', 'register-851'] })),
    outsider: scopeForUser(user('evaluator')),
    agency: scopeForUser(user('agency')),
    admin: scopeForUser(user('admin')),
  };
  const readers = (slug: string) => Object.entries(scopes).filter(([, scope]) => mayReadEvaluation(scope, slug)).map(([name]) => name);

  it('gives each register to its own readers only', () => {
    expect(readers('register-851')).toEqual(['aalborg', 'member', 'admin']);
    expect(readers('register-253')).toEqual(['admin']);
    // a name in the register name space that is no register (not a 3-digit code) is an ordinary evaluation name
    expect(readers('register-0851')).toEqual(readers('some-evaluation'));
  });

  it('leaves imported evaluations as they were', () => {
    expect(readers('default')).toEqual(['aalborg', 'member', 'agency']);
  });

  it('lets only the municipality change its register', () => {
    const writers = Object.entries(scopes).filter(([, scope]) => mayWriteRegister(scope, 851)).map(([name]) => name);
    expect(writers).toEqual(['aalborg']);
  });
});
