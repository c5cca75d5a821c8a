// vega and vega-lite are ESM-only with top-level await: loaded with import() on first use, one after the other.
let loading: Promise<{ compile: (spec: never) => { spec: unknown }; vega: typeof import('vega') }> | undefined;

async function load() {
  const vegaLite = await import('vega-lite');
  const vega = await import('vega');
  return { compile: vegaLite.compile as unknown as (spec: never) => { spec: unknown }, vega };
}

/** Renders a Vega-Lite spec to SVG on the server (no canvas needed), so a page shows the chart without any script. */
export async function renderSvg(vegaLiteSpec: Record<string, unknown>): Promise<string> {
  loading ??= load();
  const { compile, vega } = await loading;
  const view = new vega.View(vega.parse(compile(vegaLiteSpec as never).spec as never), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
