import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import { ACCESS_DECISION, type AccessDecision } from '@cti/access';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';

interface RouteInfo {
  route: string;
  decision: AccessDecision | undefined;
}

const PATH = 'path';
const METHOD = 'method';
const VERBS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

/** Every handler of every controller of the running application, with its access decision. */
function registeredRoutes(app: INestApplication): RouteInfo[] {
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH, controller) as string | string[];
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH, handler) === undefined) continue;
        const verb = VERBS[Reflect.getMetadata(METHOD, handler) as number] ?? '?';
        const decision = reflector.getAllAndOverride<AccessDecision | undefined>(ACCESS_DECISION, [handler, controller]);
        routes.push({ route: `${verb} /${[base, Reflect.getMetadata(PATH, handler)].flat().filter((p) => p && p !== '/').join('/')}`, decision });
      }
    }
  }
  return routes;
}

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
    expect(routes.filter((r) => r.decision?.kind === 'public').map((r) => r.route).sort()).toEqual(['GET /health', 'POST /auth/login']);
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
