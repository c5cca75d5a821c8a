// The evaluation's outcome hierarchy for its evaluators: what is stored (or the defaults), and a small form to change
// the primary outcome and timepoint and the key secondary outcomes. The reports follow the stored settings.
import { body, client, type ApiError } from '../api/client';
import type { components } from '../api/schema';
import { t } from '../i18n/i18n';
import { instrumentList, outcomeName, timepointName } from '../i18n/names';
import { forgetReports } from '../state/report-loader';
import { h } from '../ui/dom';

type Settings = components['schemas']['AnalysisSettingsDto'];
const TIMEPOINTS = ['m9', 'm18'] as const;

/** The outcome's name, or (for a score the vocabulary has no name for) the registry's own label. */
function scoreName(code: string): string {
  const name = outcomeName(code);
  if (name !== code) return name;
  return instrumentList().flatMap((i) => i.scores).find((s) => s.code === code)?.label ?? code;
}

function summary(settings: Settings): string {
  const { primary, keySecondary } = settings.hierarchy;
  return t.settings.current({
    primary: scoreName(primary.outcome), timepoint: timepointName(primary.timepoint),
    secondary: keySecondary.length ? keySecondary.map(scoreName).join(', ') : t.settings.none,
  }) + (settings.stored ? '' : ` ${t.settings.defaults}`);
}

function form(evaluation: string, settings: Settings, shown: HTMLElement): HTMLFormElement {
  const scores = instrumentList().flatMap((i) => i.scores.map((s) => s.code));
  const { primary, keySecondary } = settings.hierarchy;
  const primarySelect = h('select', { name: 'primary', id: 'settings-primary' }, scores.map((code) => h('option', { value: code, selected: code === primary.outcome }, scoreName(code))));
  const timepoint = h('select', { name: 'timepoint', id: 'settings-timepoint' }, TIMEPOINTS.map((tp) => h('option', { value: tp, selected: tp === primary.timepoint }, timepointName(tp))));
  const secondaries = scores.map((code) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'secondary', value: code, checked: keySecondary.includes(code) }), scoreName(code)));
  const status = h('p', { id: 'settings-status', role: 'status', 'aria-live': 'polite' });
  const element = h('form', { id: 'analysis-settings-form', class: 'stack' },
    h('label', {}, t.settings.primary, primarySelect), h('label', {}, t.settings.timepoint, timepoint),
    h('fieldset', { class: 'parties' }, h('legend', {}, t.settings.secondary), secondaries),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, t.settings.save)), status);
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = [...element.querySelectorAll<HTMLInputElement>('input[name=secondary]:checked')].map((input) => input.value);
    const hierarchy = { primary: { outcome: primarySelect.value, timepoint: timepoint.value as (typeof TIMEPOINTS)[number] }, keySecondary: chosen };
    void body<Settings>(client.PUT('/api/evaluations/{evaluation}/analysis-settings', { params: { path: { evaluation } }, body: hierarchy })).then(
      (saved) => {
        forgetReports(); // the cached reports were computed with the old hierarchy
        shown.textContent = summary(saved);
        status.replaceChildren(h('span', { class: 'ok' }, t.settings.saved));
      },
      (error: ApiError) => status.replaceChildren(h('span', { class: 'error' }, error.message)),
    );
  });
  return element;
}

/** The section, filled in once the settings have loaded (a failure to load says why in its place). */
export function analysisSettingsSection(evaluation: string, signal?: AbortSignal): HTMLElement {
  const section = h('section', { id: 'analysis-settings', class: 'stack' }, h('h2', {}, t.settings.title), h('p', { class: 'muted' }, t.settings.help));
  void body<Settings>(client.GET('/api/evaluations/{evaluation}/analysis-settings', { params: { path: { evaluation } }, signal })).then(
    (settings) => {
      const shown = h('p', { id: 'settings-current' }, summary(settings));
      section.append(shown, form(evaluation, settings, shown));
    },
    (error: ApiError) => section.append(h('p', { class: 'error' }, error.message)),
  );
  return section;
}
