import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReportOptions } from '@cti/analytics';
import { loadInstrumentRegistry } from '@cti/cohorts';
import { DomainError, type AccessScope } from '@cti/domain';
import { ReportService } from './report.service';
import { ChartChoiceError, type ChartChoices, type ChartContext, type ChartReport, type VegaLiteSpec } from '../charts/chart-types';
import { CHARTS } from '../charts/chart-list';
import { outcomeCatalogue } from '../charts/outcome-catalogue';

/**
 * Charts of a report. A chart is drawn from the report as the caller may see it (through ReportService, so through
 * small-cell suppression), never from the data underneath: it cannot show a figure the report withholds.
 */
@Injectable()
export class ChartService {
  private reading: Promise<ChartContext> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportService,
  ) {}

  /** One chart as Vega-Lite, read (and audited) as a report read of that chart; drawn from the cached report. */
  async chart(scope: AccessScope, slug: string, name: string, options: ReportOptions, choices: ChartChoices = {}, signal?: AbortSignal): Promise<VegaLiteSpec> {
    const report = await this.reports.report(scope, slug, options, { action: 'report.read', target: `chart:${name}` }, signal);
    return this.build(name, report, await this.context(), choices);
  }

  /** Every chart of a report the caller already holds (the CLI writes them beside the report). */
  async all(report: ChartReport, choices: ChartChoices = {}): Promise<{ name: string; spec: VegaLiteSpec }[]> {
    const context = await this.context();
    return CHARTS.map((chart) => ({ name: chart.name, spec: this.build(chart.name, report, context, choices) }));
  }

  build(name: string, report: ChartReport, context: ChartContext, choices: ChartChoices): VegaLiteSpec {
    const chart = CHARTS.find((c) => c.name === name);
    if (!chart) throw new DomainError('invalid', 'chart.unknown', { choices: CHARTS.map((c) => c.name).join(', ') });
    try {
      return chart.build(report, context, choices);
    } catch (error) {
      throw error instanceof ChartChoiceError ? new DomainError('invalid', 'chart.invalid_choice', { message: error.message }) : error;
    }
  }

  /**
   * The registry's outcome labels and the municipality names, which the report refers to by code. A page asks for its
   * charts at once: concurrent requests share one read (nothing is kept after it, so a renamed label shows at once).
   */
  context(): Promise<ChartContext> {
    this.reading ??= this.readContext().finally(() => (this.reading = null));
    return this.reading;
  }

  private async readContext(): Promise<ChartContext> {
    const registry = await loadInstrumentRegistry(this.dataSource.manager);
    const municipalities = (await this.dataSource.query('SELECT code, name FROM municipality')) as { code: number; name: string }[];
    return { outcomes: outcomeCatalogue(registry.instruments), municipalityNames: new Map(municipalities.map((m) => [Number(m.code), m.name])) };
  }
}
