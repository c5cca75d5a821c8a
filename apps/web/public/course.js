import { api, el, formData, logout, requireSignIn, showError } from './api.js';
import { ALERT, CHECKLIST, DOMAIN, END_REASON, EVENT, MODE, PARTY, STAGE, options } from './labels.js';
import { alertText, warningText } from './texts.js';

const user = requireSignIn();
const id = new URLSearchParams(location.search).get('id');
const $ = (elementId) => document.getElementById(elementId);
$('who').append(`${user.username} `, el('button', { class: 'link', onclick: logout }, 'Log ud'));
$('end-reasons').insertAdjacentHTML('beforeend', options(END_REASON));
$('domains').innerHTML = options(DOMAIN);
$('modes').innerHTML = options(MODE);
$('parties').append(...Object.entries(PARTY).map(([value, label]) => el('label', {}, el('span', {}, el('input', { type: 'checkbox', name: 'with', value, checked: value === 'citizen' }), ` ${label}`))));

let instruments = [];

function renderFacts(c) {
  $('title').textContent = `Forløb ${c.courseCode} – ${STAGE[c.stage]}`;
  const row = (k, v) => el('tr', {}, el('th', {}, k), el('td', {}, v ?? '–'));
  const s = c.schedule;
  $('facts').replaceChildren(el('table', {}, el('tbody', {},
    row('Borger', c.citizen), row('CTI-medarbejder', c.worker), row('Arm / målgruppe', `${c.arm} / ${c.targetGroup ?? '–'}`), row('Henvist', c.referralDate),
    row('Kontaktskabelse fra', c.contactStart), row(c.phase1Started ? 'Fase 1 startede' : 'Planlagt overgang', c.startDate),
    row('Fase 2', c.phase2Start ?? (s ? `forfalder ${s.phase2Due}` : null)), row('Fase 3', c.phase3Start ?? (s ? `forfalder ${s.phase3Due}` : null)),
    row('Overdragelsesplan', c.handoverPlanDate ?? (s ? `senest ${s.handoverDue}` : null)),
    row('Afslutning', c.endDate ? `${c.endDate} (${END_REASON[c.endReason]})` : s ? `planlagt ${s.endDue}` : null))));
  // In the contact period a course can only be withdrawn, never closed; after it, the other way round.
  for (const option of $('phase').event.options) {
    if (option.value === 'withdrawn') option.disabled = c.stage !== 'contact';
    if (option.value === 'closed') option.disabled = c.stage === 'contact';
  }
  $('alerts').replaceChildren(...c.alerts.map((a) => el('p', { class: `warnings alert-${a.severity}`, 'data-kind': a.kind }, el('b', {}, `${ALERT[a.kind]}: `), alertText(a))));
}

function renderEvents(c) {
  $('events').replaceChildren(...c.events.map((e) => el('tr', {},
    el('td', {}, EVENT[e.event] ?? e.event), el('td', {}, e.date), el('td', {}, e.warnings.map(warningText).join(' ') || '–'), el('td', {}, e.recordedBy))));
}

function renderChecklists(c) {
  $('checklists').replaceChildren(...c.checklists.map((list) => el('div', {},
    el('h3', {}, CHECKLIST[list.code]),
    el('ul', { class: 'checklist' }, ...list.items.map((item) => el('li', {},
      el('input', { type: 'checkbox', 'data-item': item.code, checked: !!item.tickedOn, onchange: (e) => tick(item.code, e.target.checked) }),
      el('span', {}, item.da, el('span', { class: 'en' }, item.en), item.tickedOn ? el('span', { class: 'muted' }, ` ✓ ${item.tickedOn}, ${item.tickedBy}`) : null)))))));
}

function renderPlan(c) {
  $('focus').replaceChildren(...c.focusAreas.map((f) => el('tr', {}, el('td', {}, DOMAIN[f.domain]), el('td', {}, f.setDate),
    el('td', {}, el('select', { onchange: (e) => save(`/courses/${id}/focus-areas/${f.id}`, 'PATCH', { status: e.target.value }) },
      ...['active', 'achieved', 'dropped'].map((s) => el('option', { value: s, selected: s === f.status }, { active: 'Aktiv', achieved: 'Opnået', dropped: 'Droppet' }[s])))))));
}

function renderContacts(c) {
  $('contacts').replaceChildren(...c.contacts.map((k) => el('tr', { 'data-contact': k.id }, el('td', {}, k.date), el('td', {}, k.minutes), el('td', {}, MODE[k.mode]), el('td', {}, k.with.map((p) => PARTY[p]).join(', ')),
    el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => editContact(k) }, 'Ret'), ' ',
      el('button', { type: 'button', class: 'link', onclick: () => remove(`/courses/${id}/contacts/${k.id}`, `kontakten ${k.date}`) }, 'Slet')))));
  $('intensity').textContent = c.intensities.length ? `Intensitet (minutter pr. 4 uger): ${c.intensities.map((p) => `fase ${p.phase}: ${p.minutesPer4Weeks}`).join(' · ')} — forventet faldende ca. 4 : 2 : 1` : '';
}

async function renderReadings(c) {
  const blocks = await Promise.all(c.readings.map(async (r) => {
    const scores = r.scores.map((s) => `${s.label}: ${s.value ?? '– (ufuldstændig)'}`).join(' · ');
    const block = el('div', { class: 'reading', 'data-reading': `${r.timepoint}/${r.instrument}` }, el('h3', {}, `${r.instrument} – ${r.timepoint} (${r.date ?? ''})`), el('p', {}, scores || 'Ingen samlet score.'),
      el('p', {}, el('button', { type: 'button', class: 'link', onclick: () => editReading(r) }, 'Ret'), ' ',
        el('button', { type: 'button', class: 'link', onclick: () => remove(`/courses/${id}/readings/${r.timepoint}/${r.instrument}`, `målingen ${r.instrument} ${r.timepoint}`) }, 'Slet')));
    if (r.chart) {
      const star = el('div', { class: 'star' });
      star.innerHTML = await api(`/courses/${id}/readings/${r.timepoint}/${r.instrument}/chart.svg`, { text: true });
      block.append(star);
    }
    return block;
  }));
  $('readings').replaceChildren(...blocks);
}

function renderItems() {
  const instrument = instruments.find((i) => i.code === $('instruments').value);
  $('items').replaceChildren(...(instrument?.items ?? []).map((item) => el('label', {}, `${item.labelDa ?? item.label} (${item.min}–${item.max})`,
    el('input', { type: 'number', name: `item:${item.code}`, min: item.min, max: item.max, step: 1 }))));
}

async function render() {
  const c = await api(`/courses/${id}`);
  renderFacts(c);
  renderEvents(c);
  renderChecklists(c);
  renderPlan(c);
  renderContacts(c);
  await renderReadings(c);
}

async function save(path, method, body, warningsTarget) {
  try {
    const result = await api(path, { method, body });
    if (warningsTarget) warningsTarget.replaceChildren(...(result?.warnings ?? []).map((w) => el('p', { class: 'warnings', 'data-warning': w.code }, `Advarsel: ${warningText(w)}`)));
    $('message').replaceChildren();
    await render();
    return true;
  } catch (e) {
    showError($('message'), e);
    $('message').scrollIntoView();
    return false;
  }
}

/** Deleting is not undone by the page: ask first. */
function remove(path, what) {
  if (confirm(`Slet ${what}?`)) save(path, 'DELETE');
}

/** Fills the contact form with a logged contact; saving it then corrects that contact instead of logging a new one. */
function editContact(k) {
  const form = $('contact-form');
  form.dataset.editing = k.id;
  form.date.value = k.date;
  form.minutes.value = k.minutes;
  form.mode.value = k.mode;
  for (const box of form.querySelectorAll('input[name=with]')) box.checked = k.with.includes(box.value);
  form.querySelector('button[type=submit]').textContent = 'Gem rettelse';
  form.querySelector('button[type=reset]').hidden = false;
  form.scrollIntoView();
}

function stopEditingContact() {
  const form = $('contact-form');
  delete form.dataset.editing;
  form.querySelector('button[type=submit]').textContent = 'Log kontakt';
  form.querySelector('button[type=reset]').hidden = true;
}

/** Fills the reading form with a stored reading: entering the same timepoint and instrument again replaces it. */
function editReading(r) {
  const form = $('reading-form');
  form.instrument.value = r.instrument;
  renderItems();
  form.timepoint.value = r.timepoint;
  form.date.value = r.date ?? '';
  for (const [item, value] of Object.entries(r.values)) if (form[`item:${item}`]) form[`item:${item}`].value = value ?? '';
  form.scrollIntoView();
}

const tick = (item, on) => save(`/courses/${id}/checklist/${item}`, on ? 'PUT' : 'DELETE', on ? {} : undefined);

$('phase').addEventListener('submit', (e) => {
  e.preventDefault();
  save(`/courses/${id}/phase-changes`, 'POST', formData(e.target), $('phase-warnings'));
});
$('focus-form').addEventListener('submit', (e) => {
  e.preventDefault();
  save(`/courses/${id}/focus-areas`, 'POST', formData(e.target));
});
$('contact-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const data = formData(e.target);
  const contact = { date: data.date, minutes: Number(data.minutes), mode: data.mode, with: new FormData(e.target).getAll('with') };
  const editing = e.target.dataset.editing;
  save(editing ? `/courses/${id}/contacts/${editing}` : `/courses/${id}/contacts`, editing ? 'PUT' : 'POST', contact).then((saved) => saved && stopEditingContact());
});
$('contact-form').addEventListener('reset', stopEditingContact);
$('reading-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const data = formData(e.target);
  const values = Object.fromEntries(Object.entries(data).filter(([k]) => k.startsWith('item:')).map(([k, v]) => [k.slice(5), Number(v)]));
  save(`/courses/${id}/readings/${data.timepoint}/${data.instrument}`, 'PUT', { date: data.date, values });
});

api('/instruments').then((list) => {
  instruments = list;
  $('instruments').innerHTML = list.map((i) => `<option value="${i.code}">${i.nameDa ?? i.name}</option>`).join('');
  $('instruments').addEventListener('change', renderItems);
  renderItems();
});
render().catch((e) => showError($('message'), e));
