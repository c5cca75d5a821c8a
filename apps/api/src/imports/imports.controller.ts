import { BadRequestException, Controller, HttpCode, Post, Query, UnprocessableEntityException, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CohortImportService, type ImportResult } from '@cti/cohorts';
import { ImportQueryDto } from './import-request.dto';

export const MAX_UPLOAD_BYTES = Number(process.env.CTI_MAX_UPLOAD_BYTES ?? 50 * 1024 * 1024);
const MAX_FILES = 10;

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: CohortImportService) {}

  @Post()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'A cohort bundle (cohort-format v1): the CSV files, one .zip of them, or one .xlsx workbook, as `files`.',
    schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } },
  })
  @ApiOkResponse({ description: 'Imported (or unchanged): counts per table and the values a re-import changed.' })
  @ApiUnprocessableEntityResponse({ description: 'Rejected: every problem as file:row:column: message; nothing was written.' })
  @UseInterceptors(FilesInterceptor('files', MAX_FILES, { limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_FILES } }))
  async upload(@UploadedFiles() files: Express.Multer.File[] | undefined, @Query() query: ImportQueryDto): Promise<ImportResult> {
    if (!files || files.length === 0) throw new BadRequestException('no files: send the bundle as multipart field `files`');
    const result = await this.imports.import(
      { kind: 'uploads', files: files.map((f) => ({ name: f.originalname, data: f.buffer })) },
      { evaluation: query.evaluation, dryRun: query.dryRun, actor: 'api:anonymous' },
    );
    if (result.outcome === 'rejected') throw new UnprocessableEntityException({ statusCode: 422, message: 'bundle rejected; nothing was written', ...result });
    return result;
  }
}
