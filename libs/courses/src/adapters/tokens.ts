import { Injectable } from '@nestjs/common';
import { appConfig } from '@cti/config';
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

/** The manual's norms, with the caseload norm of the configuration (CTI_CASELOAD_NORM, default the manual's 12). */
export function fidelityNormsFromConfig(): FidelityNorms {
  return { ...DEFAULT_FIDELITY_NORMS, caseloadNorm: appConfig().CTI_CASELOAD_NORM };
}
