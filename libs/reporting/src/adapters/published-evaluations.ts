import type { DataSource } from 'typeorm';
import { fewerThan, type Withheld } from '../disclosure';
import type { AccessScope } from '@cti/domain';
import { PENDING_SLUG_PREFIX } from '@cti/cohorts';

export interface EvaluationSummary {
  slug: string;
  name: string;
  dataVersion: number;
  dataChangedAt: string | null;
  /** Courses the caller may see (a municipality: its own); a small count is withheld for suppressing scopes. */
  courses: number | Withheld;
}

/** The evaluations in the scope (not an import's hidden one, whose courses are still being written), with their course counts filtered by the scope's municipalities in the query itself. */
export async function publishedEvaluations(dataSource: DataSource, scope: AccessScope, k: number): Promise<EvaluationSummary[]> {
  const slugs = scope.evaluationSlugs === 'all' ? null : scope.evaluationSlugs;
  const municipalities = scope.municipalityCodes === 'all' ? null : scope.municipalityCodes;
  const rows = (await dataSource.query(
    `SELECT e.slug, e.name, e.data_version, e.data_changed_at, count(c.id)::int AS courses
     FROM evaluation e
     LEFT JOIN course c ON c.evaluation_id = e.id AND ($2::int[] IS NULL OR c.municipality_code = ANY($2::int[]))
     WHERE ($1::text[] IS NULL OR e.slug = ANY($1::text[])) AND NOT starts_with(e.slug, $3)
     GROUP BY e.id ORDER BY e.slug`,
    [slugs, municipalities, PENDING_SLUG_PREFIX],
  )) as { slug: string; name: string; data_version: number; data_changed_at: Date | null; courses: number }[];
  return rows.map((r) => ({
    slug: r.slug, name: r.name, dataVersion: r.data_version, dataChangedAt: r.data_changed_at?.toISOString() ?? null,
    courses: scope.suppressSmallCells && r.courses > 0 && r.courses < k ? fewerThan(k) : r.courses,
  }));
}
