import { ApiProperty } from '@nestjs/swagger';
import type { DatabaseTarget } from '@cti/persistence';

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['embedded', 'postgres'], description: 'The embedded PGlite database or a PostgreSQL server.' }) database: DatabaseTarget['kind'];
  @ApiProperty({ type: 'integer', nullable: true, description: 'Migrations applied; null when the database did not answer in time.' }) migrations: number | null;
  @ApiProperty({ description: 'The database did not answer in time (say, the embedded database writing an import).' }) databaseBusy: boolean;
}
