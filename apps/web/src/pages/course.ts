// One course: facts and schedule, phase changes, checklists, the CTI plan, contacts, readings (a Recovery Star
// reading drawn as the star), and a link to the team's report.
import { body, client, typedBody } from '../api/client';
import type { components } from '../api/schema';
import { chart } from '../charts/embed';
import { starSpec } from '../charts/star';
import { date, lang, t } from '../i18n/i18n';
import { armName, instrumentList, targetGroupName, timepointName } from '../i18n/names';
import { ALERT, CHECKLIST, CONTACT_MODE, END_REASON, EVENT, FOCUS_DOMAIN, PARTY, STAGE, nameIn } from '../i18n/vocabulary';
import { fields, h } from '../ui/dom';
import { alertText, warningText } from './alert-texts';
import type { Page, PageContext } from './page';

type Reading = components['schemas']['ReadingViewDto'];
type Timepoint = Reading['timepoint'];

const options = (names: Record<string, { da: string; en: string }>) => Object.keys(names).map((code) => h('option', { value: code }, nameIn(names, code, lang)));
const row = (k: string, v: string | null | undefined) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v ?? t.common.none));

export const coursePage: Page = {
  id: 'course',
  roles: ['municipality', 'admin'],
  inNav: false,
  title: () => t.team.course,
  async render(ctx) {
    const id = Number(ctx.view.params.get('id'));
    const message = h('div', { id: 'message', role: 'alert' });
    const c = await typedBody(client.GET('/api/courses/{id}', { params: { path: { id } }, signal: ctx.signal }));
    const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

    /** Every change goes through here: errors are shown, success redraws the page (with any warnings the API gave). */
    async function save(call: () => Promise<unknown>, warningsTarget?: HTMLElement): Promise<boolean> {
      try {
        const result = (await body<Partial<components['schemas']['PhaseChangeResultDto']> | null>(call() as never)) ?? {};
        if (warningsTarget && result.warnings?.length) sessionStorage.setItem('cti.warnings', JSON.stringify(result.warnings));
        redraw();
        return true;
      } catch (error) {
        message.replaceChildren(h('p', { class: 'error' }, (error as Error).message));
        message.scrollIntoView();
        return false;
      }
    }
    const path = { params: { path: { id } } };
    const s = c.schedule;
    const facts = h('table', { id: 'facts' }, h('tbody', {},
      row(t.course.citizen, c.citizen), row(t.course.worker, c.worker), row(t.course.armGroup, `${armName(c.arm)} / ${c.targetGroup ? targetGroupName(c.targetGroup) : t.common.none}`),
      row(t.course.referral, c.referralDate && date(c.referralDate)), row(t.course.contactStart, c.contactStart && date(c.contactStart)),
      row(c.phase1Started ? t.course.phase1Started : t.course.plannedTransition, date(c.startDate)),
      row(t.course.phase2, c.phase2Start ? date(c.phase2Start) : s ? t.course.due({ date: date(s.phase2Due) }) : null),
      row(t.course.phase3, c.phase3Start ? date(c.phase3Start) : s ? t.course.due({ date: date(s.phase3Due) }) : null),
      row(t.course.handover, c.handoverPlanDate ? date(c.handoverPlanDate) : s ? t.course.latest({ date: date(s.handoverDue) }) : null),
      row(t.course.end, c.endDate ? `${date(c.endDate)} (${nameIn(END_REASON, c.endReason ?? '', lang)})` : s ? t.course.planned({ date: date(s.endDue) }) : null)));

    // In the contact period a course can only be withdrawn, never closed; after it, the other way round.
    const eventSelect = h('select', { name: 'event' }, ...Object.keys(EVENT).map((e) => h('option', { value: e, disabled: (e === 'withdrawn' && c.stage !== 'contact') || (e === 'closed' && c.stage === 'contact') }, nameIn(EVENT, e, lang))));
    const phaseWarnings = h('div', { id: 'phase-warnings' }, ...JSON.parse(sessionStorage.getItem('cti.warnings') ?? '[]').map((w: components['schemas']['FidelityWarningDto']) => h('p', { class: 'warnings', 'data-warning': w.code }, `${t.course.warning}: ${warningText(w)}`)));
    sessionStorage.removeItem('cti.warnings');
    const phaseForm = h('form', { id: 'phase', class: 'filters' },
      h('label', {}, t.course.event, eventSelect), h('label', {}, t.course.date, h('input', { name: 'date', type: 'date', required: true })),
      h('label', {}, t.course.endReason, h('select', { name: 'endReason' }, h('option', { value: '' }, t.common.none), ...options(END_REASON))),
      h('label', {}, t.course.handoverAgreed, h('input', { name: 'handoverPlanDate', type: 'date' })), h('button', { type: 'submit' }, t.course.record));
    phaseForm.addEventListener('submit', (e) => { e.preventDefault(); void save(() => client.POST('/api/courses/{id}/phase-changes', { ...path, body: fields(phaseForm) as never }), phaseWarnings); });

    const checklists = c.checklists.map((list) => h('div', {}, h('h3', {}, nameIn(CHECKLIST, list.code, lang)), h('ul', { class: 'checklist' }, ...list.items.map((item) => {
      const label = lang === 'da' ? item.da : item.en;
      const box = h('input', { type: 'checkbox', 'data-item': item.code, checked: !!item.tickedOn, 'aria-label': t.course.tickItem({ item: label }) });
      box.addEventListener('change', () => void save(() => (box.checked
        ? client.PUT('/api/courses/{id}/checklist/{item}', { params: { path: { id, item: item.code } }, body: {} as never })
        : client.DELETE('/api/courses/{id}/checklist/{item}', { params: { path: { id, item: item.code } } }))));
      return h('li', {}, box, h('span', {}, label, h('span', { class: 'en' }, lang === 'da' ? item.en : item.da), item.tickedOn ? h('span', { class: 'muted' }, ` ${t.course.ticked({ date: date(item.tickedOn), by: item.tickedBy ?? '' })}`) : null));
    }))));

    const focusForm = h('form', { id: 'focus-form', class: 'filters' }, h('label', {}, t.course.domain, h('select', { name: 'domain' }, ...options(FOCUS_DOMAIN))),
      h('label', {}, t.course.chosenOn, h('input', { name: 'setDate', type: 'date', required: true })), h('button', { type: 'submit' }, t.course.addFocus));
    focusForm.addEventListener('submit', (e) => { e.preventDefault(); void save(() => client.POST('/api/courses/{id}/focus-areas', { ...path, body: fields(focusForm) as never })); });
    const focusRows = c.focusAreas.map((f) => {
      const status = h('select', { 'aria-label': t.course.focusStatus({ domain: nameIn(FOCUS_DOMAIN, f.domain, lang) }) }, ...(['active', 'achieved', 'dropped'] as const).map((st) => h('option', { value: st, selected: st === f.status }, t.course.focusStatuses[st])));
      status.addEventListener('change', () => void save(() => client.PATCH('/api/courses/{id}/focus-areas/{focusAreaId}', { params: { path: { id, focusAreaId: f.id } }, body: { status: status.value } as never })));
      return h('tr', {}, h('td', {}, nameIn(FOCUS_DOMAIN, f.domain, lang)), h('td', {}, date(f.setDate)), h('td', {}, status));
    });

    const contactForm = contactFormFor(ctx, id, save);
    const contactRows = c.contacts.map((k) => h('tr', { 'data-contact': k.id }, h('td', {}, date(k.date)), h('td', {}, k.minutes), h('td', {}, nameIn(CONTACT_MODE, k.mode, lang)), h('td', {}, k.with.map((p) => nameIn(PARTY, p, lang)).join(', ')),
      h('td', {}, h('button', { type: 'button', class: 'link', on: { click: () => contactForm.edit(k) } }, t.course.edit), ' ',
        h('button', { type: 'button', class: 'link', on: { click: () => { if (confirm(t.course.confirmDelete({ what: t.course.theContact({ date: date(k.date) }) }))) void save(() => client.DELETE('/api/courses/{id}/contacts/{contactId}', { params: { path: { id, contactId: k.id } } })); } } }, t.common.delete))));

    const readingForm = readingFormFor(id, save);
    const readings = c.readings.map((r) => {
      const instrument = instrumentList().find((i) => i.code === r.instrument);
      const scores = r.scores.map((sc) => `${sc.label}: ${sc.value ?? t.course.incomplete}`).join(' · ');
      const block = h('div', { class: 'reading', 'data-reading': `${r.timepoint}/${r.instrument}` },
        h('h3', {}, `${instrument ? (lang === 'da' ? (instrument.nameDa ?? instrument.name) : instrument.name) : r.instrument} – ${timepointName(r.timepoint)} (${date(r.date)})`),
        h('p', {}, scores || t.course.noScore),
        h('p', {}, h('button', { type: 'button', class: 'link', on: { click: () => readingForm.edit(r) } }, t.course.edit), ' ',
          h('button', { type: 'button', class: 'link', on: { click: () => { if (confirm(t.course.confirmDelete({ what: t.course.theReading({ what: `${r.instrument} ${r.timepoint}` }) }))) void save(() => client.DELETE('/api/courses/{id}/readings/{timepoint}/{instrument}', { params: { path: { id, timepoint: r.timepoint, instrument: r.instrument } } })); } } }, t.common.delete)));
      if (r.instrument === 'rs' && instrument) {
        const label = (code: string) => { const item = instrument.items.find((i) => i.code === code); return item ? (lang === 'da' ? (item.labelDa ?? item.label) : item.label) : code; };
        const points = instrument.items.flatMap((i) => (typeof r.values[i.code] === 'number' ? [{ dimension: label(i.code), series: timepointName(r.timepoint), value: r.values[i.code] as number }] : []));
        if (points.length) {
          const star = chart(`recovery-star-${r.timepoint}`, t.course.star, starSpec(points, instrument.items.map((i) => label(i.code)), [timepointName(r.timepoint)], 260));
          ctx.charts.push(star.rendered);
          block.append(h('div', { class: 'star' }, star.element));
        }
      }
      return block;
    });

    const table = (caption: string, heads: string[], id: string, rows: HTMLElement[]) => h('table', {}, h('caption', { class: 'visually-hidden' }, caption), h('thead', {}, h('tr', {}, ...heads.map((x) => h('th', { scope: 'col' }, x)))), h('tbody', { id }, ...rows));
    ctx.main.replaceChildren(
      message,
      h('div', { class: 'page-head' }, h('h1', { id: 'title' }, t.course.title({ code: c.courseCode, stage: nameIn(STAGE, c.stage, lang) })), h('a', { class: 'button secondary', href: '#/overview' }, t.course.teamReport)),
      h('section', {}, facts, h('div', { id: 'alerts' }, ...c.alerts.map((a) => h('p', { class: `warnings alert-${a.severity}`, 'data-kind': a.kind }, h('b', {}, `${nameIn(ALERT, a.kind, lang)}: `), alertText(a))))),
      h('section', {}, h('h2', {}, t.course.phaseChanges), phaseForm, phaseWarnings,
        table(t.course.phaseChanges, [t.course.event, t.course.date, t.course.warnings, t.course.recordedBy], 'events', c.events.map((e) => h('tr', {}, h('td', {}, nameIn(EVENT, e.event, lang)), h('td', {}, date(e.date)), h('td', {}, e.warnings.map(warningText).join(' ') || t.common.none), h('td', {}, e.recordedBy))))),
      h('section', {}, h('h2', {}, t.course.checklists), h('div', { id: 'checklists' }, ...checklists)),
      h('section', {}, h('h2', {}, t.course.plan), table(t.course.plan, [t.course.domain, t.course.chosen, t.course.status], 'focus', focusRows), focusForm),
      h('section', {}, h('h2', {}, t.course.contacts),
        h('div', { id: 'intensity', class: 'muted' }, c.intensities.length ? t.course.intensity({ list: c.intensities.map((p) => `${t.fidelity.phase({ n: p.phase })}: ${p.minutesPer4Weeks}`).join(' · ') }) : ''),
        table(t.course.contacts, [t.course.date, t.course.minutes, t.course.mode, t.course.with, ''], 'contacts', contactRows), contactForm.form),
      h('section', {}, h('h2', {}, t.course.readings), readingForm.form, h('div', { id: 'readings' }, ...readings)),
    );
  },
};

function contactFormFor(_ctx: PageContext, id: number, save: (call: () => Promise<unknown>) => Promise<boolean>) {
  const submit = h('button', { type: 'submit' }, t.course.logContact);
  const reset = h('button', { type: 'reset', class: 'link', hidden: true }, t.course.undoCorrection);
  const form = h('form', { id: 'contact-form', class: 'filters' },
    h('label', {}, t.course.date, h('input', { name: 'date', type: 'date', required: true })), h('label', {}, t.course.minutes, h('input', { name: 'minutes', type: 'number', min: 1, required: true })),
    h('label', {}, t.course.mode, h('select', { name: 'mode' }, ...options(CONTACT_MODE))),
    h('fieldset', { class: 'parties' }, h('legend', {}, t.course.with), ...Object.keys(PARTY).map((p) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'with', value: p, checked: p === 'citizen' }), nameIn(PARTY, p, lang)))),
    submit, reset);
  let editing: number | null = null;
  form.addEventListener('reset', () => { editing = null; submit.textContent = t.course.logContact; reset.hidden = true; });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = fields(form);
    const contact = { date: f.date, minutes: Number(f.minutes), mode: f.mode, with: new FormData(form).getAll('with') };
    void save(() => (editing
      ? client.PUT('/api/courses/{id}/contacts/{contactId}', { params: { path: { id, contactId: editing } }, body: contact as never })
      : client.POST('/api/courses/{id}/contacts', { params: { path: { id } }, body: contact as never })));
  });
  return {
    form,
    edit(k: components['schemas']['ContactViewDto']) {
      editing = k.id;
      (form.elements.namedItem('date') as HTMLInputElement).value = k.date;
      (form.elements.namedItem('minutes') as HTMLInputElement).value = String(k.minutes);
      (form.elements.namedItem('mode') as HTMLSelectElement).value = k.mode;
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name=with]')) box.checked = k.with.some((party) => party === box.value);
      submit.textContent = t.course.saveCorrection;
      reset.hidden = false;
      form.scrollIntoView();
    },
  };
}

function readingFormFor(id: number, save: (call: () => Promise<unknown>) => Promise<boolean>) {
  const instruments = instrumentList();
  const select = h('select', { name: 'instrument' }, ...instruments.map((i) => h('option', { value: i.code }, lang === 'da' ? (i.nameDa ?? i.name) : i.name)));
  const items = h('div', { id: 'items', class: 'filters wide' });
  const renderItems = () => {
    const instrument = instruments.find((i) => i.code === select.value);
    items.replaceChildren(...(instrument?.items ?? []).map((item) => h('label', {}, `${lang === 'da' ? (item.labelDa ?? item.label) : item.label} (${item.min}–${item.max})`,
      h('input', { type: 'number', name: `item:${item.code}`, min: item.min, max: item.max, step: 1 }))));
  };
  select.addEventListener('change', renderItems);
  renderItems();
  const form = h('form', { id: 'reading-form', class: 'filters' },
    h('label', {}, t.course.instrument, select),
    h('label', {}, t.course.timepoint, h('select', { name: 'timepoint' }, ...['baseline', 'm3', 'm6', 'm9', 'm18'].map((tp) => h('option', { value: tp }, timepointName(tp))))),
    h('label', {}, t.course.date, h('input', { name: 'date', type: 'date', required: true })), items, h('button', { type: 'submit' }, t.course.saveReading));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = fields(form);
    const values = Object.fromEntries(Object.entries(f).filter(([k]) => k.startsWith('item:')).map(([k, v]) => [k.slice(5), Number(v)]));
    void save(() => client.PUT('/api/courses/{id}/readings/{timepoint}/{instrument}', { params: { path: { id, timepoint: f.timepoint as Timepoint, instrument: f.instrument } }, body: { date: f.date, values } as never }));
  });
  return {
    form,
    edit(r: Reading) {
      select.value = r.instrument;
      renderItems();
      (form.elements.namedItem('timepoint') as HTMLSelectElement).value = r.timepoint;
      (form.elements.namedItem('date') as HTMLInputElement).value = r.date ?? '';
      for (const [item, value] of Object.entries(r.values)) { const input = form.elements.namedItem(`item:${item}`) as HTMLInputElement | null; if (input) input.value = value == null ? '' : String(value); }
      form.scrollIntoView();
    },
  };
}
