import { Injectable } from '@nestjs/common';
import type { Clock } from '../calendar/clock';
import { DEFAULT_FIDELITY_NORMS, type FidelityNorms } from '../method/fidelity-norms';

/** Injection token of the Clock. Tests replace its `now` (jest.spyOn) to move time. */
export const CLOCK = Symbol('CLOCK');
export const FIDELITY_NORMS = Symbol('FIDELITY_NORMS');

@Injectable()
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** The manual's norms; a team's caseload norm comes from CTI_CASELOAD_NORM when set. */
export function fidelityNormsFromEnv(env: NodeJS.ProcessEnv = process.env): FidelityNorms {
  const norm = Number(env.CTI_CASELOAD_NORM);
  return { ...DEFAULT_FIDELITY_NORMS, ...(Number.isInteger(norm) && norm > 0 ? { caseloadNorm: norm } : {}) };
}
