import { appConfig } from '@cti/config';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { writeAuditEvent } from '@cti/audit';
import { formatLocatedError, mayReadEvaluation, SYSTEM_SCOPE, type AccessScope, type LocatedError, DomainError } from '@cti/domain';
import { readBundleFromPath, readBundleFromUploads, type BundleContext, type BundleFileInfo, type ReadBundleResult } from '../../bundle';
import { loadInstrumentRegistry, loadMunicipalityCodes } from '../registry/instrument-registry';
import { bumpDataVersion, claimEvaluation, DEFAULT_EVALUATION, findEvaluation, lockEvaluation } from './evaluations';
import { changedAnything, emptyCounts, type ChangeRecord, type CountedTable, type TableCounts, type WriteSummary } from './import-summary';
import type { OptionalFile } from './staging';
import { adoptPendingCourses, dropPending, writePendingCourses, type PendingCourses } from './pending-import';
import { lastCurrentBatch, partOf, partsStoredAsInBundle, unchangedSince } from './unchanged-bundle';
import { recordChanges, writeCohort } from './write-cohort';

export type ImportSource = { kind: 'path'; path: string } | { kind: 'uploads'; files: { name: string; data: Buffer }[] };

export interface ImportOptions {
  evaluation?: string;
  dryRun?: boolean;
  /** Who imports: a user name, or `cli:<os user>`. */
  actor: string;
  /** The caller's scope: the evaluation must be one it may read. Default: the system's own (CLI, demo data). */
  scope?: AccessScope;
  /**
   * The user who becomes the first member of the evaluation when this import creates it. Created inside the import's
   * transaction, so a rejected or dry-run import leaves no evaluation behind.
   */
  claimFor?: number;
}

export interface ImportResult {
  outcome: 'imported' | 'unchanged' | 'rejected';
  dryRun: boolean;
  evaluation: string;
  batchId: number | null;
  files: BundleFileInfo[];
  counts: Record<CountedTable, TableCounts>;
  changes: ChangeRecord[];
  coursesNotInBundle: string[];
  errors: string[];
  errorsTruncated: boolean;
  /** The bundle imports, but part of it cannot be used: e.g. an instrument missing some item columns (named). */
  warnings: string[];
}

class DryRunRollback extends Error {}

/**
 * Rows one bundle may hold in all (CTI_MAX_IMPORT_ROWS; a reading counts as one row): a bigger upload is refused with
 * a clear error, not half-read. A national bundle (100,000 generated courses) has about 1.93 million and imports at
 * 0.66–0.67 GB peak RSS, about 0.27 KB per row above the process's own 150 MB (docs/performance.md), so the default of
 * 3 million is about 1 GB.
 */
export const maxImportRows = (): number => appConfig().CTI_MAX_IMPORT_ROWS;

function limitRows(parsed: ReadBundleResult): ReadBundleResult {
  if (!parsed.ok) return parsed;
  const rows = Object.values(parsed.bundle).reduce((sum, table) => sum + (Array.isArray(table) ? table.length : 0), 0);
  if (rows <= maxImportRows()) return parsed;
  return { ok: false, files: parsed.files, truncated: false, errors: [{ file: '(bundle)', message: `${rows} rows: more than the ${maxImportRows()} one import may hold; split it` }] };
}

const OPTIONAL_FILES: OptionalFile[] = ['costs', 'contacts', 'focus_areas'];

/** Which optional files the bundle had: `costs.csv`, `dir/costs.csv` or a workbook's `book.xlsx#costs`. */
function providedFiles(files: BundleFileInfo[]): Set<OptionalFile> {
  const kinds = files.map(partOf);
  return new Set(OPTIONAL_FILES.filter((f) => kinds.includes(f)));
}

function sourceName(source: ImportSource): string {
  return source.kind === 'path' ? source.path : source.files.map((f) => f.name).join(', ');
}

/** Imports a cohort bundle: validate all of it, then write all of it in one transaction, or nothing. */
@Injectable()
export class CohortImportService {
  constructor(private readonly dataSource: DataSource) {}

  private async context(): Promise<BundleContext> {
    const em = this.dataSource.manager;
    const [registry, municipalityCodes] = await Promise.all([loadInstrumentRegistry(em), loadMunicipalityCodes(em)]);
    return { instruments: registry.instruments, municipalityCodes };
  }

  async read(source: ImportSource): Promise<ReadBundleResult> {
    const ctx = await this.context();
    return source.kind === 'path' ? readBundleFromPath(source.path, ctx) : readBundleFromUploads(source.files, ctx);
  }

  async import(source: ImportSource, options: ImportOptions): Promise<ImportResult> {
    const startedAt = new Date();
    const slug = options.evaluation ?? DEFAULT_EVALUATION;
    const dryRun = options.dryRun ?? false;
    const scope = options.scope ?? { ...SYSTEM_SCOPE, actor: options.actor };
    if (!mayReadEvaluation(scope, slug)) throw new DomainError('forbidden', 'evaluation.not_member', { slug });
    const parsed = limitRows(await this.read(source));
    const base = { dryRun, evaluation: slug, files: parsed.files, counts: emptyCounts(), changes: [], coursesNotInBundle: [], errorsTruncated: false, warnings: parsed.ok ? (parsed.warnings ?? []) : [] };
    if (!parsed.ok) {
      const errors = parsed.errors.map(formatLocatedError);
      const batchId = dryRun ? null : await this.recordRejection(slug, source, options.actor, startedAt, parsed.files, parsed.errors);
      if (!dryRun) await writeAuditEvent(this.dataSource.manager, scope, { action: 'import', outcome: 'failed', evaluation: slug, target: sourceName(source), detail: { errors: parsed.errors.length } });
      return { ...base, outcome: 'rejected', batchId, errors, errorsTruncated: parsed.truncated };
    }
    let result: ImportResult | undefined;
    const provided = providedFiles(parsed.files);
    const registry = await loadInstrumentRegistry(this.dataSource.manager);
    // on the embedded database: new courses written first in short transactions of their own (pending-import.ts)
    const pending: PendingCourses | null = await writePendingCourses(this.dataSource, slug, parsed.bundle, registry, provided);
    try {
      await this.dataSource.transaction(async (em) => {
        const evaluation = await lockEvaluation(em, slug);
        if (options.claimFor !== undefined) await claimEvaluation(em, evaluation, options.claimFor);
        // the same files as the last successful batch, with no write since: nothing to compare
        const last = pending ? null : await lastCurrentBatch(em, evaluation.id);
        const known: WriteSummary | null = await unchangedSince(em, evaluation.id, last, parsed.bundle, parsed.files, provided);
        let summary: WriteSummary;
        let staged = !known;
        if (known) summary = known;
        else if (pending) ({ summary, staged } = await adoptPendingCourses(em, evaluation.id, pending, registry, provided));
        else {
          // files of the last batch, with no write since, are what is stored: only the others are compared
          const asStored = await partsStoredAsInBundle(em, evaluation.id, last, parsed.bundle, parsed.files);
          summary = await writeCohort(em, evaluation.id, parsed.bundle, registry, provided, asStored);
        }
        const outcome = changedAnything(summary) ? 'imported' : 'unchanged';
        if (outcome === 'imported') await bumpDataVersion(em, evaluation.id);
        const batchId = await this.recordBatch(em, evaluation.id, {
          actor: options.actor, source: sourceName(source), startedAt, outcome, files: parsed.files, counts: summary.counts, errors: [],
        });
        if (staged) await recordChanges(em, batchId);
        await writeAuditEvent(em, scope, { action: 'import', evaluation: slug, target: sourceName(source), detail: { batchId, outcome, counts: summary.counts } });
        result = { ...base, outcome, batchId: dryRun ? null : batchId, counts: summary.counts, changes: summary.changes, coursesNotInBundle: summary.coursesNotInBundle, errors: [] };
        // A dry run does all the work of an import and then rolls it back, so its counts are exactly what an import would do.
        if (dryRun) throw new DryRunRollback();
      });
    } catch (e) {
      if (!(e instanceof DryRunRollback)) throw e;
    } finally {
      // moved into the evaluation (and deleted) when the import committed; otherwise its courses go now
      // (a failure here leaves it for the next import to remove as stale)
      if (pending) await dropPending(this.dataSource, pending.evaluationId).catch(() => undefined);
    }
    return result!;
  }

  private async recordBatch(
    em: EntityManager, evaluationId: number,
    b: { actor: string; source: string; startedAt: Date; outcome: string; files: BundleFileInfo[]; counts: unknown; errors: string[] },
  ): Promise<number> {
    const [{ id }] = (await em.query(
      `INSERT INTO import_batch (evaluation_id, actor, source, started_at, outcome, files, counts, errors, data_version)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $5 = 'rejected' THEN NULL ELSE data_version END FROM evaluation WHERE id = $1 RETURNING id`,
      [evaluationId, b.actor, b.source, b.startedAt, b.outcome, JSON.stringify(b.files), JSON.stringify(b.counts), JSON.stringify(b.errors)],
    )) as { id: number }[];
    return id;
  }

  /** A refused bundle leaves the cohort data untouched; only the attempt is recorded (when its evaluation exists). */
  private async recordRejection(slug: string, source: ImportSource, actor: string, startedAt: Date, files: BundleFileInfo[], errors: LocatedError[]): Promise<number | null> {
    const evaluation = await findEvaluation(this.dataSource.manager, slug);
    if (!evaluation) return null;
    return this.recordBatch(this.dataSource.manager, evaluation.id, {
      actor, source: sourceName(source), startedAt, outcome: 'rejected', files, counts: {}, errors: errors.slice(0, 50).map(formatLocatedError),
    });
  }
}
