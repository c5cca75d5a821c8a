import type { PhaseEvent } from '../method/phase-events';

// The manual's checklists are data (seeds/checklists), so wording can be corrected without a code change.
export const CHECKLISTS = ['contact_period', 'phase2', 'phase3', 'closure'] as const;
export type ChecklistCode = (typeof CHECKLISTS)[number];

export interface ChecklistItemDefinition {
  code: string;
  da: string;
  en: string;
}

export interface ChecklistDefinition {
  code: ChecklistCode;
  /** The phase change the checklist must be complete before. */
  gates: PhaseEvent;
  titleDa: string;
  titleEn: string;
  items: ChecklistItemDefinition[];
}

/** The checklist a change must follow; none for a withdrawal, where the method's steps were never reached. */
export function checklistGating(event: PhaseEvent): ChecklistCode | null {
  return ({ phase1: 'contact_period', phase2: 'phase2', phase3: 'phase3', closed: 'closure', withdrawn: null } as const)[event];
}
