import { ConfigError } from '@cti/config';
import { startupFailure } from './startup-failure';

describe('startupFailure', () => {
  it('says a configuration problem as it is', () => {
    expect(startupFailure(new ConfigError(['PORT="x" is not accepted (expected a whole number from 1 to 65535)']))).toBe(
      'configuration: PORT="x" is not accepted (expected a whole number from 1 to 65535)',
    );
  });

  it('says why the database could not be reached, pointing at DATABASE_URL', () => {
    expect(startupFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(
      'cannot reach the database (refused the connection); check DATABASE_URL',
    );
    expect(startupFailure(Object.assign(new Error('password authentication failed for user "x"'), { code: '28P01' }))).toMatch(/password authentication failed/);
  });

  it('keeps only the first line of anything else', () => {
    expect(startupFailure(new Error('first\n    at stack frame'))).toBe('first');
  });
});
