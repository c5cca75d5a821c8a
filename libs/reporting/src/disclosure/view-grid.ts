/** A view a caller can choose: national or one municipality, all target groups or one. */
export interface View {
  municipalityCode?: number;
  targetGroup?: string;
}

export const viewKey = (v: View): string => `${v.municipalityCode ?? 'national'}|${v.targetGroup ?? 'all'}`;

/** Every view: (municipalities present ∪ national) × (target groups present ∪ all). */
export function gridViews(municipalities: readonly number[], targetGroups: readonly string[]): View[] {
  const ms: (number | undefined)[] = [undefined, ...municipalities];
  const tgs: (string | undefined)[] = [undefined, ...targetGroups];
  return ms.flatMap((municipalityCode) => tgs.map((targetGroup) => ({ municipalityCode, targetGroup })));
}

/**
 * The sums between views: a figure of the national view is the sum of the municipalities' views, and a figure over all
 * target groups the sum of the target groups' views, at every crossing (a municipality × all target groups included).
 */
export function gridSums(municipalities: readonly number[], targetGroups: readonly string[]): { total: View; parts: View[] }[] {
  const sums: { total: View; parts: View[] }[] = [];
  for (const targetGroup of [undefined, ...targetGroups]) {
    if (municipalities.length > 0) sums.push({ total: { targetGroup }, parts: municipalities.map((municipalityCode) => ({ municipalityCode, targetGroup })) });
  }
  for (const municipalityCode of [undefined, ...municipalities]) {
    if (targetGroups.length > 0) sums.push({ total: { municipalityCode }, parts: targetGroups.map((targetGroup) => ({ municipalityCode, targetGroup })) });
  }
  return sums;
}
