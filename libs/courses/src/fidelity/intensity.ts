import type { IsoDate } from '@cti/domain';
import { daysBetween, minDate } from '../calendar/calendar-date';
import { phaseOn } from '../method/course-timeline';
import type { FidelityNorms } from '../method/fidelity-norms';
import { aboutCourse, type CourseFacts, type FidelityAlert } from './alert';

export interface PhaseIntensity {
  phase: 1 | 2 | 3;
  days: number;
  minutes: number;
  /** Contact minutes per four weeks, so phases of different length compare. */
  minutesPer4Weeks: number;
}

/** Contact minutes per phase, each over the days the phase has run so far. */
export function phaseIntensities(c: CourseFacts, today: IsoDate): PhaseIntensity[] {
  const t = c.timeline;
  if (!t.phase1Started) return [];
  const stop = t.endDate ? minDate(t.endDate, today) : today;
  const bounds: [IsoDate, IsoDate | null][] = [[t.startDate, t.phase2Start], [t.phase2Start ?? '', t.phase3Start], [t.phase3Start ?? '', null]];
  const out: PhaseIntensity[] = [];
  bounds.forEach(([from, to], i) => {
    if (!from) return;
    const days = daysBetween(from, to ?? stop);
    const phase = (i + 1) as 1 | 2 | 3;
    const minutes = c.contacts.filter((k) => k.date <= stop && phaseOn(t, k.date) === `phase${phase}`).reduce((s, k) => s + k.minutes, 0);
    out.push({ phase, days, minutes, minutesPer4Weeks: days > 0 ? Math.round((minutes / days) * 28) : 0 });
  });
  return out;
}

/** Intensity should fall about 4 : 2 : 1; a phase (run long enough to judge) at or above the one before breaks that. */
export function intensityAlerts(c: CourseFacts, today: IsoDate, norms: FidelityNorms): FidelityAlert[] {
  if (c.timeline.arm !== 'cti') return [];
  const phases = phaseIntensities(c, today);
  const out: FidelityAlert[] = [];
  for (let i = 1; i < phases.length; i++) {
    const [before, now] = [phases[i - 1], phases[i]];
    if (now.days < norms.intensityMinDays || before.minutesPer4Weeks === 0 || now.minutesPer4Weeks < before.minutesPer4Weeks) continue;
    out.push({
      ...aboutCourse(c), kind: 'intensity_not_falling', severity: 'breach',
      params: { phase: now.phase, perFourWeeks: now.minutesPer4Weeks, previousPhase: before.phase, previousPerFourWeeks: before.minutesPer4Weeks },
      message: `Contact in phase ${now.phase} (${now.minutesPer4Weeks} min per 4 weeks) is not below phase ${before.phase} (${before.minutesPer4Weeks}); expected to fall about 4 : 2 : 1.`,
    });
  }
  return out;
}
