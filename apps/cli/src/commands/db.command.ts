import type { Command } from 'commander';
import { appConfig } from '@cti/config';
import { ensureApplicationRole, grantApplicationRole, openDataSource, redactUrl, roleOf } from '@cti/persistence';
import { say } from '../cli-context';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('the database itself');
  db.command('migrate')
    .description('as the schema owner (DATABASE_URL): bring the schema up to date and, with CTI_APP_DATABASE_URL, create the application role if missing and grant it its rights')
    .action(async () => {
      const { DATABASE_URL: ownerUrl, CTI_APP_DATABASE_URL: appUrl } = appConfig();
      if (!ownerUrl) throw new Error('db migrate needs DATABASE_URL (the schema owner); the embedded database migrates itself at start');
      const owner = await openDataSource({ url: ownerUrl, entities: [] });
      try {
        if (appUrl) {
          await ensureApplicationRole(owner, appUrl);
          await grantApplicationRole(owner, roleOf(appUrl));
        }
      } finally {
        await owner.destroy();
      }
      say(`schema up to date at ${redactUrl(ownerUrl)}${appUrl ? `; the application works as role ${roleOf(appUrl)}` : ''}`);
    });
}
