import { hostname, userInfo } from 'node:os';
import { SYSTEM_SCOPE, type AccessScope } from '@cti/domain';

/** The CLI acts with the machine's own authority; the audit trail names the operating-system user who ran it. */
export function operatorScope(): AccessScope {
  return { ...SYSTEM_SCOPE, actor: `cli:${userInfo().username}`, origin: `cli ${hostname()}` };
}
