import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { appConfig } from '@cti/config';
import { ReportService } from './report.service';

/**
 * After an import, the evaluation's default report and its disclosure pattern are computed in the background, so its
 * first readers find them in the cache: at national scale the agency's first report would otherwise wait minutes for
 * the pattern. A newer import of the same evaluation supersedes one still warming. Failures are logged, never
 * thrown: a request computes whatever is missing.
 */
@Injectable()
export class ReportWarmup implements OnApplicationShutdown {
  /** CTI_WARM_REPORTS; the test apps turn it off (AppOptions.warmReports) so that no test computes reports it did not ask for. */
  enabled = appConfig().CTI_WARM_REPORTS;
  private readonly running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private readonly logger = new Logger('ReportWarmup');

  constructor(private readonly reports: ReportService) {}

  afterImport(slug: string): void {
    if (!this.enabled) return;
    this.running.get(slug)?.abort.abort(new Error('superseded by a newer import'));
    const abort = new AbortController();
    const done = this.reports.warm(slug, abort.signal)
      .catch((error: unknown) => {
        if (!abort.signal.aborted) this.logger.warn(`reports of '${slug}' not computed ahead: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        if (this.running.get(slug)?.abort === abort) this.running.delete(slug);
      });
    this.running.set(slug, { abort, done });
  }

  /** Resolves once every warm-up started so far has ended. */
  async settled(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  onApplicationShutdown(): void {
    for (const r of this.running.values()) r.abort.abort(new Error('shutting down'));
  }
}
