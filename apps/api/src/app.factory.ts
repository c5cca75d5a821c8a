import { ValidationPipe, type INestApplication, type NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { ReportWarmup } from '@cti/reporting';
import { AppModule, type AppOptions } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { serveWebPages } from './web-app/serve-web-pages';
import { openApiDocument } from './openapi-document';
import { noStoreOnApi } from './common/no-store';

// Helmet's defaults (CSP with scripts from this origin only, no sniffing, no framing, HSTS, no referrer leaks);
// styles may be inline because the Swagger UI at /api/docs sets some.
const SECURITY_HEADERS = {
  contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"] } },
  referrerPolicy: { policy: 'no-referrer' as const },
};

/** The configured HTTP application, shared by main.ts and the end-to-end tests. */
export async function createApp(options: AppOptions = {}, logger: false | undefined = undefined, nest: NestApplicationOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(options), { logger: logger === false ? ['error'] : undefined, ...nest });
  app.use(helmet(SECURITY_HEADERS));
  app.use(noStoreOnApi);
  app.setGlobalPrefix('api');
  serveWebPages(app); // the web app at /, beside the API at /api
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  if (options.warmReports !== undefined) app.get(ReportWarmup).enabled = options.warmReports;
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app));
  return app;
}
