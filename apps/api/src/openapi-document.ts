import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

const CONFIG = new DocumentBuilder()
  .setTitle('CTI Outcomes')
  .setDescription('Outcome measurement and evaluation of Critical Time Intervention: cohort import, analytics and reports.')
  .setVersion('0.1.0')
  .addBearerAuth()
  .build();

/** The OpenAPI document of the app: served at /api/docs and committed as apps/web/openapi.json for the web app's typed client. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(app, CONFIG);
}
