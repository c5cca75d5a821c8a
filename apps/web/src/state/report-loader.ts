// Reports by view: one request per evaluation and filters, shared by the pages, and cancelled when the view changes.
import { body, client } from '../api/client';
import type { PublishedReport } from '../api/report';
import type { ReportQuery } from './view';

const cache = new Map<string, PublishedReport>();

export async function loadReport(evaluation: string, query: ReportQuery, signal: AbortSignal): Promise<PublishedReport> {
  const key = `${evaluation}?${JSON.stringify(query)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const report = await body<PublishedReport>(client.GET('/api/reports/{evaluation}', { params: { path: { evaluation }, query }, signal }));
  if (cache.size > 20) cache.clear();
  cache.set(key, report);
  return report;
}

/** The conclusions in words, both languages, made by the API from the same report (one generator for the text and the pages). */
export interface ReportSummary {
  snapshot: string;
  da: string[];
  en: string[];
}

const summaries = new Map<string, ReportSummary>();

export async function loadSummary(evaluation: string, query: ReportQuery, signal: AbortSignal): Promise<ReportSummary> {
  const key = `${evaluation}?${JSON.stringify(query)}`;
  const hit = summaries.get(key);
  if (hit) return hit;
  const summary = await body<ReportSummary>(client.GET('/api/reports/{evaluation}/summary', { params: { path: { evaluation }, query }, signal }));
  if (summaries.size > 20) summaries.clear();
  summaries.set(key, summary);
  return summary;
}

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
  cache.clear();
  summaries.clear();
  evaluations = null;
}
