import type { TeamAlertCounts } from '@cti/courses';
import { suppressPartition, smallCount, fewerThan, type Withheld } from '@cti/reporting';

type Count = number | Withheld;
export interface PublishedTeamAlerts {
  municipalityCode: number;
  name: string;
  openCourses: Count;
  alerts: Count;
  byKind: Record<string, Count>;
}

/**
 * The small-cell rule on alert counts: a team with fewer than k open courses shows no counts at all; otherwise a count of
 * 1..k−1 alerts of a kind is withheld, and, since the kinds add up to the team's total, the next smallest with it.
 */
export function publishAlertCounts(teams: TeamAlertCounts[], k: number): PublishedTeamAlerts[] {
  return teams.map((team) => {
    const out: PublishedTeamAlerts = { ...team, byKind: { ...team.byKind } };
    if (team.openCourses < k) {
      const marker = fewerThan(k);
      return { ...out, openCourses: smallCount(team.openCourses, k) ? marker : team.openCourses, alerts: marker, byKind: Object.fromEntries(Object.keys(team.byKind).map((kind) => [kind, marker])) };
    }
    if (smallCount(team.alerts, k)) out.alerts = fewerThan(k);
    suppressPartition(Object.keys(team.byKind).map((kind) => ({ count: team.byKind[kind as keyof typeof team.byKind], withhold: (marker: Withheld) => { out.byKind[kind] = marker; } })), k);
    return out;
  });
}
