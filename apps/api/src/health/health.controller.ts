import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DATABASE_TARGET, type DatabaseTarget } from '@cti/persistence';
import { Public } from '../common/access.decorators';
import { DatabaseProbe } from './database-probe';
import { HealthDto } from './health.responses';

const PROBE_WAIT_MS = 500;

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly probe: DatabaseProbe;

  constructor(
    dataSource: DataSource,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {
    this.probe = new DatabaseProbe(dataSource, PROBE_WAIT_MS);
  }

  @Get()
  @Public()
  @ApiOkResponse({ description: `The service is up. \`migrations\` when the database answered within ${PROBE_WAIT_MS} ms; otherwise \`databaseBusy: true\` (say, the embedded database writing an import).`, type: HealthDto })
  async health(): Promise<HealthDto> {
    const result = await this.probe.probe();
    return { status: 'ok', database: this.target.kind, migrations: result.answered ? result.migrations : null, databaseBusy: !result.answered };
  }
}
