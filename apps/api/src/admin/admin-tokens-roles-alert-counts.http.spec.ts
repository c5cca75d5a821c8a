import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { SYSTEM_SCOPE } from '@cti/domain';
import { UsersService } from '@cti/access';
import { CoursesService } from '@cti/courses';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';

const PASSWORD = 'correct horse battery staple';

describe.each(testDatabases())('admin: roles and everyone’s tokens; the agency’s alert counts, on $name PostgreSQL', ({ url }) => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const tokenOf = async (username: string) => (await http().post('/api/auth/login').send({ username, password: PASSWORD }).expect(200)).body.accessToken as string;
  let admin: string;

  beforeAll(async () => {
    app = await openApiApp(url);
    const users = app.get(UsersService);
    await users.create({ username: 'boss', role: 'admin', password: PASSWORD });
    await users.create({ username: 'eva', role: 'evaluator', password: PASSWORD });
    await users.create({ username: 'styrelsen', role: 'agency', password: PASSWORD });
    admin = await tokenOf('boss');
    const courses = app.get(CoursesService);
    // six CTI courses in Aalborg's register, past their planned phase change (alerts), one in Greve's
    for (let i = 0; i < 6; i++) await courses.create(SYSTEM_SCOPE, { citizen: `PALRT${i}X`, worker: 'WALRTX', municipalityCode: 851, arm: 'cti', contactStart: '2025-01-06', plannedStart: '2025-02-03' });
    await courses.create(SYSTEM_SCOPE, { citizen: 'PGREVE1X', worker: 'WGREVEX', municipalityCode: 253, arm: 'cti', contactStart: '2025-01-06', plannedStart: '2025-02-03' });
  });
  afterAll(async () => app?.close());

  it('changes a role, drops memberships with the evaluator role, and keeps the last admin', async () => {
    await http().put('/api/admin/evaluations/default/members/eva').set('Authorization', `Bearer ${admin}`).expect(204);
    const changed = await http().patch('/api/admin/users/eva').set('Authorization', `Bearer ${admin}`).send({ role: 'municipality', municipalityCode: 851 }).expect(200);
    expect(changed.body).toMatchObject({ role: 'municipality', municipalityCode: 851, evaluations: [] });
    await http().patch('/api/admin/users/eva').set('Authorization', `Bearer ${admin}`).send({ role: 'municipality' }).expect(400);
    await http().patch('/api/admin/users/eva').set('Authorization', `Bearer ${admin}`).send({ role: 'agency', municipalityCode: 851 }).expect(400);
    await http().patch('/api/admin/users/boss').set('Authorization', `Bearer ${admin}`).send({ role: 'agency' }).expect(409);
    const audit = (await http().get('/api/admin/audit?action=user.role').set('Authorization', `Bearer ${admin}`).expect(200)).body as { target: string; detail: { before: { role: string } } }[];
    expect(audit[0]).toMatchObject({ target: 'eva', detail: { before: { role: 'evaluator' } } });
  });

  it('lists everyone’s tokens without the secret, and revokes another user’s token', async () => {
    const agency = await tokenOf('styrelsen');
    const created = (await http().post('/api/auth/tokens').set('Authorization', `Bearer ${agency}`).send({ name: 'script' }).expect(201)).body as { id: number; token: string };
    const list = await http().get('/api/admin/tokens?username=styrelsen').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: created.id, username: 'styrelsen', name: 'script', active: true, revokedAt: null })]);
    expect(list.text).not.toContain(created.token);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${created.token}`).expect(200);
    await http().delete(`/api/admin/tokens/${created.id}`).set('Authorization', `Bearer ${admin}`).expect(204);
    await http().delete(`/api/admin/tokens/${created.id}`).set('Authorization', `Bearer ${admin}`).expect(404);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${created.token}`).expect(401);
    await http().get('/api/admin/tokens').set('Authorization', `Bearer ${agency}`).expect(403);
    const audit = (await http().get('/api/admin/audit?action=token.revoke').set('Authorization', `Bearer ${admin}`).expect(200)).body as { detail: { owner: string } }[];
    expect(audit[0].detail.owner).toBe('styrelsen');
  });

  it('gives the agency counts per team only, small counts withheld, no course, citizen or worker', async () => {
    const agency = await tokenOf('styrelsen');
    const res = await http().get('/api/fidelity/alert-counts').set('Authorization', `Bearer ${agency}`).expect(200);
    const teams = res.body.teams as { municipalityCode: number; openCourses: unknown; alerts: unknown; byKind: Record<string, unknown> }[];
    const aalborg = teams.find((t) => t.municipalityCode === 851)!;
    const greve = teams.find((t) => t.municipalityCode === 253)!;
    expect(aalborg.openCourses).toBe(6);
    expect(typeof aalborg.alerts).toBe('number');
    for (const v of Object.values(aalborg.byKind)) expect(v === 0 || (typeof v === 'number' && v >= 5) || (v as { suppressed?: boolean }).suppressed).toBe(true);
    expect(greve.openCourses).toMatchObject({ suppressed: true });
    expect(Object.values(greve.byKind).every((v) => (v as { suppressed?: boolean }).suppressed)).toBe(true);
    expect(res.text).not.toMatch(/PALRT|PGREVE|WALRT|WGREVE|K851|courseId/);
    await http().get('/api/fidelity/alerts').set('Authorization', `Bearer ${agency}`).expect(403);
  });
});
