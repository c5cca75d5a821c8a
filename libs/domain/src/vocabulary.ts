// The closed vocabularies of cohort bundle format v1 (cohort-format.md). One list each, used by parser, database checks and UI.
export const ARMS = ['cti', 'control'] as const;
export type Arm = (typeof ARMS)[number];

export const TARGET_GROUPS = ['housing', 'psychiatric_discharge', 'homelessness', 'shelter', 'prostitution', 'aftercare', 'other'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const SEXES = ['f', 'm', 'x'] as const;
export type Sex = (typeof SEXES)[number];

export const END_REASONS = ['completed', 'dropped_out', 'moved', 'died', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const TIMEPOINTS = ['baseline', 'm3', 'm6', 'm9', 'm18'] as const;
export type Timepoint = (typeof TIMEPOINTS)[number];

export const COST_CATEGORIES = ['establishment', 'cti_support', 's85_support', 'psychiatric_inpatient', 'somatic_inpatient', 'emergency', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const COST_UNITS = ['hour', 'day', 'course', 'dkk'] as const;
export type CostUnit = (typeof COST_UNITS)[number];

export const CONTACT_MODES = ['in_person', 'phone', 'digital', 'network_meeting', 'accompanying', 'other'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

export const FOCUS_DOMAINS = ['housing', 'mental_health', 'physical_health', 'finances', 'social_network', 'daily_activities', 'education_employment', 'substance_use', 'other'] as const;
export type FocusDomain = (typeof FOCUS_DOMAINS)[number];

export const FOCUS_STATUSES = ['active', 'achieved', 'dropped'] as const;
export type FocusStatus = (typeof FOCUS_STATUSES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
