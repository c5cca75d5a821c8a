// The "done when", as a new municipality user would do it through the API, with the clock driven by the test.
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../src/app.factory';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { clockAt, signInAs } from './course-api-client';

const kindsFor = (body: { alerts: { kind: string; courseId?: number }[] }, courseId: number) => body.alerts.filter((a) => a.courseId === courseId).map((a) => a.kind);

describe.each(testDatabases())('a CTI course run through the API ($name PostgreSQL)', ({ url }) => {
  let app: INestApplication;
  let greve: Awaited<ReturnType<typeof signInAs>>;
  let roskilde: Awaited<ReturnType<typeof signInAs>>;
  let today: (date: string) => void;

  beforeAll(async () => {
    await resetDatabase(url);
    app = await createApp({ databaseUrl: url, warmReports: false, demoData: false, jwtSecret: 'x'.repeat(40) }, false);
    await app.init();
    today = clockAt(app);
    greve = await signInAs(app, 'greve.cti', 253);
    roskilde = await signInAs(app, 'roskilde.cti', 265);
  });
  afterAll(async () => app?.close());

  it('registers, moves through contact period and three phases with checklists, contacts and readings, and closes', async () => {
    today('2025-01-06');
    const created = await greve.post('/courses', { citizen: 'B-0001', arm: 'cti', targetGroup: 'housing', worker: 'W-ANNA', referralDate: '2025-01-02', contactStart: '2025-01-06', plannedStart: '2025-01-31' }).expect(201);
    const id = created.body.id as number;
    const course = `/courses/${id}`;
    expect(created.body).toMatchObject({ courseCode: 'F-0001', municipalityCode: 253, phase1Started: false });
    await greve.post(`${course}/contacts`, { date: '2025-01-06', minutes: 45, mode: 'in_person', with: ['citizen'] }).expect(201);
    for (const item of ['cp_first_meetings', 'cp_informed', 'cp_contact_agreement']) await greve.put(`${course}/checklist/${item}`).expect(204);

    // Out of order is refused: phase 2 before phase 1, a future date
    await greve.post(`${course}/phase-changes`, { event: 'phase2', date: '2025-01-06' }).expect(409);
    today('2025-01-31');
    await greve.post(`${course}/phase-changes`, { event: 'phase1', date: '2025-02-01' }).expect(409);
    const phase1 = await greve.post(`${course}/phase-changes`, { event: 'phase1', date: '2025-01-31' }).expect(201);
    expect(phase1.body.warnings).toEqual([]);
    expect(phase1.body.course.schedule).toEqual({ phase2Due: '2025-04-30', phase3Due: '2025-07-31', endDue: '2025-10-31', handoverDue: '2025-09-30' });

    today('2025-02-10');
    const star = await greve.put(`${course}/readings/baseline/rs`, { date: '2025-02-03', values: { mental_health: 3, physical_health: 4, living_skills: 5, social_networks: 2, work: 1, relationships: 4, addictive_behaviour: 6, responsibilities: 3, identity_self_esteem: 2, trust_hope: 5 } }).expect(200);
    expect(star.body.scores).toEqual([{ code: 'rs_mean', label: expect.any(String), value: 3.5 }]);
    expect(star.body.chart.layer[0].mark.type).toBe('arc');
    const svg = await greve.get(`${course}/readings/baseline/rs/chart.svg`).buffer(true).expect(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(String(svg.body)).toMatch(/^<svg/);
    const partial = await greve.put(`${course}/readings/baseline/sds`, { date: '2025-02-03', values: { work: 7, social: 6 } }).expect(200);
    expect(partial.body.scores[0].value).toBeNull(); // a total only from every item
    await greve.put(`${course}/readings/baseline/sds`, { date: '2025-02-03', values: { work: 11, social: 6, family: 5 } }).expect(400);
    await greve.put(`${course}/readings/baseline/nope`, { date: '2025-02-03', values: {} }).expect(404);
    for (const domain of ['housing', 'finances']) await greve.post(`${course}/focus-areas`, { domain, setDate: '2025-02-10' }).expect(201);

    // Phase 1: weekly contact
    for (const date of ['2025-02-07', '2025-02-14', '2025-02-21', '2025-02-28', '2025-03-07', '2025-03-14', '2025-03-21', '2025-03-28', '2025-04-04', '2025-04-11']) {
      today(date);
      await greve.post(`${course}/contacts`, { date, minutes: 60, mode: 'in_person', with: ['citizen'] }).expect(201);
    }

    // The phase change is announced 14 days ahead and is overdue the day after
    today('2025-04-15');
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual([]);
    today('2025-04-16');
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual(['phase_change_due']);
    today('2025-05-01');
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual(['phase_change_overdue']);

    // Phase 3 before phase 2 is refused; phase 2 with one checklist item open is recorded with a warning
    await greve.post(`${course}/phase-changes`, { event: 'phase3', date: '2025-04-30' }).expect(409);
    const p2items = ['p2_transition_done', 'p2_finances', 'p2_needs_mapped', 'p2_plan_made', 'p2_network_started', 'p2_coordination', 'p2_meetings_held', 'p2_local_offers'];
    for (const item of p2items) await greve.put(`${course}/checklist/${item}`, { tickedOn: '2025-04-28' }).expect(204);
    const phase2 = await greve.post(`${course}/phase-changes`, { event: 'phase2', date: '2025-04-30' }).expect(201);
    expect(phase2.body.warnings.map((w: { code: string }) => w.code)).toEqual(['checklist_open']);
    expect(phase2.body.course.events[1].warnings[0].code).toBe('checklist_open'); // recorded with the event
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual(['checklist_open']);
    await greve.put(`${course}/checklist/p2_jobcentre_caseworker`, { tickedOn: '2025-05-01' }).expect(204);
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual([]);

    // Phase 2: fortnightly contact with the network joining in
    for (const date of ['2025-05-02', '2025-05-16', '2025-05-30', '2025-06-13', '2025-06-27', '2025-07-11', '2025-07-25']) {
      today(date);
      await greve.post(`${course}/contacts`, { date, minutes: 60, mode: 'network_meeting', with: ['citizen', 'network'] }).expect(201);
    }
    today('2025-07-31');
    for (const item of ['p3_evaluated', 'p3_plan_adjusted']) await greve.put(`${course}/checklist/${item}`).expect(204);
    expect((await greve.post(`${course}/phase-changes`, { event: 'phase3', date: '2025-07-31' }).expect(201)).body.warnings).toEqual([]);

    // Phase 3: monthly contact; the handover plan is missing from the day after it was due
    for (const date of ['2025-08-15', '2025-09-15']) {
      today(date);
      await greve.post(`${course}/contacts`, { date, minutes: 60, mode: 'in_person', with: ['citizen', 'services'] }).expect(201);
    }
    today('2025-09-30');
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual([]);
    today('2025-10-01');
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual(['handover_plan_missing']);
    await greve.put(`${course}/handover-plan`, { date: '2025-09-26' }).expect(200);
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual([]);
    today('2025-10-17');
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual(['phase_change_due']);

    // Closure: an end before the start of phase 3 is refused; on time, with every checklist ticked, no warnings
    today('2025-10-31');
    await greve.put(`${course}/readings/m9/rs`, { date: '2025-10-30', values: { mental_health: 6, physical_health: 6, living_skills: 7, social_networks: 5, work: 3, relationships: 6, addictive_behaviour: 7, responsibilities: 6, identity_self_esteem: 5, trust_hope: 7 } }).expect(200);
    for (const item of ['end_network_ready', 'end_handover_talks', 'end_handover_plan', 'end_responsibility_anchored']) await greve.put(`${course}/checklist/${item}`).expect(204);
    await greve.post(`${course}/phase-changes`, { event: 'closed', date: '2025-07-01', endReason: 'completed' }).expect(409);
    const closed = await greve.post(`${course}/phase-changes`, { event: 'closed', date: '2025-10-31', endReason: 'completed' }).expect(201);
    expect(closed.body.warnings).toEqual([]);
    expect(closed.body.course).toMatchObject({ stage: 'ended', endDate: '2025-10-31', handoverPlanDate: '2025-09-26', alerts: [] });
    expect(closed.body.course.intensities.map((p: { minutesPer4Weeks: number }) => p.minutesPer4Weeks)).toEqual([msPer4(600, 89), msPer4(420, 92), msPer4(120, 92)]);
    await greve.post(`${course}/phase-changes`, { event: 'closed', date: '2025-10-31', endReason: 'completed' }).expect(409);
    today('2025-12-15');
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, id)).toEqual([]);

    // Another municipality neither sees nor changes it
    expect((await roskilde.get('/courses').expect(200)).body).toEqual([]);
    await roskilde.get(course).expect(404);
    await roskilde.post(`${course}/contacts`, { date: '2025-10-01', minutes: 30, mode: 'phone', with: ['citizen'] }).expect(404);
    expect((await roskilde.get('/fidelity/alerts').expect(200)).body.alerts).toEqual([]);
  });

  it('records each change and each read of course rows in the audit trail, by whom and for which municipality', async () => {
    const { DataSource } = await import('typeorm');
    const rows = (await app.get(DataSource).query(
      `SELECT actor, action, municipality_code FROM audit_event WHERE action LIKE 'course.%' OR action LIKE 'fidelity.%' ORDER BY id`,
    )) as { actor: string; action: string; municipality_code: number | null }[];
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['course.registered', 'course.read', 'course.list', 'fidelity.alerts']) expect(actions).toContain(a);
    expect(rows.filter((r) => r.action === 'course.registered').every((r) => r.actor === 'greve.cti' && Number(r.municipality_code) === 253)).toBe(true);
    expect(rows.some((r) => r.actor === 'greve.cti' && /^course\.(phase|checklist|contact|reading|handover)/.test(r.action))).toBe(true);
  });

  it('warns, without refusing, when phase 2 comes after five months', async () => {
    today('2025-01-10');
    const { body } = await greve.post('/courses', { citizen: 'B-0002', arm: 'cti', worker: 'W-ANNA', plannedStart: '2025-01-10' }).expect(201);
    await greve.post(`/courses/${body.id}/phase-changes`, { event: 'phase1', date: '2025-01-10' }).expect(201);
    today('2025-06-10');
    const late = await greve.post(`/courses/${body.id}/phase-changes`, { event: 'phase2', date: '2025-06-10' }).expect(201);
    expect(late.body.warnings.map((w: { code: string }) => w.code)).toEqual(['phase_length', 'focus_areas', 'checklist_open']);
    expect(late.body.warnings[0].message).toBe('Phase 1 lasted 5 months; each phase lasts 3 months, no more, no less (due 2025-04-10).');
    expect(late.body.warnings[0].params).toEqual({ phase: 1, months: 5, days: 0, phaseMonths: 3, due: '2025-04-10' }); // for the Danish page text
    const alerts = (await greve.get('/fidelity/alerts').expect(200)).body.alerts as { kind: string; params: object; courseId?: number }[];
    expect(alerts.find((a) => a.courseId === body.id && a.kind === 'focus_areas_outside_range')?.params).toEqual({ n: 0, min: 2, max: 3 });
  });

  it('withdraws a course in the contact period: ended with its reason, logged, no alerts, left out of the analyses', async () => {
    today('2025-03-01');
    const { body } = await greve.post('/courses', { citizen: 'B-0003', arm: 'cti', worker: 'W-ANNA', contactStart: '2025-03-01', plannedStart: '2025-04-01' }).expect(201);
    const course = `/courses/${body.id}`;
    today('2025-03-10');
    await greve.post(`${course}/phase-changes`, { event: 'closed', date: '2025-03-10', endReason: 'moved' }).expect(409); // not a closure
    await greve.post(`${course}/phase-changes`, { event: 'withdrawn', date: '2025-02-28', endReason: 'moved' }).expect(409); // before the contact period
    await greve.post(`${course}/phase-changes`, { event: 'withdrawn', date: '2025-03-10', endReason: 'completed' }).expect(409);
    const withdrawn = await greve.post(`${course}/phase-changes`, { event: 'withdrawn', date: '2025-03-10', endReason: 'dropped_out' }).expect(201);
    expect(withdrawn.body.warnings).toEqual([]);
    expect(withdrawn.body.course).toMatchObject({ stage: 'ended', phase1Started: false, startDate: '2025-04-01', endDate: '2025-03-10', endReason: 'dropped_out', schedule: null, alerts: [] });
    expect(withdrawn.body.course.events).toMatchObject([{ event: 'withdrawn', date: '2025-03-10', recordedBy: 'greve.cti' }]);
    await greve.post(`${course}/phase-changes`, { event: 'phase1', date: '2025-03-10' }).expect(409); // ended
    expect(kindsFor((await greve.get('/fidelity/alerts').expect(200)).body, body.id as number)).toEqual([]);

    const { DataSource } = await import('typeorm');
    const { loadSnapshotFromPostgres } = await import('@cti/reporting');
    const [register] = (await app.get(DataSource).query('SELECT evaluation_id FROM register_evaluation WHERE municipality_code = 253')) as { evaluation_id: number }[];
    const snapshot = await loadSnapshotFromPostgres(app.get(DataSource).manager, { evaluationId: register.evaluation_id, slug: 'register-253', dataVersion: 0 });
    const codes = snapshot.tables.courses.getChild('course_id')!.toArray() as string[];
    expect(codes).toContain('F-0001');
    expect(codes).not.toContain(body.courseCode);
  });

  it('corrects and deletes contacts and readings: checked as on entry, scoped, stamped, audited, and the data version moves', async () => {
    const { DataSource } = await import('typeorm');
    const db = app.get(DataSource);
    const version = async () => Number((await db.query(`SELECT data_version FROM evaluation WHERE slug = 'register-253'`))[0].data_version);
    today('2025-03-01');
    const { body } = await greve.post('/courses', { citizen: 'B-0004', arm: 'cti', worker: 'W-ANNA', contactStart: '2025-02-01', plannedStart: '2025-03-01' }).expect(201);
    const course = `/courses/${body.id}`;
    const contact = (await greve.post(`${course}/contacts`, { date: '2025-02-10', minutes: 30, mode: 'phone', with: ['citizen'] }).expect(201)).body.id as number;
    await greve.put(`${course}/readings/baseline/sds`, { date: '2025-02-20', values: { work: 7, social: 6, family: 5 } }).expect(200);
    await greve.put(`${course}/readings/baseline/who5`, { date: '2025-02-20', values: { '01': 3, '02': 3, '03': 3, '04': 3, '05': 3 } }).expect(200);

    // Correct the contact: same checks as on entry
    await greve.put(`${course}/contacts/${contact}`, { date: '2025-01-31', minutes: 45, mode: 'in_person', with: ['citizen'] }).expect(400); // before the contact period
    await greve.put(`${course}/contacts/${contact}`, { date: '2025-03-02', minutes: 45, mode: 'in_person', with: ['citizen'] }).expect(400); // the future
    await greve.put(`${course}/contacts/${contact}`, { date: '2025-02-11', minutes: 0, mode: 'in_person', with: ['citizen'] }).expect(400);
    await greve.put(`${course}/contacts/${contact}`, { date: '2025-02-11', minutes: 45, mode: 'in_person', with: [] }).expect(400);
    await greve.put(`${course}/contacts/999999`, { date: '2025-02-11', minutes: 45, mode: 'in_person', with: ['citizen'] }).expect(404);
    await roskilde.put(`${course}/contacts/${contact}`, { date: '2025-02-11', minutes: 45, mode: 'in_person', with: ['citizen'] }).expect(404);
    const before = await version();
    await greve.put(`${course}/contacts/${contact}`, { date: '2025-02-11', minutes: 45, mode: 'in_person', with: ['citizen', 'network'] }).expect(200);
    expect(await version()).toBe(before + 1);
    expect((await greve.get(course).expect(200)).body.contacts).toEqual([{ id: contact, date: '2025-02-11', minutes: 45, mode: 'in_person', with: ['citizen', 'network'] }]);

    // Re-entering a reading replaces it; deleting one instrument keeps the other at the same timepoint
    await greve.put(`${course}/readings/baseline/sds`, { date: '2025-02-21', values: { work: 4, social: 4, family: 4 } }).expect(200);
    let readings = (await greve.get(course).expect(200)).body.readings as { instrument: string; values: Record<string, number> }[];
    expect(readings.find((r) => r.instrument === 'sds')!.values).toEqual({ work: 4, social: 4, family: 4 });
    await roskilde.delete(`${course}/readings/baseline/sds`).expect(404);
    await greve.delete(`${course}/readings/m3/sds`).expect(404);
    await greve.delete(`${course}/readings/baseline/sds`).expect(204);
    await greve.delete(`${course}/readings/baseline/sds`).expect(404);
    readings = (await greve.get(course).expect(200)).body.readings;
    expect(readings.map((r) => r.instrument)).toEqual(['who5']);
    await greve.delete(`${course}/readings/baseline/who5`).expect(204);
    expect(Number((await db.query('SELECT count(*) AS n FROM measurement WHERE course_id = $1', [body.id]))[0].n)).toBe(0);

    await roskilde.delete(`${course}/contacts/${contact}`).expect(404);
    await greve.delete(`${course}/contacts/${contact}`).expect(204);
    expect((await greve.get(course).expect(200)).body.contacts).toEqual([]);
    const stamps = (await db.query('SELECT what, written_by FROM course_write WHERE course_id = $1 ORDER BY id', [body.id])) as { what: string; written_by: string }[];
    expect(stamps.map((w) => w.what)).toEqual(expect.arrayContaining([`contact ${contact} corrected`, `contact ${contact} deleted`, 'measurement baseline sds deleted']));
    expect(stamps.every((w) => w.written_by === 'greve.cti')).toBe(true);
    const audit = (await db.query(`SELECT action FROM audit_event WHERE target = $1`, [`course ${body.id}`])) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['course.contact', 'course.measurement']));
  });

  it('refuses invalid input and CPR-shaped pseudonyms', async () => {
    await greve.post('/courses', { citizen: '010190-1234', arm: 'cti', plannedStart: '2025-01-10' }).expect(400);
    await greve.post('/courses', { citizen: 'B-9', arm: 'cti', plannedStart: '2025-02-29' }).expect(400);
    await greve.post('/courses', { citizen: 'B-9', arm: 'cti', plannedStart: '2025-01-10', contactStart: '2025-02-01' }).expect(400);
    await greve.post('/courses', { citizen: 'B-9', arm: 'cti', plannedStart: '2025-01-10', municipalityCode: 265 }).expect(403);
  });
});

function msPer4(minutes: number, days: number): number {
  return Math.round((minutes / days) * 28);
}
