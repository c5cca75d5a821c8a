import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { appConfig } from '@cti/config';
import { ReportService } from './report.service';

/** How often the data versions are read: a new version waits one to two intervals (the pattern takes minutes at national scale). */
export const WARM_POLL_MS = 5_000;

interface Warming {
  abort: AbortController;
  done: Promise<void>;
  /** the data version being computed, once its source is read */
  version?: number;
}

/**
 * Computes an evaluation's default report and disclosure pattern ahead of its readers: at national scale the
 * agency's first report would otherwise wait minutes for the pattern.
 * - After an API import, at once (`afterImport`).
 * - After any other change of a data version (a CLI import, course workflow, another API process, a restart),
 *   found by reading the data versions every WARM_POLL_MS (`poll`): a version unchanged over one interval is
 *   warmed, one evaluation at a time, the most recently changed first. Edits in a burst are warmed once, after it.
 * A newer version of the same evaluation supersedes one still warming. Failures are logged, never thrown: a
 * request computes whatever is missing.
 */
@Injectable()
export class ReportWarmup implements OnApplicationBootstrap, OnApplicationShutdown {
  /** CTI_WARM_REPORTS; the test apps turn it off (AppOptions.warmReports) so that no test computes reports it did not ask for. */
  enabled = appConfig().CTI_WARM_REPORTS;
  private readonly running = new Map<string, Warming>();
  /** per evaluation, the last version warmed or failed (a failed one is not tried again) */
  private readonly attempted = new Map<string, number>();
  /** the versions the last poll read */
  private lastPoll = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private readonly logger = new Logger('ReportWarmup');

  constructor(private readonly reports: ReportService) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => void this.poll(), WARM_POLL_MS);
    this.timer.unref();
  }

  /** The timer stops; `poll` still works (tests step through it). */
  stopPolling(): void {
    clearInterval(this.timer);
  }

  afterImport(slug: string): void {
    if (this.enabled) this.start(slug);
  }

  /** One reading of the data versions (the timer calls it; tests call it to step). */
  async poll(): Promise<void> {
    if (!this.enabled || this.polling) return;
    this.polling = true;
    try {
      const versions = await this.reports.dataVersions();
      const previous = this.lastPoll;
      this.lastPoll = new Map(versions.map((v) => [v.slug, v.dataVersion]));
      for (const { slug, dataVersion } of versions) {
        const warming = this.running.get(slug);
        // a version first read now may still be changing: it waits for the next poll
        const settled = previous.get(slug) === dataVersion;
        if (warming && (warming.version === undefined || warming.version >= dataVersion)) continue;
        if (!settled || this.attempted.get(slug) === dataVersion) continue;
        // one at a time, except that a newer version replaces its evaluation's older one at once
        if (this.running.size > 0 && !warming) continue;
        this.start(slug);
      }
    } catch (error) {
      this.logger.warn(`data versions not read: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.polling = false;
    }
  }

  private start(slug: string): void {
    this.running.get(slug)?.abort.abort(new Error('superseded by a newer data version'));
    const abort = new AbortController();
    const warming: Warming = { abort, done: Promise.resolve() };
    warming.done = (async () => {
      const source = await this.reports.source(slug);
      warming.version = source.dataVersion;
      try {
        await this.reports.warm(source, abort.signal);
      } finally {
        if (!abort.signal.aborted) this.attempted.set(slug, source.dataVersion);
      }
    })()
      .catch((error: unknown) => {
        if (!abort.signal.aborted) this.logger.warn(`reports of '${slug}' not computed ahead: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        if (this.running.get(slug) === warming) this.running.delete(slug);
      });
    this.running.set(slug, warming);
  }

  /** Resolves once every warm-up started so far has ended. */
  async settled(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  onApplicationShutdown(): void {
    this.stopPolling();
    for (const r of this.running.values()) r.abort.abort(new Error('shutting down'));
  }
}
