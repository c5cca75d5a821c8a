// Contract: a course run in the platform reports exactly as the same course imported from a bundle.
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCESS_ENTITIES } from '@cti/access';
import { COHORT_ENTITIES, CohortImportService, CohortsModule, loadInstrumentRegistry, writeBundle } from '@cti/cohorts';
import { SYSTEM_SCOPE, type CohortBundle, type ContactMode, type EndReason, type FocusDomain, type FocusStatus, type Timepoint } from '@cti/domain';
import { DatabaseModule } from '@cti/persistence';
import { ReportingModule, ReportService } from '@cti/reporting';
import { DataSource } from 'typeorm';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { addMonths } from '../calendar/calendar-date';
import { COURSE_ENTITIES } from './entities';
import { CoursesModule } from './courses.module';
import { ContactsService } from './services/contacts.service';
import { CoursesService } from './services/courses.service';
import { CtiPlanService } from './services/cti-plan.service';
import { LifecycleService } from './services/lifecycle.service';
import { MeasurementsService } from './services/measurements.service';
import { CLOCK } from './tokens';

interface CourseSpec {
  citizen: string;
  worker: string;
  arm: 'cti' | 'control';
  contactStart?: string;
  start: string;
  phase2?: string;
  phase3?: string;
  handover?: string;
  end?: [string, EndReason];
  contacts: [string, number, ContactMode][];
  focus: [FocusDomain, string, FocusStatus][];
  readings: [Timepoint, string, number][]; // timepoint, date, a level that shapes every item
}

const MUNICIPALITY = 253;
const SPECS: CourseSpec[] = Array.from({ length: 8 }, (_, i): CourseSpec => {
  const cti = i % 3 !== 2;
  const start = `2025-0${1 + (i % 6)}-${String(10 + i).padStart(2, '0')}`;
  const month = (m: number) => addMonths(start, m);
  return {
    citizen: `B-${100 + i}`, worker: `W-${i % 2 === 0 ? 'ANNA' : 'BO'}`, arm: cti ? 'cti' : 'control',
    contactStart: cti ? `2025-0${1 + (i % 6)}-0${1 + (i % 5)}` : undefined, start,
    phase2: cti ? month(3) : undefined, phase3: cti && i !== 4 ? month(6) : undefined, handover: cti && i !== 4 ? month(8) : undefined,
    end: i === 4 ? [month(4), 'dropped_out'] : [month(9), 'completed'],
    contacts: [[month(0), 60 + i, 'in_person'], [month(1), 45, 'phone'], [month(4), 30, 'network_meeting']],
    focus: cti ? [['housing', month(0), 'achieved'], ['finances', month(0), i % 2 ? 'active' : 'dropped'], ['social_network', month(1), 'active']] : [],
    readings: [['baseline', month(0), 2 + (i % 3)], ['m9', month(9), i === 4 ? 0 : 4 + (i % 4)]].filter((r) => r[2] !== 0) as [Timepoint, string, number][],
  };
});

const itemValue = (level: number, position: number, min: number, max: number) => Math.min(max, Math.max(min, level + (position % 3) - 1));

describe.each(testDatabases())('registered courses report as imported ones ($name PostgreSQL)', ({ url }) => {
  let ctx: INestApplicationContext;

  beforeAll(async () => {
    await resetDatabase(url);
    @Module({ imports: [DatabaseModule.forRoot([...COHORT_ENTITIES, ...ACCESS_ENTITIES, ...COURSE_ENTITIES], { url }), CohortsModule, CoursesModule, ReportingModule] })
    class TestModule {}
    ctx = await NestFactory.createApplicationContext(TestModule, { logger: ['error'] });
    jest.spyOn(ctx.get(CLOCK), 'now').mockReturnValue(new Date('2027-01-01T12:00:00Z'));
  });
  afterAll(async () => ctx?.close());

  it('builds the courses through the services, imports the equivalent bundle, and gets the same report', async () => {
    const registry = await loadInstrumentRegistry(ctx.get(DataSource).manager);
    const instruments = registry.instruments.filter((i) => ['rs', 'wemwbs', 'sds'].includes(i.code));
    const valuesAt = (level: number, code: string) => Object.fromEntries(instruments.find((i) => i.code === code)!.items.map((item, p) => [item.code, itemValue(level, p, item.min, item.max)]));
    const bundle: CohortBundle = { courses: [], measurements: [], costs: [], contacts: [], focusAreas: [] };

    for (const s of SPECS) {
      const course = await ctx.get(CoursesService).create(SYSTEM_SCOPE, { citizen: s.citizen, municipalityCode: MUNICIPALITY, arm: s.arm, targetGroup: 'housing', worker: s.worker, contactStart: s.contactStart, plannedStart: s.start });
      const life = ctx.get(LifecycleService);
      await life.record(SYSTEM_SCOPE, course.id, { event: 'phase1', date: s.start });
      for (const [domain, setDate, status] of s.focus) {
        const { id } = await ctx.get(CtiPlanService).addFocusArea(SYSTEM_SCOPE, course.id, { domain, setDate });
        if (status !== 'active') await ctx.get(CtiPlanService).setStatus(SYSTEM_SCOPE, course.id, id, status);
      }
      for (const [date, minutes, mode] of s.contacts) await ctx.get(ContactsService).add(SYSTEM_SCOPE, course.id, { date, minutes, mode, with: ['citizen'] });
      for (const [timepoint, date, level] of s.readings) {
        for (const i of instruments) await ctx.get(MeasurementsService).record(SYSTEM_SCOPE, course.id, timepoint, i.code, date, valuesAt(level, i.code));
      }
      if (s.phase2) await life.record(SYSTEM_SCOPE, course.id, { event: 'phase2', date: s.phase2 });
      if (s.phase3) await life.record(SYSTEM_SCOPE, course.id, { event: 'phase3', date: s.phase3 });
      if (s.handover) await life.setHandoverPlan(SYSTEM_SCOPE, course.id, s.handover);
      if (s.end) await life.record(SYSTEM_SCOPE, course.id, { event: 'closed', date: s.end[0], endReason: s.end[1] });

      // The same course, as an evaluator would upload it
      bundle.courses.push({
        courseId: course.courseCode, citizenId: s.citizen, municipalityCode: MUNICIPALITY, arm: s.arm, targetGroup: 'housing', workerId: s.worker, sex: null, birthYear: null,
        contactStart: s.contactStart ?? null, startDate: s.start, phase2Start: s.phase2 ?? null, phase3Start: s.phase3 ?? null,
        endDate: s.end?.[0] ?? null, endReason: s.end?.[1] ?? null, handoverPlanDate: s.handover ?? null,
      });
      bundle.contacts.push(...s.contacts.map(([date, minutes, mode]) => ({ courseId: course.courseCode, date, minutes, mode, workerId: s.worker })));
      bundle.focusAreas.push(...s.focus.map(([domain, setDate, status]) => ({ courseId: course.courseCode, domain, setDate, status })));
      bundle.measurements.push(...s.readings.map(([timepoint, date, level]) => ({
        courseId: course.courseCode, timepoint, date, instruments: instruments.map((i) => i.code),
        values: instruments.flatMap((i) => Object.entries(valuesAt(level, i.code)).map(([item, value]) => ({ instrument: i.code, item, value }))),
      })));
    }

    const dir = mkdtempSync(join(tmpdir(), 'cti-equivalent-'));
    await writeBundle(bundle, registry.instruments, dir);
    const imported = await ctx.get(CohortImportService).import({ kind: 'path', path: dir }, { actor: 'test', evaluation: 'imported-equivalent' });
    expect(imported.errors).toEqual([]);

    const reports = ctx.get(ReportService);
    const { metadata: registered, ...fromRegister } = (await reports.report(SYSTEM_SCOPE, 'register-253')) as unknown as Record<string, unknown>;
    const { metadata: uploaded, ...fromImport } = (await reports.report(SYSTEM_SCOPE, 'imported-equivalent')) as unknown as Record<string, unknown>;
    expect(fromRegister).toEqual(fromImport);
    expect(JSON.stringify(fromRegister).length).toBeGreaterThan(5000); // a full report, not an empty shell
    expect(JSON.stringify(fromRegister)).toContain('rs_mean');
    expect((registered as { snapshot: { id: string } }).snapshot.id).toMatch(/^register-253@v\d+$/);
    expect(uploaded).toBeDefined();
  });
});
