import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from './domain-error';
import { ERROR_MESSAGES, errorMessage, isErrorCode } from './error-messages';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every code a `new DomainError(kind, code…)` or a subclass's `super(kind, code…)` names, read from the source itself. */
function thrownCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps/api/src')), ...sourceFiles(join(ROOT, 'apps/cli/src'))]) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('DomainError')) continue;
    for (const call of text.matchAll(/(?:new DomainError|super)\(\s*'[a-z_]+',([^;{]*)/g)) {
      for (const literal of call[1].matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) codes.set(literal[1], file.slice(ROOT.length + 1));
    }
  }
  return codes;
}

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the error catalogue', () => {
  const thrown = thrownCodes();

  it('finds the throw sites it checks', () => {
    expect(thrown.size).toBeGreaterThan(50);
  });

  it('has an English and a Danish message for every code thrown in the libraries and apps', () => {
    const missing = [...thrown].filter(([code]) => !isErrorCode(code) || !ERROR_MESSAGES[code].en.trim() || !ERROR_MESSAGES[code].da.trim());
    expect(missing.map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  it('says the same parameters in both languages (Danish may leave a detail out, never add one)', () => {
    for (const [code, { en, da }] of Object.entries(ERROR_MESSAGES)) {
      const english = placeholders(en);
      for (const name of placeholders(da)) expect(`${code}: ${name} in ${english.join(',')}`).toBe(`${code}: ${name} in ${english.includes(name) ? english.join(',') : '(not in English)'}`);
    }
  });

  it('fills the parameters into the message in either language', () => {
    const error = new DomainError('not_found', 'evaluation.not_found', { slug: 'pilot' });
    expect(error.message).toBe("no evaluation 'pilot'");
    expect(errorMessage(error.code, error.params, 'da')).toBe("Evalueringen 'pilot' findes ikke.");
  });
});
