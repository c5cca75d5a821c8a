import { ApiProperty } from '@nestjs/swagger';

class BundleFileDto {
  @ApiProperty({ example: 'courses.csv', description: 'A file, or `cohort.xlsx#courses` for a workbook sheet.' }) name: string;
  @ApiProperty() sha256: string;
  @ApiProperty() bytes: number;
  @ApiProperty({ description: 'Data rows (header and blank rows not counted).' }) rows: number;
}

class TableCountsDto {
  @ApiProperty() inBundle: number;
  @ApiProperty() inserted: number;
  @ApiProperty() updated: number;
  @ApiProperty() deleted: number;
  @ApiProperty() unchanged: number;
}

class ChangeRecordDto {
  @ApiProperty() tableName: string;
  @ApiProperty() recordKey: string;
  @ApiProperty() field: string;
  @ApiProperty({ type: 'string', nullable: true }) oldValue: string | null;
  @ApiProperty({ type: 'string', nullable: true }) newValue: string | null;
}

/** What an import did, or (a dry run) would do; a rejected bundle answers 422 with the same fields and its errors. */
export class ImportResultDto {
  @ApiProperty({ enum: ['imported', 'unchanged', 'rejected'] }) outcome: string;
  @ApiProperty() dryRun: boolean;
  @ApiProperty() evaluation: string;
  @ApiProperty({ type: 'integer', nullable: true }) batchId: number | null;
  @ApiProperty({ type: [BundleFileDto] }) files: BundleFileDto[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/TableCountsDto' }, description: 'Per table.' }) counts: Record<string, TableCountsDto>;
  @ApiProperty({ type: [ChangeRecordDto] }) changes: ChangeRecordDto[];
  @ApiProperty({ type: [String], description: 'Courses stored earlier that the bundle does not contain: kept, never silently deleted.' }) coursesNotInBundle: string[];
  @ApiProperty({ type: [String], description: '`file:row:column: message`' }) errors: string[];
  @ApiProperty() errorsTruncated: boolean;
}

export { TableCountsDto };
