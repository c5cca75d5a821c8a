import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DATABASE_TARGET, type DatabaseTarget } from '@cti/persistence';
import { Public } from '../common/access.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The service is up and its database answers.' })
  async health(): Promise<{ status: 'ok'; database: 'embedded' | 'postgres'; migrations: number }> {
    const rows = (await this.dataSource.query('SELECT count(*)::int AS n FROM migrations')) as { n: number }[];
    return { status: 'ok', database: this.target.kind, migrations: rows[0].n };
  }
}
