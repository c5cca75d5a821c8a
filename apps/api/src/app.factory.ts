import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppModule, type AppOptions } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { noStoreOnApi } from './common/no-store';
import { serveWebPages } from '../../web/serve-web-pages';

// Helmet's defaults (CSP with scripts from this origin only, no sniffing, no framing, HSTS, no referrer leaks);
// styles may be inline because the Swagger UI at /api/docs sets some.
const SECURITY_HEADERS = {
  contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"] } },
  referrerPolicy: { policy: 'no-referrer' as const },
};

/** The configured HTTP application, shared by main.ts and the end-to-end tests. */
export async function createApp(options: AppOptions = {}, logger: false | undefined = undefined): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(options), { logger: logger === false ? ['error'] : undefined });
  app.use(helmet(SECURITY_HEADERS));
  app.use(noStoreOnApi);
  app.setGlobalPrefix('api');
  serveWebPages(app); // the municipality pages at /, beside the API at /api
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  const config = new DocumentBuilder()
    .setTitle('CTI Outcomes')
    .setDescription('Outcome measurement and evaluation of Critical Time Intervention: cohort import, analytics and reports.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config));
  return app;
}
