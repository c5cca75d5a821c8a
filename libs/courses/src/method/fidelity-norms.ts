// The manual's fidelity rules as numbers. Only the caseload norm varies between teams in practice; all are settable.
export interface FidelityNorms {
  /** Each phase lasts three calendar months, "no more, no less". */
  phaseMonths: number;
  /** The course ends after nine months, even if someone wants it extended. */
  courseMonths: number;
  /** Citizens per full-time worker ("10–12"). */
  caseloadNorm: number;
  /** A phase-1 citizen counts this many times: "with many in phase 1 a lower caseload may be needed". */
  phase1Weight: number;
  focusAreasMin: number;
  focusAreasMax: number;
  /** Handover meetings "at the latest a month before the end". */
  handoverMonthsBeforeEnd: number;
  /** How far ahead a coming phase change is announced. */
  dueSoonDays: number;
  /** A phase change this many days off its planned date breaks "no more, no less". */
  phaseToleranceDays: number;
  /** A phase must have run this long before its contact intensity is compared with the phase before. */
  intensityMinDays: number;
}

export const DEFAULT_FIDELITY_NORMS: FidelityNorms = {
  phaseMonths: 3,
  courseMonths: 9,
  caseloadNorm: 12,
  phase1Weight: 2,
  focusAreasMin: 2,
  focusAreasMax: 3,
  handoverMonthsBeforeEnd: 1,
  dueSoonDays: 14,
  phaseToleranceDays: 14,
  intensityMinDays: 28,
};
