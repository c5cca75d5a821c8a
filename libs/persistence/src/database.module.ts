import { Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { appConfig } from '@cti/config';
import { grantApplicationRole, roleOf } from './application-role';
import { createDataSource, openDataSource } from './data-source';
import { redactUrl, resolveDatabaseTarget, type DatabaseTarget } from './database-target';

export const DATABASE_TARGET = Symbol('DATABASE_TARGET');

/**
 * Provides the TypeORM DataSource, on `DATABASE_URL` or on the embedded PostgreSQL in `CTI_DATA_DIR`, migrated on
 * start. On shutdown it closes the pool first and stops the embedded server last.
 */
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
    private readonly dataSource: DataSource,
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  static forRoot(entities: MixedList<Function | string | EntitySchema>, options: { url?: string } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        {
          provide: DATABASE_TARGET,
          useFactory: async (): Promise<DatabaseTarget> => (options.url ? { url: options.url, kind: 'postgres' } : resolveDatabaseTarget()),
        },
        {
          provide: DataSource,
          inject: [DATABASE_TARGET],
          useFactory: async (target: DatabaseTarget) => {
            const logger = new Logger('Database');
            logger.log(`${target.kind === 'embedded' ? 'embedded PostgreSQL' : 'PostgreSQL'} at ${redactUrl(target.url)}`);
            const appUrl = target.kind === 'postgres' && !options.url ? appConfig().CTI_APP_DATABASE_URL : undefined;
            if (!appUrl) return openDataSource({ url: target.url, entities });
            // The owner migrates and grants; the application then works as a role that owns nothing.
            const owner = await openDataSource({ url: target.url, entities });
            try {
              await grantApplicationRole(owner, roleOf(appUrl));
            } finally {
              await owner.destroy();
            }
            logger.log(`the application works as role ${roleOf(appUrl)} (migrations ran as the owner)`);
            const app = createDataSource({ url: appUrl, entities });
            await app.initialize();
            return app;
          },
        },
      ],
      exports: [DataSource, DATABASE_TARGET],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.target.embedded) {
      await this.target.embedded.stop();
      this.logger.log('embedded PostgreSQL stopped');
    }
  }
}
