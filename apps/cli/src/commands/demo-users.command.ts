import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { EvaluationMembersService, UsersService, type NewUser } from '@cti/access';
import { AuditService } from '@cti/audit';
import { DEFAULT_EVALUATION } from '@cti/cohorts';
import { out, say, withCliContext } from '../cli-context';
import { operatorScope } from '../operator-scope';

// One account per role on the demo data: Aalborg (851) and Greve (253) are both in seeds/demo-cohort.
const DEMO_USERS: Omit<NewUser, 'password'>[] = [
  { username: 'demo-admin', role: 'admin' },
  { username: 'demo-evaluator', role: 'evaluator' },
  { username: 'demo-agency', role: 'agency' },
  { username: 'demo-aalborg', role: 'municipality', municipalityCode: 851 },
  { username: 'demo-greve', role: 'municipality', municipalityCode: 253 },
];

export function registerDemoUsersCommand(program: Command): void {
  program
    .command('demo-users')
    .description('create one user per role for trying the demo data, with random passwords printed once (existing ones are left alone)')
    .action(async () => {
      const scope = operatorScope();
      const created = await withCliContext(async (ctx) => {
        const users = ctx.get(UsersService);
        const made: { username: string; role: string; password: string }[] = [];
        for (const demo of DEMO_USERS) {
          if (await users.find(demo.username)) {
            say(`${demo.username} exists already; left as it is`);
            continue;
          }
          const password = randomBytes(15).toString('base64url');
          await users.create({ ...demo, password });
          await ctx.get(AuditService).record(scope, { action: 'user.create', target: demo.username, municipalityCode: demo.municipalityCode ?? null, detail: { role: demo.role, demo: true } });
          made.push({ username: demo.username, role: demo.role, password });
        }
        // the evaluator analyses the demo evaluation (loaded by `npm start`), when it is there
        if (made.some((m) => m.username === 'demo-evaluator')) {
          await ctx.get(EvaluationMembersService).add(DEFAULT_EVALUATION, 'demo-evaluator').catch(() => say(`no evaluation '${DEFAULT_EVALUATION}' yet: run \`cti-outcomes user grant -u demo-evaluator -e ${DEFAULT_EVALUATION}\` after importing`));
        }
        return made;
      });
      for (const m of created) out(`${m.role.padEnd(13)} ${m.username.padEnd(15)} ${m.password}`);
      if (created.length > 0) say('passwords are shown this once; sign in with POST /api/auth/login {"username", "password"}');
    });
}
