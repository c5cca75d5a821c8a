import type { InstrumentDefinition } from '@cti/domain';
import { outcomesOf } from '@cti/domain';

export interface OutcomeLabel {
  code: string;
  /** English, with the field's Danish name in brackets: "Recovery Star (Recovery-stjernen)". */
  instrument: string;
  /** The outcome within its instrument: "SDS total", "Managing mental health". */
  label: string;
  /** The outcome on its own: "SDS total", "Recovery Star: Managing mental health". */
  fullLabel: string;
  /** "higher = better", or the instrument's own words ("higher = more impaired"). */
  direction: string;
  higherIsBetter: boolean;
}

export type OutcomeCatalogue = ReadonlyMap<string, OutcomeLabel>;

const withoutBrackets = (text: string) => text.replace(/\s*\(.*\)\s*$/, '');

/** The English name with the Danish one the field uses beside it. */
export function instrumentTitle(instrument: InstrumentDefinition): string {
  const danish = instrument.nameDa && withoutBrackets(instrument.nameDa);
  return danish && danish !== instrument.name ? `${instrument.name} (${danish})` : instrument.name;
}

// A score label such as "SDS total (0–30, higher is more impaired)" says which way is worse in the instrument's words.
function directionOf(instrument: InstrumentDefinition): string {
  const words = instrument.scores.map((s) => /higher is ([^,)]+)/.exec(s.label)?.[1]).find(Boolean);
  return `higher = ${words ?? (instrument.higherIsBetter ? 'better' : 'worse')}`;
}

/** Labels and directions of every outcome, from the instrument registry (instruments are data). */
export function outcomeCatalogue(instruments: readonly InstrumentDefinition[]): OutcomeCatalogue {
  const catalogue = new Map<string, OutcomeLabel>();
  for (const instrument of instruments) {
    const title = instrumentTitle(instrument);
    const direction = directionOf(instrument);
    for (const outcome of outcomesOf(instrument)) {
      const score = instrument.scores.find((s) => s.code === outcome.code);
      const item = instrument.items.find((i) => `${instrument.code}_${i.code}` === outcome.code);
      const label = score ? withoutBrackets(score.label) : (item?.label ?? outcome.code);
      catalogue.set(outcome.code, {
        code: outcome.code, instrument: title, label, fullLabel: score ? label : `${instrument.name}: ${label}`, direction, higherIsBetter: outcome.higherIsBetter,
      });
    }
  }
  return catalogue;
}

/** The label of an outcome, or its code when the registry does not know it. */
export function labelOf(catalogue: OutcomeCatalogue, code: string): OutcomeLabel {
  return catalogue.get(code) ?? { code, instrument: 'Other', label: code, fullLabel: code, direction: 'higher = better', higherIsBetter: true };
}
