import { DomainError, errorMessage, type Language } from '@cti/domain';
import { startupFailure } from '@cti/persistence';

/** The operator's language as the shell's locale says it (LC_ALL, LC_MESSAGES, LANG): Danish for da_*, else English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^da([_.-]|$)/i.test(locale) ? 'da' : 'en';
}

/** One line for a failed command: a domain error by its code, from the catalogue the API and the pages use too. */
export function errorLine(e: unknown, language: Language = cliLanguage()): string {
  if (e instanceof DomainError) return `error [${e.code}]: ${errorMessage(e.code, e.params, language)}`;
  return `error: ${startupFailure(e)}`;
}
