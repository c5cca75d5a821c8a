import type { ArmName } from '@cti/analytics';
import type { ChartReport, VegaLiteSpec } from './chart-types';
import type { LeftOut } from './published';

export const ARM_LABELS: Record<ArmName, string> = { cti: 'CTI', control: 'Control (§ 85 support)' };
/** One colour per arm in every chart. */
export const ARM_COLOURS = { field: 'arm', type: 'nominal', title: 'Arm', scale: { domain: Object.values(ARM_LABELS), range: ['#1f6f8b', '#c46b2f'] } } as const;

const TIMEPOINT_LABELS: Record<string, string> = { baseline: 'Baseline', m3: '3 months', m6: '6 months', m9: '9 months', m18: '18 months' };
export const timepointLabel = (timepoint: string): string => TIMEPOINT_LABELS[timepoint] ?? timepoint;

export const DKK_FORMAT = ',.0f';

/** Which data a chart shows: the snapshot and the report's filters. */
function dataLine(report: ChartReport): string {
  const m = report.metadata;
  const filters = [
    m.filters.municipalityCode !== null ? `municipality ${m.filters.municipalityCode}` : 'all municipalities in scope',
    m.filters.targetGroup ? `target group ${m.filters.targetGroup}` : '',
    m.filters.startFrom || m.filters.startTo ? `started ${m.filters.startFrom ?? '…'} to ${m.filters.startTo ?? '…'}` : '',
    m.suppression ? `cells under ${m.suppression.k} citizens withheld` : '',
  ].filter(Boolean);
  return `Data ${m.snapshot.id} · ${filters.join(' · ')}`;
}

/**
 * The common frame of every chart: title, subtitle (what it shows, which data, and what was withheld and left out),
 * and a readable default style on a white background so an SVG or PNG stands on its own.
 */
export function chartFrame(report: ChartReport, title: string, about: string, leftOut: LeftOut, body: VegaLiteSpec): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, subtitle: [about, dataLine(report), ...leftOut.lines()], anchor: 'start', fontSize: 15, subtitleFontSize: 11, subtitleColor: '#444', offset: 12 },
    background: 'white',
    padding: 12,
    // label limits are generous: without a canvas, vega estimates text widths on the high side and would cut labels short
    config: {
      font: 'Helvetica, Arial, sans-serif',
      axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 400 },
      legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 400 },
      header: { labelFontSize: 12, titleFontSize: 12 },
      view: { stroke: null },
    },
    ...body,
  };
}
