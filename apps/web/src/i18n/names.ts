// Names for the codes in the data, in the current language: outcomes from the instrument registry (GET /api/instruments),
// municipalities from seeds/municipalities.csv, the closed vocabularies from vocabulary.ts.
import municipalitiesCsv from '../../../../seeds/municipalities.csv?raw';
import { client, typedBody } from '../api/client';
import type { components } from '../api/schema';
import { lang, t } from './i18n';
import { ARM, COST_CATEGORY, END_REASON, LADDER_STAGE, SCORE, TARGET_GROUP, TIMEPOINT, nameIn } from './vocabulary';

export type Instrument = components['schemas']['InstrumentDefinitionDto'];

let instruments: Instrument[] = [];
export const instrumentList = (): Instrument[] => instruments;

export async function loadInstruments(): Promise<void> {
  if (instruments.length === 0) instruments = await typedBody(client.GET('/api/instruments'));
}

export const MUNICIPALITIES: ReadonlyMap<number, string> = new Map(
  municipalitiesCsv.trim().split('\n').slice(1).map((line) => {
    const [code, name] = line.split(',');
    return [Number(code), name] as const;
  }),
);

export const municipalityName = (code: number | null | undefined): string => (code == null ? t.common.all : (MUNICIPALITIES.get(code) ?? String(code)));
export const armName = (code: string): string => nameIn(ARM, code, lang);
export const timepointName = (code: string): string => nameIn(TIMEPOINT, code, lang);
export const targetGroupName = (code: string): string => nameIn(TARGET_GROUP, code, lang);
export const categoryName = (code: string): string => nameIn(COST_CATEGORY, code, lang);
export const stageName = (code: string): string => nameIn(LADDER_STAGE, code, lang);
export const endReasonName = (code: string): string => (code === '' ? t.common.withheld : nameIn(END_REASON, code, lang));

function instrumentOf(outcome: string): { instrument?: Instrument; item?: Instrument['items'][number] } {
  for (const instrument of instruments) {
    if (instrument.scores.some((s) => s.code === outcome)) return { instrument };
    const item = instrument.items.find((i) => `${instrument.code}_${i.code}` === outcome);
    if (item) return { instrument, item };
  }
  return {};
}

/** "Recovery-stjernen: Håndtering af psykisk sygdom", "Funktionsnedsættelse (SDS i alt)". */
export function outcomeName(code: string): string {
  if (SCORE[code]) return nameIn(SCORE, code, lang);
  const { instrument, item } = instrumentOf(code);
  if (instrument && item) return `${lang === 'da' ? (instrument.nameDa ?? instrument.name) : instrument.name}: ${lang === 'da' ? (item.labelDa ?? item.label) : item.label}`;
  return code;
}
/** An item's own label without the instrument ("Håndtering af psykisk sygdom"). */
export function itemName(code: string): string {
  const { item } = instrumentOf(code);
  return item ? (lang === 'da' ? (item.labelDa ?? item.label) : item.label) : outcomeName(code);
}
export function higherIsBetter(code: string): boolean {
  return instrumentOf(code).instrument?.higherIsBetter ?? true;
}
export const instrumentCodeOf = (code: string): string => instrumentOf(code).instrument?.code ?? code.split('_')[0];
