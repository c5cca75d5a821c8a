// Reports by view: one request per evaluation and filters, shared by the pages, and cancelled when the view changes.
import { body, client } from '../api/client';
import type { PublishedReport } from '../api/report';
import type { ReportQuery } from './view';

/** One answer per evaluation and filters, kept for the session (a few views; cleared when it grows). */
function viewCache<T>(load: (evaluation: string, query: ReportQuery, signal: AbortSignal) => Promise<T>) {
  const cache = new Map<string, T>();
  const get = async (evaluation: string, query: ReportQuery, signal: AbortSignal): Promise<T> => {
    const key = `${evaluation}?${JSON.stringify(query)}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const value = await load(evaluation, query, signal);
    if (cache.size > 20) cache.clear();
    cache.set(key, value);
    return value;
  };
  return { get, clear: () => cache.clear() };
}

const reports = viewCache((evaluation, query, signal) => body<PublishedReport>(client.GET('/api/reports/{evaluation}', { params: { path: { evaluation }, query }, signal })));
export const loadReport = reports.get;

/** The conclusions in words, both languages, made by the API from the same report (one generator for the text and the pages). */
export interface ReportSummary {
  snapshot: string;
  da: string[];
  en: string[];
}

const summaries = viewCache((evaluation, query, signal) => body<ReportSummary>(client.GET('/api/reports/{evaluation}/summary', { params: { path: { evaluation }, query }, signal })));
export const loadSummary = summaries.get;

export interface Evaluation {
  slug: string;
  name: string;
  courses: number;
  dataVersion: number;
}

let evaluations: Evaluation[] | null = null;
export async function loadEvaluations(signal?: AbortSignal, fresh = false): Promise<Evaluation[]> {
  if (!evaluations || fresh) evaluations = await body<Evaluation[]>(client.GET('/api/evaluations', { signal }));
  return evaluations;
}

export function forgetReports(): void {
  reports.clear();
  summaries.clear();
  evaluations = null;
}
