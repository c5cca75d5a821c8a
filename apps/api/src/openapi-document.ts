import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorResponseDto } from './common/error-response.dto';

const CONFIG = new DocumentBuilder()
  .setTitle('CTI Outcomes')
  .setDescription('Outcome measurement and evaluation of Critical Time Intervention: cohort import, analytics and reports.')
  .setVersion('0.1.0')
  .addBearerAuth()
  .build();

const ERROR_RESPONSE = {
  description: 'A refusal or error: `{ statusCode, code, params, message }` (the code is stable; the message English).',
  content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponseDto) } } },
};

/** The OpenAPI document of the app: served at /api/docs and committed as apps/web/openapi.json for the web app's typed client. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(app, CONFIG, { extraModels: [ErrorResponseDto] });
  // every route answers an error in the one shape of the exception filter, the errors it names (401, 409, …) too
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const responses = operation.responses as Record<string, { description: string; content?: object }>;
      responses.default ??= ERROR_RESPONSE;
      for (const [status, response] of Object.entries(responses)) if (/^[45]\d\d$/.test(status)) response.content ??= ERROR_RESPONSE.content;
    }
  }
  return document;
}
