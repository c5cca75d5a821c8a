import { Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { openDataSource } from './data-source';
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
            new Logger('Database').log(`${target.kind === 'embedded' ? 'embedded PostgreSQL' : 'PostgreSQL'} at ${redactUrl(target.url)}`);
            return openDataSource({ url: target.url, entities });
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
