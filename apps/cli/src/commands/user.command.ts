import { InvalidArgumentError, type Command } from 'commander';
import { ApiTokenService, EvaluationMembersService, UsersService } from '@cti/access';
import { AuditService } from '@cti/audit';
import { ROLES, type Role } from '@cti/domain';
import { out, say, withCliContext } from '../cli-context';
import { operatorScope } from '../operator-scope';
import { readPassword } from './read-password';
import { municipalityCode, oneOf, wholeNumber } from './report-options';

interface CreateFlags {
  username: string;
  role: Role;
  municipality?: number;
  passwordStdin?: boolean;
}

// `user …`: accounts are made here by the operator (the first admin always: there is no default password anywhere).
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('accounts: create users, issue API tokens, evaluation memberships');

  user
    .command('create')
    .description('create a user; the password is asked for (or read from stdin with --password-stdin), never defaulted')
    .requiredOption('-u, --username <name>', 'user name (lower-case letters, digits, . _ -)')
    .requiredOption('-r, --role <role>', `one of ${ROLES.join(', ')}`, oneOf(ROLES))
    .option('-m, --municipality <code>', 'municipality code (municipality role only)', municipalityCode)
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (flags: CreateFlags) => {
      if ((flags.role === 'municipality') !== (flags.municipality !== undefined)) {
        throw new InvalidArgumentError('--municipality is required for, and only for, the municipality role');
      }
      const password = await readPassword(`password for ${flags.username}: `, flags.passwordStdin ?? false);
      const scope = operatorScope();
      const created = await withCliContext(async (ctx) => {
        const u = await ctx.get(UsersService).create({ username: flags.username, role: flags.role, municipalityCode: flags.municipality, password });
        await ctx.get(AuditService).record(scope, { action: 'user.create', target: u.username, municipalityCode: u.municipalityCode, detail: { role: u.role } });
        return u;
      });
      say(`created ${created.role} ${created.username}${created.municipalityCode ? ` (municipality ${created.municipalityCode})` : ''}`);
    });

  user
    .command('token')
    .description('issue an API token for a user (for scripts: send it as Authorization: Bearer <token>); printed once')
    .requiredOption('-u, --username <name>', 'the user the token acts as')
    .option('-n, --name <label>', 'what the token is for', 'cli')
    .option('--days <days>', 'expire after this many days (default: until revoked)', wholeNumber(1, 3650))
    .action(async (flags: { username: string; name: string; days?: number }) => {
      const scope = operatorScope();
      const created = await withCliContext(async (ctx) => {
        const u = await ctx.get(UsersService).require(flags.username);
        const token = await ctx.get(ApiTokenService).create(u.id, flags.name, flags.days);
        await ctx.get(AuditService).record(scope, { action: 'token.create', target: `api_token ${token.id}`, detail: { user: u.username, name: flags.name, expiresAt: token.expiresAt } });
        return token;
      });
      out(created.token);
      say(`API token ${created.id} for ${flags.username}${created.expiresAt ? `, expires ${created.expiresAt}` : ''}; it is not shown again`);
    });

  user
    .command('grant')
    .description('make an evaluator a member of an evaluation')
    .requiredOption('-u, --username <name>', 'the evaluator')
    .requiredOption('-e, --evaluation <slug>', 'the evaluation')
    .action(async (flags: { username: string; evaluation: string }) => {
      const scope = operatorScope();
      await withCliContext(async (ctx) => {
        await ctx.get(EvaluationMembersService).add(flags.evaluation, flags.username);
        await ctx.get(AuditService).record(scope, { action: 'membership.add', evaluation: flags.evaluation, target: flags.username });
      });
      say(`${flags.username} is a member of '${flags.evaluation}'`);
    });
}
