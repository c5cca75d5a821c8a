import { BadRequestException, Controller, HttpCode, Post, Query, UnprocessableEntityException, UploadedFiles, UseGuards, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiExtraModels, ApiConsumes, ApiOkResponse, ApiPayloadTooLargeResponse, ApiServiceUnavailableResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ImportResultDto, TableCountsDto } from './import.responses';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { EvaluationMembersService } from '@cti/access';
import { AuditService } from '@cti/audit';
import { ReportWarmup } from '@cti/reporting';
import { CohortImportService, DEFAULT_EVALUATION, type ImportResult } from '@cti/cohorts';
import { mayReadEvaluation, type AccessScope } from '@cti/domain';
import { RATE_WINDOW_MS, UPLOAD_RATE_LIMIT } from '../auth/rate-limits';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { ImportGateInterceptor, IMPORT_RETRY_AFTER_SECONDS } from './import-gate.interceptor';
import { ImportQueryDto } from './import-request.dto';
import { MAX_FILES, MAX_UPLOAD_BYTES } from './upload-limits';
import { UploadLimitsInterceptor } from './upload-limits.interceptor';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: CohortImportService,
    private readonly members: EvaluationMembersService,
    private readonly audit: AuditService,
    private readonly warmup: ReportWarmup,
  ) {}

  @Post()
  @Roles('evaluator')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: UPLOAD_RATE_LIMIT, ttl: RATE_WINDOW_MS } })
  @ApiTooManyRequestsResponse({ description: 'Too many uploads from this address; wait a minute.' })
  @ApiPayloadTooLargeResponse({ description: `A file over ${MAX_UPLOAD_BYTES} bytes, or more than ${MAX_FILES} files.` })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'A cohort bundle (cohort-format v1): the CSV files, one .zip of them, or one .xlsx workbook, as `files`.',
    schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } },
  })
  @ApiExtraModels(TableCountsDto)
  @ApiOkResponse({ description: 'Imported (or unchanged): counts per table and the values a re-import changed.', type: ImportResultDto })
  @ApiUnprocessableEntityResponse({ description: 'Rejected: every problem as file:row:column: message; nothing was written.' })
  @ApiServiceUnavailableResponse({ description: `Another import is running (one at a time); Retry-After says when to try again (${IMPORT_RETRY_AFTER_SECONDS} s).` })
  // The gate comes first, so a refused upload is not even read.
  @UseInterceptors(ImportGateInterceptor, UploadLimitsInterceptor, FilesInterceptor('files', MAX_FILES, { limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_FILES } }))
  async upload(
    @CurrentScope() scope: AccessScope,
    @UploadedFiles() files: Express.Multer.File[] | undefined,
    @Query() query: ImportQueryDto,
  ): Promise<ImportResult> {
    if (!files || files.length === 0) throw new BadRequestException('no files: send the bundle as multipart field `files`');
    const evaluation = query.evaluation ?? DEFAULT_EVALUATION;
    // a new evaluation is created and claimed inside the import's transaction: a rejected or dry run leaves none behind
    const importScope = await this.members.claimForImport(scope, evaluation);
    const claimFor = mayReadEvaluation(scope, evaluation) || scope.userId === null ? undefined : scope.userId;
    const result = await this.imports.import(
      { kind: 'uploads', files: files.map((f) => ({ name: f.originalname, data: f.buffer })) },
      { evaluation, dryRun: query.dryRun, actor: scope.actor, scope: importScope, claimFor },
    );
    // a dry run writes nothing (its own audit row rolls back with it) but returns stored values: it is recorded here
    if (result.dryRun) {
      await this.audit.record(scope, {
        action: 'import.dry_run', outcome: result.outcome === 'rejected' ? 'failed' : 'ok', evaluation, target: files.map((f) => f.originalname).join(', '),
        detail: { outcome: result.outcome, counts: result.counts },
      });
    }
    // the new data version's report and disclosure pattern, computed now rather than on its first reader's request
    if (!result.dryRun && result.outcome === 'imported') this.warmup.afterImport(result.evaluation);
    if (result.outcome === 'rejected') throw new UnprocessableEntityException({ statusCode: 422, message: 'bundle rejected; nothing was written', ...result });
    return result;
  }
}
