import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, type AccessScope, type InstrumentDefinition, type IsoDate, type Timepoint } from '@cti/domain';
import { loadInstrumentRegistry, type InstrumentRegistry } from '@cti/cohorts';
import { todayOf, type Clock } from '../../calendar/clock';
import { readingProblems, scoreReading, type ComputedScore, type ReadingValues } from '../../measurements/score-reading';
import { starChartSpec } from '../../measurements/star-chart';
import { writeAuditEvent } from '@cti/audit';
import { courseBegins, requireRegisteredCourse } from '../repository/registered-course';
import { requireRegisterAccess } from '../register-scope';
import { CLOCK } from '../tokens';
import { CourseWrites } from './course-writes';

export interface ReadingView {
  courseId: number;
  timepoint: Timepoint;
  date: IsoDate | null;
  instrument: string;
  edition: string;
  values: Record<string, number | null>;
  scores: ComputedScore[];
  /** For instruments whose items are outcomes of their own (Recovery Star): the reading as a Vega-Lite chart. */
  chart: Record<string, unknown> | null;
}

function instrumentOf(registry: InstrumentRegistry, code: string): InstrumentDefinition {
  const instrument = registry.instruments.find((i) => i.code === code);
  if (!instrument) throw new DomainError('not_found', 'instrument.not_found', { code, choices: registry.instruments.map((i) => i.code).join(', ') });
  return instrument;
}

/** Outcome readings entered per course, instrument and timepoint, checked against the instrument registry in the database. */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CourseWrites) private readonly writes: CourseWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(scope: AccessScope, courseId: number, timepoint: Timepoint, instrumentCode: string, date: IsoDate, values: ReadingValues): Promise<ReadingView> {
    if (date > todayOf(this.clock)) throw new DomainError('invalid', 'reading.in_future', { date });
    await this.writes.change(scope, courseId, `measurement ${timepoint} ${instrumentCode}`, async (em, course) => {
      if (date < courseBegins(course)) throw new DomainError('invalid', 'reading.before_course', { date, begins: courseBegins(course) });
      const registry = await loadInstrumentRegistry(em);
      const instrument = instrumentOf(registry, instrumentCode);
      const problems = readingProblems(instrument, values);
      if (problems.length > 0) throw new DomainError('invalid', 'reading.invalid', { problems: problems.join('; ') });
      const [{ id }] = (await em.query(
        `INSERT INTO measurement (course_id, timepoint, measured_on, instruments) VALUES ($1, $2, $3, ARRAY[$4])
         ON CONFLICT (course_id, timepoint) DO UPDATE SET measured_on = excluded.measured_on,
           instruments = CASE WHEN $4 = ANY(measurement.instruments) THEN measurement.instruments ELSE measurement.instruments || $4 END
         RETURNING id`,
        [courseId, timepoint, date, instrumentCode],
      )) as { id: number }[];
      const itemIds = instrument.items.map((i) => registry.itemIds.get(`${instrument.code}_${i.code}`)!);
      await em.query('DELETE FROM measurement_value WHERE measurement_id = $1 AND item_id = ANY($2::int[])', [id, itemIds]);
      const present = instrument.items.flatMap((item, i) => (values[item.code] === null || values[item.code] === undefined ? [] : [[id, itemIds[i], values[item.code]]]));
      for (const row of present) await em.query('INSERT INTO measurement_value (measurement_id, item_id, value) VALUES ($1, $2, $3)', row);
    });
    return this.reading(scope, courseId, timepoint, instrumentCode);
  }

  /** Deletes one instrument's reading at a timepoint; the timepoint's row goes when no instrument is left on it. */
  async remove(scope: AccessScope, courseId: number, timepoint: Timepoint, instrumentCode: string): Promise<void> {
    await this.writes.change(scope, courseId, `measurement ${timepoint} ${instrumentCode} deleted`, async (em) => {
      const [found] = (await em.query('SELECT id FROM measurement WHERE course_id = $1 AND timepoint = $2 AND $3 = ANY(instruments)', [courseId, timepoint, instrumentCode])) as { id: number }[];
      if (!found) throw new DomainError('not_found', 'reading.not_found', { instrument: instrumentCode, timepoint, courseId });
      await em.query(
        `DELETE FROM measurement_value mv USING instrument_item ii JOIN instrument i ON i.id = ii.instrument_id
         WHERE mv.measurement_id = $1 AND mv.item_id = ii.id AND i.code = $2`, [found.id, instrumentCode]);
      await em.query('UPDATE measurement SET instruments = array_remove(instruments, $2) WHERE id = $1', [found.id, instrumentCode]);
      await em.query(`DELETE FROM measurement WHERE id = $1 AND cardinality(instruments) = 0`, [found.id]);
    });
  }

  async reading(scope: AccessScope, courseId: number, timepoint: Timepoint, instrumentCode: string): Promise<ReadingView> {
    requireRegisterAccess(scope);
    const em = this.dataSource.manager;
    await requireRegisteredCourse(em, scope, courseId);
    const registry = await loadInstrumentRegistry(em);
    const readings = await this.readingsOf(em, registry, courseId);
    const found = readings.find((r) => r.timepoint === timepoint && r.instrument === instrumentCode);
    if (!found) throw new DomainError('not_found', 'reading.not_found', { instrument: instrumentCode, timepoint, courseId });
    return found;
  }

  /** A reading's chart, for a page or a download: a read of row-level data, so it goes into the audit trail. */
  async chartOf(scope: AccessScope, courseId: number, timepoint: Timepoint, instrumentCode: string): Promise<ReadingView['chart']> {
    const found = await this.reading(scope, courseId, timepoint, instrumentCode);
    const course = await requireRegisteredCourse(this.dataSource.manager, scope, courseId);
    await writeAuditEvent(this.dataSource.manager, scope, {
      action: 'course.reading.chart', municipalityCode: course.municipalityCode, target: `course ${courseId}`, detail: { timepoint, instrument: instrumentCode },
    });
    return found.chart;
  }

  /** Every reading of a course (scope already checked by the caller), with the instrument's own scores. */
  async readingsOf(em: EntityManager, registry: InstrumentRegistry, courseId: number): Promise<ReadingView[]> {
    const rows = (await em.query(`
      SELECT m.timepoint, m.measured_on AS date, unnest(m.instruments) AS instrument, m.id
      FROM measurement m WHERE m.course_id = $1 ORDER BY array_position(ARRAY['baseline','m3','m6','m9','m18'], m.timepoint)`, [courseId])) as { timepoint: Timepoint; date: IsoDate | null; instrument: string; id: number }[];
    const values = (await em.query(`
      SELECT mv.measurement_id AS id, i.code AS instrument, ii.code AS item, mv.value::float8 AS value
      FROM measurement_value mv JOIN measurement m ON m.id = mv.measurement_id JOIN instrument_item ii ON ii.id = mv.item_id JOIN instrument i ON i.id = ii.instrument_id
      WHERE m.course_id = $1`, [courseId])) as { id: number; instrument: string; item: string; value: number }[];
    return rows.flatMap((r) => {
      const instrument = registry.instruments.find((i) => i.code === r.instrument);
      if (!instrument) return [];
      const given = Object.fromEntries(values.filter((v) => v.id === r.id && v.instrument === r.instrument).map((v) => [v.item, v.value]));
      const all = Object.fromEntries(instrument.items.map((i) => [i.code, given[i.code] ?? null]));
      const title = `${instrument.nameDa ?? instrument.name}, ${r.timepoint}${r.date ? ` (${r.date})` : ''}`;
      return [{
        courseId, timepoint: r.timepoint, date: r.date, instrument: instrument.code, edition: instrument.edition, values: all,
        scores: scoreReading(instrument, all), chart: instrument.itemsAreOutcomes ? starChartSpec(instrument, all, title) : null,
      }];
    });
  }
}
