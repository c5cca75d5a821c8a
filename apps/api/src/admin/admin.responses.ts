import { ApiProperty } from '@nestjs/swagger';
import type { ApiTokenSummary } from '@cti/access';
import type { AuditRow, ChainBreak, ChainVerdict } from '@cti/audit';
import { ROLES } from '@cti/domain';

const dateTime = (nullable: boolean, description?: string) => ({ type: 'string' as const, format: 'date-time', nullable, ...(description ? { description } : {}) });

/** An API token as the admin sees it: never the token itself. */
export class ApiTokenSummaryDto implements ApiTokenSummary {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The owner.' }) username: string;
  @ApiProperty() name: string;
  @ApiProperty(dateTime(false)) createdAt: string;
  @ApiProperty(dateTime(true, 'Null: never expires.')) expiresAt: string | null;
  @ApiProperty(dateTime(true)) revokedAt: string | null;
  @ApiProperty(dateTime(true)) lastUsedAt: string | null;
  @ApiProperty({ description: 'Neither revoked nor expired.' }) active: boolean;
}

/** One event of the audit trail. */
export class AuditRowDto implements AuditRow {
  @ApiProperty() id: number;
  @ApiProperty(dateTime(false)) at: string;
  @ApiProperty({ description: 'Username, or `system`.' }) actor: string;
  @ApiProperty({ type: 'integer', nullable: true }) userId: number | null;
  @ApiProperty({ enum: [...ROLES, 'system'] }) role: string;
  @ApiProperty({ example: 'course.read' }) action: string;
  @ApiProperty({ example: 'ok', description: 'ok, denied or failed.' }) outcome: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Evaluation slug.' }) evaluation: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) municipalityCode: number | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'What the action was on (a username, `course 12`, …).' }) target: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The action\'s particulars (filters, counts, before and after).' }) detail: Record<string, unknown>;
  @ApiProperty({ type: 'string', nullable: true, description: 'Where the request came from.' }) origin: string | null;
}

type Intact = Extract<ChainVerdict, { intact: true }>;
type Broken = Extract<ChainVerdict, { intact: false }>;

export class IntactAuditChainDto implements Intact {
  @ApiProperty({ enum: [true] }) intact: true;
  @ApiProperty({ description: 'Rows checked.' }) rows: number;
  @ApiProperty({ description: 'Hash of the last row: note it to tell later that nothing before it changed.' }) headHash: string;
}

export class AuditChainBreakDto implements ChainBreak {
  @ApiProperty({ description: 'Position in the chain.' }) seq: number;
  @ApiProperty({ type: 'integer', nullable: true }) id: number | null;
  @ApiProperty(dateTime(true)) at: string | null;
  @ApiProperty({ description: 'In words: a row missing, not linked to the one before it, or changed.' }) problem: string;
}

export class BrokenAuditChainDto implements Broken {
  @ApiProperty({ enum: [false] }) intact: false;
  @ApiProperty({ description: 'Rows checked.' }) rows: number;
  @ApiProperty({ type: AuditChainBreakDto }) firstBreak: AuditChainBreakDto;
}
