import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, configurationTable, loadConfig } from '@cti/config';

describe('configuration', () => {
  it('has a default for every optional setting', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.CTI_SMALL_CELL_K).toBe(5);
    expect(config.CTI_DEMO_DATA).toBe(true);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads what is set, in its type', () => {
    const config = loadConfig({ CTI_SMALL_CELL_K: '7', CTI_DEMO_DATA: 'false', DATABASE_URL: 'postgres://u@h:5432/d' });
    expect([config.CTI_SMALL_CELL_K, config.CTI_DEMO_DATA, config.DATABASE_URL]).toEqual([7, false, 'postgres://u@h:5432/d']);
  });

  it('refuses a typo instead of turning it into NaN, naming every variable and what it accepts', () => {
    let error: unknown;
    try {
      loadConfig({ CTI_SMALL_CELL_K: 'abc', PORT: '3000.5', CTI_ACCESS_TOKEN_TTL: '5', CTI_JWT_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems).toContainEqual('CTI_SMALL_CELL_K="abc" is not accepted (expected a whole number from 3 to 1000)');
    expect(problems).toContainEqual('CTI_JWT_SECRET="short" is not accepted (expected at least 32 characters)');
  });

  it('takes an empty variable for an unset one, and says what a URL and a switch look like', () => {
    expect(loadConfig({ DATABASE_URL: '', CTI_SMALL_CELL_K: '' }).CTI_SMALL_CELL_K).toBe(5);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow('DATABASE_URL="not a url" is not accepted (expected a URL such as postgres://user:password@host:5432/database)');
    expect(() => loadConfig({ CTI_DEMO_DATA: 'maybe' })).toThrow('CTI_DEMO_DATA="maybe" is not accepted (expected true or false)');
  });

  it('never lets k fall below 3', () => {
    expect(() => loadConfig({ CTI_SMALL_CELL_K: '2' })).toThrow(/CTI_SMALL_CELL_K="2" is not accepted/);
  });

  it("is what README's configuration table says", () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| variable | default | meaning |')).split('\n\n')[0].trim();
    expect(table).toBe(configurationTable());
  });
});
