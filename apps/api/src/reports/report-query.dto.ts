import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { TARGET_GROUPS, type AccessScope } from '@cti/domain';
import type { ReportOptions } from '@cti/analytics';
import { BooleanQuery, MunicipalityField, OneOfField, WholeNumberField } from '../common/field.decorators';

const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A period of start dates: real dates, from ≤ to; only for scopes that see unsuppressed figures. The disclosure pattern
 * covers the views of municipality × target group, not periods: the whole cohort minus one year would publish the other
 * years' withheld figures (docs/disclosure-control.md), so agency and municipality users get no period filter yet.
 */
function checkPeriod(scope: AccessScope, from?: string, to?: string): void {
  for (const [name, value] of [['startFrom', from], ['startTo', to]] as const) {
    if (value && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
      throw new BadRequestException({ statusCode: 400, code: 'report.period.invalid_date', params: { name, value }, message: `${name}: ${value} is not a date` });
    }
  }
  if (from && to && from > to) throw new BadRequestException({ statusCode: 400, code: 'report.period.reversed', params: { from, to }, message: `startFrom ${from} is after startTo ${to}` });
  if (scope.suppressSmallCells && (from || to)) {
    throw new BadRequestException({
      statusCode: 400, code: 'report.period.not_published', params: { from: from ?? '', to: to ?? '' },
      message: 'a period of start dates is not offered where small numbers are withheld: two periods would give withheld figures away by their difference',
    });
  }
}

/** The report's filters and choices, as query parameters; every one validated. */
export class ReportQueryDto {
  @MunicipalityField('Only courses of this municipality (3-digit kommunekode).')
  municipality?: number;

  @BooleanQuery('A municipality user: the national figures instead of its own (both small-cell suppressed).')
  national?: boolean;

  @OneOfField(TARGET_GROUPS, {}, true)
  targetGroup?: string;

  @ApiPropertyOptional({ description: 'Only courses whose phase 1 started on or after this date (YYYY-MM-DD). Agency and municipality users: a 1 January.', example: '2015-01-01' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'startFrom: a date YYYY-MM-DD' })
  startFrom?: string;

  @ApiPropertyOptional({ description: 'Only courses whose phase 1 started on or before this date (YYYY-MM-DD). Agency and municipality users: a 31 December.', example: '2016-12-31' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'startTo: a date YYYY-MM-DD' })
  startTo?: string;

  @OneOfField(['first', 'lower_of_first_two'], { description: 'Recovery Star baseline rule.' }, true)
  baselineRule?: 'first' | 'lower_of_first_two';

  @ApiPropertyOptional({ description: 'Effect measure of the cost-effectiveness analysis.', example: 'wemwbs_total' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9_]{1,64}$/)
  ceOutcome?: string;

  @OneOfField(['m9', 'm18'], {}, true)
  ceTimepoint?: 'm9' | 'm18';

  @OneOfField([9, 21], {}, true)
  @Type(() => Number)
  ceHorizon?: 9 | 21;

  @WholeNumberField(0, 20000, { description: 'Bootstrap replicates (0 skips the bootstrap).', default: 1000 }, true)
  bootstrap?: number;

  // the generator's seed is a 32-bit word
  @WholeNumberField(0, 2 ** 32 - 1, { description: 'Bootstrap seed: the same seed gives the same result.', default: 1 }, true)
  seed?: number;

  @ApiPropertyOptional({ description: 'Annual discount rate for costs beyond month 12 (0 gives undiscounted figures).', default: 0.035 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(0.2)
  discountRate?: number;

  @WholeNumberField(1990, 2100, { description: 'The year whose prices the unit costs are in (stated in the CHEERS section).', example: 2024 }, true)
  priceYear?: number;

  /** The report options; a municipality user's report defaults to its own municipality (the service refuses any other). */
  toOptions(scope: AccessScope): ReportOptions {
    checkPeriod(scope, this.startFrom, this.startTo);
    const own = scope.municipalityCodes !== 'all' && scope.municipalityCodes.length === 1 ? scope.municipalityCodes[0] : undefined;
    return {
      municipalityCode: this.municipality ?? (this.national ? undefined : own),
      targetGroup: this.targetGroup,
      startFrom: this.startFrom,
      startTo: this.startTo,
      baselineRule: this.baselineRule,
      costEffectiveness: { outcome: this.ceOutcome, timepoint: this.ceTimepoint, horizonMonths: this.ceHorizon, bootstrapIterations: this.bootstrap, seed: this.seed },
      economics: { discountRate: this.discountRate, priceYear: this.priceYear },
    };
  }
}

export const TABLE_FORMATS = ['json', 'csv', 'arrow', 'parquet'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export class SectionQueryDto extends ReportQueryDto {
  @OneOfField(TABLE_FORMATS, { default: 'json', description: 'Result tables can be downloaded as CSV, Arrow IPC or Parquet.' }, true)
  format?: TableFormat;
}
