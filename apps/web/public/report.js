import { api, el, formData, logout, requireSignIn, showError } from './api.js';
import { costEffectivenessText } from './texts.js';

// The report for evaluators, the agency and municipalities: the headline tables, and charts where the API has them.
const user = requireSignIn();
document.getElementById('who').append(`${user.username} (${user.role}${user.municipalityCode ? `, ${user.municipalityCode}` : ''}) `, el('button', { class: 'link', onclick: logout }, 'Log ud'));
if (user.role === 'municipality') document.getElementById('nav').append(el('a', { href: '/team.html' }, 'Teamet'), ' ');
document.getElementById('nav').append(el('a', { href: '/report.html' }, 'Rapport'));
if (user.role === 'municipality') {
  document.getElementById('national-label').hidden = false;
  document.getElementById('municipality').value = user.municipalityCode;
  document.getElementById('municipality').disabled = true;
}

const TARGET_GROUPS = ['housing', 'psychiatric_discharge', 'homelessness', 'shelter', 'prostitution', 'aftercare', 'other'];
document.getElementById('targetGroup').append(...TARGET_GROUPS.map((g) => el('option', { value: g }, g)));

/** A figure, or a dot for a withheld one (with the reason on hover). */
const withheld = (v) => v !== null && typeof v === 'object' && v.suppressed;
function fig(v, digits = 2) {
  if (withheld(v)) return el('span', { title: v.reason ?? 'withheld' }, '·');
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  return typeof v === 'number' ? v.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : String(v);
}
const p = (v) => (withheld(v) ? fig(v) : v < 0.001 ? '< 0,001' : fig(v, 3));
const ci = (pair, digits = 2) => (withheld(pair) || !Array.isArray(pair) ? fig(pair) : el('span', {}, fig(pair[0], digits), ' til ', fig(pair[1], digits)));
const row = (...cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c)));

function query(form) {
  const f = formData(form);
  const q = new URLSearchParams({ bootstrap: '200' });
  if (f.municipality && user.role !== 'municipality') q.set('municipality', f.municipality);
  if (f.targetGroup) q.set('targetGroup', f.targetGroup);
  if (f.national) q.set('national', 'true');
  return { evaluation: f.evaluation, q };
}

async function chart(id, evaluation, name, q) {
  const target = document.getElementById(`chart-${id}`);
  try {
    const svg = await api(`/reports/${evaluation}/charts/${name}?${q}&format=svg`, { text: true });
    // Server-rendered SVG from our own API; parsed as an SVG document, never as HTML.
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    target.replaceChildren(doc.documentElement.nodeName === 'svg' ? document.importNode(doc.documentElement, true) : '');
  } catch {
    target.replaceChildren();
  }
}

async function render(form) {
  const { evaluation, q } = query(form);
  const report = await api(`/reports/${evaluation}?${q}`);
  const m = report.metadata;
  document.getElementById('about').textContent = `Data ${m.snapshot.id}, beregnet ${new Date(m.generatedAt).toLocaleString('da-DK')}. ${m.baselineRule.description}${m.suppression ? ` Tal med under ${m.suppression.k} borgere tilbageholdes.` : ''}`;
  const ce = report.cost_effectiveness;
  document.getElementById('ce').textContent = !ce || withheld(ce) ? 'Ikke tilgængelig for dette udsnit.' : costEffectivenessText(ce);
  document.getElementById('comparison').replaceChildren(...(report.comparison ?? []).filter((c) => ['wemwbs_total', 'sds_total', 'rs_mean', 'sds_work', 'sds_social', 'sds_family'].includes(c.outcome))
    .map((c) => row(c.outcome, c.timepoint, fig(c.n_cti, 0), fig(c.n_control, 0), fig(c.ancova_estimate), ci(c.ancova_ci), p(c.ancova_p), fig(c.hedges_g))));
  document.getElementById('costs').replaceChildren(...(report.costs ?? []).map((c) => row(`${c.horizon_months} mdr.`,
    fig(c.n?.cti, 0), fig(c.mean_cost?.cti, 0), fig(c.n?.control, 0), fig(c.mean_cost?.control, 0), fig(c.diff, 0), ci(c.welch_ci, 0))));
  const fid = report.fidelity ?? {};
  document.getElementById('fidelity').replaceChildren(...['1', '2', '3'].map((ph) => {
    const len = fid.phase_length_days?.[`phase${ph}`] ?? {};
    return row(`Fase ${ph}`, fig(len.n, 0), fig(len.median, 0), fig(len.within_14_days_of_91, 0), fig(fid.contact_minutes_by_phase?.[ph], 0), fig(fid.intensity_ratio?.[ph], 1));
  }));
  await Promise.all([chart('comparison', evaluation, 'comparison', q), chart('progression', evaluation, 'progression', q), chart('municipality-costs', evaluation, 'municipality-costs', q)]);
}

async function start() {
  const evaluations = await api('/evaluations');
  const select = document.getElementById('evaluation');
  select.append(...evaluations.map((e) => el('option', { value: e.slug }, `${e.name} (${e.slug})`)));
  const form = document.getElementById('filters');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    document.getElementById('message').replaceChildren();
    render(form).catch((e) => showError(document.getElementById('message'), e));
  });
  if (evaluations.length > 0) await render(form);
  else document.getElementById('message').textContent = 'Ingen evalueringer, du har adgang til.';
}

start().catch((e) => showError(document.getElementById('message'), e));
