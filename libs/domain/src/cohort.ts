import type { Arm, ContactMode, CostCategory, CostUnit, EndReason, FocusDomain, FocusStatus, Sex, TargetGroup, Timepoint } from './vocabulary';

/** A calendar date as ISO `YYYY-MM-DD`; dates carry no time of day anywhere in the cohort model. */
export type IsoDate = string;

export interface CourseRecord {
  courseId: string;
  citizenId: string;
  municipalityCode: number;
  arm: Arm;
  targetGroup: TargetGroup | null;
  workerId: string | null;
  sex: Sex | null;
  birthYear: number | null;
  contactStart: IsoDate | null;
  startDate: IsoDate;
  phase2Start: IsoDate | null;
  phase3Start: IsoDate | null;
  endDate: IsoDate | null;
  endReason: EndReason | null;
  handoverPlanDate: IsoDate | null;
}

/** One item value of one instrument at one course × timepoint. */
export interface ItemValue {
  instrument: string;
  item: string;
  value: number;
}

export interface MeasurementRecord {
  courseId: string;
  timepoint: Timepoint;
  date: IsoDate | null;
  /** Instruments whose columns were present in the upload: administered, even where every item is blank. */
  instruments: readonly string[];
  values: ItemValue[];
}

export interface CostLineRecord {
  courseId: string;
  category: CostCategory;
  fromMonth: number;
  toMonth: number;
  quantity: number | null;
  unit: CostUnit | null;
  unitCostDkk: number | null;
  /** As given in the file; null when it is to be computed as quantity × unit cost. */
  amountDkk: number | null;
}

export interface ContactRecord {
  courseId: string;
  date: IsoDate;
  minutes: number;
  mode: ContactMode;
  workerId: string | null;
}

export interface FocusAreaRecord {
  courseId: string;
  domain: FocusDomain;
  setDate: IsoDate | null;
  status: FocusStatus | null;
}

/** A whole cohort bundle, validated: what the importer produces, the database stores and the exporter writes. */
export interface CohortBundle {
  courses: CourseRecord[];
  measurements: MeasurementRecord[];
  costs: CostLineRecord[];
  contacts: ContactRecord[];
  focusAreas: FocusAreaRecord[];
}

/** The effective amount of a cost line (cohort-format.md: amount_dkk, else quantity × unit_cost_dkk). */
export function costLineAmount(line: Pick<CostLineRecord, 'amountDkk' | 'quantity' | 'unitCostDkk'>): number {
  if (line.amountDkk !== null) return line.amountDkk;
  if (line.quantity !== null && line.unitCostDkk !== null) return line.quantity * line.unitCostDkk;
  return 0;
}
