// The web app's typed client is generated from apps/web/openapi.json; this fails when the API has changed and the
// committed document was not regenerated (CTI_WRITE_OPENAPI=1 npx jest apps/web/test/openapi-document.spec.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../api/src/app.factory';
import { openApiDocument } from '../../api/src/openapi-document';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';

const COMMITTED = join(__dirname, '..', 'openapi.json');

describe('the OpenAPI document the web client is generated from', () => {
  let app: INestApplication;
  beforeAll(async () => {
    const { url } = testDatabases()[0];
    await resetDatabase(url);
    app = await createApp({ databaseUrl: url, demoData: false, jwtSecret: 'o'.repeat(40) }, false);
  });
  afterAll(async () => app?.close());

  it('is the one committed in apps/web/openapi.json', () => {
    const current = `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
    if (process.env.CTI_WRITE_OPENAPI === '1') writeFileSync(COMMITTED, current);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(current);
  });
});
