import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import { registeredRoutes } from '@cti/testing/access-matrix';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';

// Default-deny, checked: a route someone adds without @Public() or @Roles(...) fails here (and is refused at run time).
describe('every route has an access decision', () => {
  const [db] = testDatabases();
  let app: INestApplication;
  beforeAll(async () => {
    app = await openApiApp(db.url, { demoData: false });
  });
  afterAll(async () => app?.close());

  it('finds the routes, and each one is @Public or names its roles', () => {
    const routes = registeredRoutes(app);
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(routes.filter((r) => !r.decision).map((r) => r.route)).toEqual([]);
    // public routes are few and named here, so a new one is a deliberate choice
    expect(routes.filter((r) => r.decision?.kind === 'public').map((r) => r.route).sort()).toEqual(['GET /api/health', 'POST /api/auth/login']);
  });

  it('enumerates as many operations as the OpenAPI document has', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const operations = Object.values(document.paths).flatMap((p) => Object.keys(p).filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k)));
    expect(registeredRoutes(app)).toHaveLength(operations.length);
  });

  it('refuses every non-public route without a token', async () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        if (!(item as Record<string, unknown>)[method]) continue;
        const concrete = path.replace(/\{[^}]+\}/g, (p) => (p === '{id}' ? '1' : 'x1'));
        const res = await request(app.getHttpServer())[method](concrete);
        const isPublic = ['/api/health', '/api/auth/login'].includes(path);
        if (!isPublic) expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 401 });
      }
    }
  });
});
