import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { Fidelity, PhaseLengthSummary } from './report-types';

interface PhaseLengthRow extends PhaseLengthSummary {
  phase: 'phase1' | 'phase2' | 'phase3';
}

interface ContactPhaseRow {
  phase: string;
  minutes: number;
  n: number;
}

const PHASES = ['1', '2', '3'] as const;

/** fidelity: phase lengths against three months, and contact minutes by phase against the 4 : 2 : 1 intensity. */
export async function fidelitySection(connection: DuckDBConnection): Promise<Fidelity> {
  const lengths = await queryFile<PhaseLengthRow>(connection, 'phase_length_summary');
  const contacts = await queryFile<ContactPhaseRow>(connection, 'contact_minutes_by_phase');
  const [{ n }] = await queryFile<{ n: number }>(connection, 'cti_course_count');
  const minutes = Object.fromEntries(PHASES.map((p) => [p, contacts.find((c) => c.phase === p)?.minutes ?? 0]));
  const phaseLength = (phase: PhaseLengthRow['phase']): PhaseLengthSummary => {
    const row = lengths.find((l) => l.phase === phase);
    return { n: row?.n ?? 0, median: row?.median ?? null, within_14_days_of_91: row?.within_14_days_of_91 ?? 0 };
  };
  return {
    n,
    phase_length_days: { phase1: phaseLength('phase1'), phase2: phaseLength('phase2'), phase3: phaseLength('phase3') },
    contact_minutes_by_phase: minutes,
    // analysis-spec.md: each phase's minutes ÷ phase 3's minutes (the method expects about 4 : 2 : 1).
    intensity_ratio: Object.fromEntries(PHASES.map((p) => [p, minutes['3'] > 0 ? minutes[p] / minutes['3'] : null])),
    contact_courses_by_phase: Object.fromEntries(PHASES.map((p) => [p, contacts.find((c) => c.phase === p)?.n ?? 0])),
  };
}
