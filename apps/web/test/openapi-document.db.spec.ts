// The web app's typed client is generated from apps/web/openapi.json; this fails when the API has changed and the
// committed document was not regenerated (CTI_WRITE_OPENAPI=1 npx jest apps/web/test/openapi-document.db.spec.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createApp } from '../../api/src/app.factory';
import { openApiDocument } from '../../api/src/openapi-document';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';

const COMMITTED = join(__dirname, '..', 'openapi.json');

// Answers with a body the document does not describe, so the web pages would have to guess their shape. No exceptions:
// a 204 answers no body, a file is `type: string` (format binary for bytes), a Vega-Lite spec an object.
function untypedAnswers(document: OpenAPIObject): string[] {
  const found: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const success = Object.entries(operation.responses as Record<string, { content?: Record<string, { schema?: object }> }>).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) found.push(`${name}: no 2xx response`);
      for (const [status, { content }] of success) {
        if (status === '204') {
          if (content) found.push(`${name} 204: has a body`);
        } else if (!content) found.push(`${name} ${status}: no content`);
        else for (const [type, media] of Object.entries(content)) if (!media.schema || Object.keys(media.schema).length === 0) found.push(`${name} ${status} ${type}: no schema`);
      }
    }
  }
  return found;
}

describe('the OpenAPI document the web client is generated from', () => {
  let app: INestApplication;
  beforeAll(async () => {
    const { url } = testDatabases()[0];
    await resetDatabase(url);
    app = await createApp({ databaseUrl: url, warmReports: false, demoData: false, jwtSecret: 'o'.repeat(40) }, false);
  });
  afterAll(async () => app?.close());

  it('is the one committed in apps/web/openapi.json', () => {
    const current = `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
    if (process.env.CTI_WRITE_OPENAPI === '1') writeFileSync(COMMITTED, current);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(current);
  });

  it('gives every 2xx answer a schema for each media type it says it returns', () => {
    expect(untypedAnswers(openApiDocument(app))).toEqual([]);
  });
});

describe('untypedAnswers', () => {
  it('names an answer without content, a media type without a schema, a 204 with a body and an operation with no 2xx', () => {
    const document = {
      paths: {
        '/a': { get: { responses: { 200: { description: 'x' } } }, put: { responses: { 204: { description: 'x', content: { 'application/json': { schema: { type: 'object' } } } } } } },
        '/b': { get: { responses: { 200: { description: 'x', content: { 'image/svg+xml': {} } } } }, delete: { responses: { 401: { description: 'x' } } } },
        '/c': { get: { responses: { 200: { description: 'x', content: { 'application/json': { schema: { $ref: '#/components/schemas/C' } } } } } } },
      },
    } as unknown as OpenAPIObject;
    expect(untypedAnswers(document)).toEqual(['GET /a 200: no content', 'PUT /a 204: has a body', 'GET /b 200 image/svg+xml: no schema', 'DELETE /b: no 2xx response']);
  });
});
