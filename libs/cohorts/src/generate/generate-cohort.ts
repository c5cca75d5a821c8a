import mt19937 from '@stdlib/random-base-mt19937';
import type { CohortBundle, ContactRecord, CostLineRecord, CourseRecord, FocusAreaRecord, InstrumentDefinition, IsoDate, MeasurementRecord, Timepoint } from '@cti/domain';

export interface GenerateOptions {
  courses: number;
  seed: number;
  /** Municipality codes to spread courses over (the seeds' list: 98 at national scale). */
  municipalityCodes: number[];
  instruments: InstrumentDefinition[];
}

// The evaluation's shapes (DOMAIN.md): readings per arm and the share of courses still measured at each timepoint.
const READINGS: Record<'cti' | 'control', { timepoint: Timepoint; month: number; instruments: string[]; retained: number }[]> = {
  cti: [
    { timepoint: 'baseline', month: 0, instruments: ['rs', 'wemwbs', 'sds'], retained: 0.98 },
    { timepoint: 'm3', month: 3, instruments: ['rs'], retained: 0.9 },
    { timepoint: 'm6', month: 6, instruments: ['rs'], retained: 0.86 },
    { timepoint: 'm9', month: 9, instruments: ['rs', 'wemwbs', 'sds'], retained: 0.8 },
    { timepoint: 'm18', month: 18, instruments: ['rs', 'wemwbs', 'sds'], retained: 0.7 },
  ],
  control: [
    { timepoint: 'baseline', month: 0, instruments: ['rs', 'wemwbs', 'sds'], retained: 0.98 },
    { timepoint: 'm9', month: 9, instruments: ['rs', 'wemwbs', 'sds'], retained: 0.77 },
    { timepoint: 'm18', month: 18, instruments: ['rs', 'wemwbs', 'sds'], retained: 0.61 },
  ],
};
// Unit costs of the evaluation (DKK): CTI and § 85 hours, establishment per course, psychiatric bed days.
const HOUR_DKK = 540;
const ESTABLISHMENT_DKK = 6800;
const BED_DAY_DKK = 4100;
// Contacts per phase fall 4 : 2 : 1 (DOMAIN.md); 12 : 6 : 3 over the three months of each phase.
const CONTACTS_PER_PHASE = [12, 6, 3];
const ITEM_GAP = 0.03;
const TARGET_GROUPS = ['housing', 'psychiatric_discharge', 'homelessness', 'shelter', 'aftercare'] as const;
const MODES = ['in_person', 'in_person', 'phone', 'digital', 'network_meeting', 'accompanying'] as const;
const FOCUS_DOMAINS = ['housing', 'mental_health', 'physical_health', 'finances', 'social_network', 'daily_activities', 'education_employment', 'substance_use'] as const;

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as IsoDate;
}

/**
 * A synthetic cohort in the shapes of the CTI evaluation: two arms, attrition per timepoint, item gaps, the
 * evaluation's cost levels, contacts falling 4 : 2 : 1 over the phases, courses spread over the given municipalities.
 * The same options give the same bundle (Mersenne Twister seeded with `seed`).
 */
export function generateCohort(o: GenerateOptions): CohortBundle {
  const rng = mt19937.factory({ seed: o.seed >>> 0 });
  const u = () => rng() / 4294967296;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(u() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(u() * (hi - lo + 1));
  const byCode = new Map(o.instruments.map((i) => [i.code, i]));
  const bundle: CohortBundle = { courses: [], measurements: [], costs: [], contacts: [], focusAreas: [] };
  const perMunicipality = new Map<number, number>();
  for (let n = 0; n < o.courses; n++) {
    const municipality = o.municipalityCodes[n % o.municipalityCodes.length];
    const serial = (perMunicipality.get(municipality) ?? 0) + 1;
    perMunicipality.set(municipality, serial);
    const courseId = `G${municipality}-${String(serial).padStart(6, '0')}`;
    const arm = u() < 0.6 ? 'cti' : 'control';
    const startDate = addDays('2015-01-01' as IsoDate, int(0, 3 * 365));
    const dropped = u() < 0.12;
    const cti = arm === 'cti';
    const days = dropped ? int(20, 80) : 273;
    const course: CourseRecord = {
      courseId, citizenId: `S${o.seed}x${n.toString(36)}`, municipalityCode: municipality, arm, targetGroup: pick(TARGET_GROUPS),
      workerId: cti ? `W${municipality}-${int(1, 8)}` : null, sex: pick(['f', 'm'] as const), birthYear: int(1950, 2003),
      contactStart: cti ? addDays(startDate, -int(3, 25)) : null, startDate,
      phase2Start: cti && !dropped ? addDays(startDate, 91) : null, phase3Start: cti && !dropped ? addDays(startDate, 182) : null,
      endDate: addDays(startDate, days), endReason: dropped ? 'dropped_out' : 'completed',
      handoverPlanDate: cti && !dropped ? addDays(startDate, 200) : null,
    };
    bundle.courses.push(course);
    // a latent level and a slope per course, so readings correlate over time and CTI improves a little more
    const level = u() * 2 - 1;
    const slope = (cti ? 0.08 : 0.04) + (u() - 0.5) * 0.05;
    for (const r of READINGS[arm]) {
      if (u() > r.retained || (dropped && r.month > 0 && (r.month < 18 || u() < 0.6))) continue;
      const m: MeasurementRecord = { courseId, timepoint: r.timepoint, date: addDays(startDate, r.month * 30 + int(-7, 7)), instruments: r.instruments, values: [] };
      for (const code of r.instruments) {
        const instrument = byCode.get(code)!;
        for (const item of instrument.items) {
          if (u() < ITEM_GAP) continue;
          const centre = 0.45 + 0.15 * level + slope * Math.min(r.month, 9) / 3 + (u() - 0.5) * 0.35;
          const value = Math.round(item.min + Math.max(0, Math.min(1, centre)) * (item.max - item.min));
          m.values.push({ instrument: code, item: item.code, value });
        }
      }
      bundle.measurements.push(m);
    }
    if (cti) {
      const hours = Math.round((60 + u() * 60) * (days / 273) * 10) / 10;
      const cost: CostLineRecord[] = [
        { courseId, category: 'establishment', fromMonth: 0, toMonth: 0, quantity: 1, unit: 'course', unitCostDkk: ESTABLISHMENT_DKK, amountDkk: null },
        { courseId, category: 'cti_support', fromMonth: 0, toMonth: 9, quantity: hours, unit: 'hour', unitCostDkk: HOUR_DKK, amountDkk: null },
      ];
      bundle.costs.push(...cost);
      for (let phase = 0; phase < 3; phase++) {
        if (dropped && phase > 0) break;
        const count = Math.max(1, Math.round(CONTACTS_PER_PHASE[phase] * (0.7 + u() * 0.6) * (dropped ? days / 91 : 1)));
        const from = phase * 91;
        const span = dropped ? days : 91;
        for (let k = 0; k < count; k++) {
          const contact: ContactRecord = { courseId, date: addDays(startDate, from + int(0, span - 1)), minutes: pick([30, 45, 60, 90, 120]), mode: pick(MODES), workerId: course.workerId };
          bundle.contacts.push(contact);
        }
      }
      for (let k = 0, areas = int(2, 3); k < areas; k++) {
        const area: FocusAreaRecord = { courseId, domain: FOCUS_DOMAINS[(n + k * 3) % FOCUS_DOMAINS.length], setDate: addDays(startDate, int(0, 30)), status: pick(['active', 'achieved', 'achieved', 'dropped'] as const) };
        bundle.focusAreas.push(area);
      }
    }
    if (!cti || u() < 0.5) {
      bundle.costs.push({ courseId, category: 's85_support', fromMonth: cti ? 9 : 0, toMonth: cti ? 21 : 9, quantity: Math.round((50 + u() * 70) * 10) / 10, unit: 'hour', unitCostDkk: HOUR_DKK, amountDkk: null });
    }
    if (u() < 0.15) {
      const days2 = int(1, 20);
      bundle.costs.push({ courseId, category: 'psychiatric_inpatient', fromMonth: 0, toMonth: 9, quantity: days2, unit: 'day', unitCostDkk: BED_DAY_DKK, amountDkk: days2 * BED_DAY_DKK });
    }
  }
  return bundle;
}
