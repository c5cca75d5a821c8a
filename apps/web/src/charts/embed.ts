// Draws a Vega-Lite or Vega spec with vega-embed in the current language (number and time formats), without eval
// (the CSP forbids it: expressions go through vega-interpreter), and adds "save as SVG / PNG" under it.
import { lang, t, vegaLocale } from '../i18n/i18n';
import { download, h } from '../ui/dom';

export type Spec = Record<string, unknown>;

const BASE_CONFIG = {
  font: 'system-ui, "Segoe UI", Helvetica, Arial, sans-serif',
  axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 320, titleColor: '#333', labelColor: '#333' },
  legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 320, orient: 'bottom', direction: 'horizontal', columns: 3 },
  header: { labelFontSize: 12, titleFontSize: 12 },
  title: { anchor: 'start', fontSize: 14, fontWeight: 600, subtitleFontSize: 11, subtitleColor: '#444' },
  view: { stroke: null },
  // the figure is named once, by its container (role img + caption); marks get no accessible names of their own
  mark: { aria: false },
  aria: false,
};

export interface ChartHandle {
  element: HTMLElement;
  rendered: Promise<void>;
}

/**
 * A figure: a caption, the chart and its save buttons. `notes` (what was withheld, what the figure cannot show) wrap
 * under the chart as text rather than as a long Vega subtitle, which would squeeze the plot.
 */
export function chart(name: string, title: string, spec: Spec, notes: string[] = []): ChartHandle {
  const target = h('div', { class: 'chart-canvas', 'data-chart': name, role: 'img', 'aria-label': title });
  const buttons = h('div', { class: 'chart-actions no-print' });
  const element = h('figure', { class: 'figure' }, h('figcaption', {}, title), target, ...notes.map((n) => h('p', { class: 'chart-note' }, n)), buttons);
  const rendered = draw(target, spec).then((view) => {
    const file = `${name}-${lang}`;
    buttons.append(
      h('button', { type: 'button', class: 'secondary', on: { click: () => void view.toSVG().then((svg) => download(`${file}.svg`, svg, 'image/svg+xml')) } }, t.common.saveSvg),
      h('button', { type: 'button', class: 'secondary', on: { click: () => void view.toImageURL('png', 2).then((url) => void fetch(url).then((r) => r.blob()).then((b) => download(`${file}.png`, b))) } }, t.common.savePng),
    );
  }).catch((error: unknown) => {
    console.warn('chart', name, error);
    target.replaceChildren(h('p', { class: 'error' }, t.common.chartFailed));
  });
  return { element, rendered };
}

async function draw(target: HTMLElement, spec: Spec) {
  const [{ default: embed }, { expressionInterpreter }] = await Promise.all([import('vega-embed'), import('vega-interpreter')]);
  const locale = vegaLocale();
  const isVega = typeof spec.$schema === 'string' && spec.$schema.includes('/vega/');
  const withConfig = { ...spec, config: { ...BASE_CONFIG, ...(spec.config as object | undefined) } };
  const result = await embed(target, withConfig as never, {
    mode: isVega ? 'vega' : 'vega-lite',
    renderer: 'svg',
    actions: false,
    ast: true,
    expr: expressionInterpreter,
    formatLocale: locale.number as never,
    timeFormatLocale: locale.time as never,
    tooltip: false,
  });
  return result.view;
}
