import { DomainError } from '@cti/domain';
import { cliLanguage, errorLine } from './error-output';

describe('the CLI error line', () => {
  it('says a domain error by its code in the shell language', () => {
    const error = new DomainError('not_found', 'user.not_found', { username: 'anna' });
    expect(errorLine(error, 'en')).toBe('error [user.not_found]: no user anna');
    expect(errorLine(error, 'da')).toBe('error [user.not_found]: Brugeren anna findes ikke.');
  });

  it('takes Danish from a da_* locale and English otherwise', () => {
    expect(cliLanguage({ LANG: 'da_DK.UTF-8' })).toBe('da');
    expect(cliLanguage({ LC_ALL: 'en_GB.UTF-8', LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(cliLanguage({})).toBe('en');
  });

  it('says any other failure in one line, as before', () => {
    expect(errorLine(new Error('first line\nsecond'), 'en')).toBe('error: first line');
  });
});
