import { stageOf } from '../method/course-timeline';
import type { FidelityNorms } from '../method/fidelity-norms';
import type { CourseFacts, FidelityAlert } from './alert';

export interface WorkerCaseload {
  municipalityCode: number;
  worker: string;
  /** Open CTI courses: contact period and phases 1–3. */
  active: number;
  inPhase1: number;
  /** Phase-1 citizens weigh double: "with many in phase 1 a lower caseload may be needed". */
  weighted: number;
}

export function workerCaseloads(courses: CourseFacts[], norms: FidelityNorms): WorkerCaseload[] {
  const byWorker = new Map<string, WorkerCaseload>();
  for (const c of courses) {
    const stage = stageOf(c.timeline);
    if (!c.worker || c.timeline.arm !== 'cti' || stage === 'ended') continue;
    const key = `${c.municipalityCode}\u0000${c.worker}`;
    const load = byWorker.get(key) ?? { municipalityCode: c.municipalityCode, worker: c.worker, active: 0, inPhase1: 0, weighted: 0 };
    load.active++;
    if (stage === 'phase1') load.inPhase1++;
    load.weighted += stage === 'phase1' ? norms.phase1Weight : 1;
    byWorker.set(key, load);
  }
  return [...byWorker.values()].sort((a, b) => a.municipalityCode - b.municipalityCode || a.worker.localeCompare(b.worker));
}

export function caseloadAlerts(loads: WorkerCaseload[], norms: FidelityNorms): FidelityAlert[] {
  return loads
    .filter((l) => l.weighted > norms.caseloadNorm)
    .map((l) => ({
      kind: 'caseload_above_norm' as const, severity: 'breach' as const, municipalityCode: l.municipalityCode, worker: l.worker,
      params: { worker: l.worker, active: l.active, inPhase1: l.inPhase1, weighted: l.weighted, norm: norms.caseloadNorm },
      message: `${l.worker} has ${l.active} citizens (${l.inPhase1} in phase 1, counted double): weighted caseload ${l.weighted}, above the norm of ${norms.caseloadNorm}.`,
    }));
}
