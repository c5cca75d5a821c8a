// The view lives in the URL hash (#/progression?evaluation=default&municipality=851&…), so a copied link opens it again.
import type { operations } from '../api/schema';

export type ReportQuery = NonNullable<operations['ReportsController_report']['parameters']['query']>;

export interface View {
  page: string;
  params: URLSearchParams;
}

export function currentView(): View {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  return { page: path || '', params: new URLSearchParams(query ?? '') };
}

export function viewHref(page: string, params: URLSearchParams = new URLSearchParams()): string {
  const q = params.toString();
  return `#/${page}${q ? `?${q}` : ''}`;
}

/** The report filters a view carries. */
export const FILTER_KEYS = ['evaluation', 'municipality', 'targetGroup', 'startFrom', 'startTo', 'baselineRule', 'national'] as const;

export function filtersOf(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) out.set(key, value);
  }
  return out;
}

/** The report's query parameters (typed by the OpenAPI document) from the URL. */
export function reportQuery(params: URLSearchParams): ReportQuery {
  const query: ReportQuery = { bootstrap: 200 };
  const municipality = Number(params.get('municipality'));
  if (params.get('municipality') && Number.isInteger(municipality)) query.municipality = municipality;
  const group = params.get('targetGroup');
  if (group) query.targetGroup = group as ReportQuery['targetGroup'];
  // the period of start dates (phase 1), both ends inclusive
  const isDate = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);
  const from = params.get('startFrom');
  const to = params.get('startTo');
  if (isDate(from)) query.startFrom = from;
  if (isDate(to)) query.startTo = to;
  const rule = params.get('baselineRule');
  if (rule === 'first' || rule === 'lower_of_first_two') query.baselineRule = rule;
  if (params.get('national') === 'true') query.national = true;
  return query;
}
