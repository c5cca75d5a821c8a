import { api, el, formData, logout, requireSignIn, showError } from './api.js';
import { ALERT, STAGE } from './labels.js';
import { alertText } from './texts.js';

const user = requireSignIn();
document.getElementById('who').append(`${user.username} (${user.role}${user.municipalityCode ? `, ${user.municipalityCode}` : ''}) `, el('button', { class: 'link', onclick: logout }, 'Log ud'));

// A course withdrawn in its contact period is ended, and never had a transition: say so rather than show the planned one.
const startText = (c) => (c.phase1Started ? c.startDate : c.endDate ? `udtrådt før overgangen ${c.endDate}` : `planlagt ${c.startDate}`);
const courseLink = (id, code) => el('a', { href: `/course.html?id=${id}` }, code);

async function render() {
  const [fidelity, courses] = await Promise.all([api('/fidelity/alerts'), api('/courses')]);
  const team = fidelity.teams[0];
  document.getElementById('team-title').textContent = team ? `Teamet i ${team.name}` : 'Teamet – endnu ingen forløb';
  document.getElementById('stages').replaceChildren(...Object.entries(STAGE).map(([stage, label]) => el('div', { class: 'card' }, el('b', {}, team?.courses[stage] ?? 0), label)));
  document.getElementById('as-of').textContent = `pr. ${fidelity.asOf}`;
  document.getElementById('alerts').replaceChildren(
    ...(fidelity.alerts.length === 0 ? [el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'Ingen advarsler.'))] : []),
    ...fidelity.alerts.map((a) => el('tr', { class: `alert-${a.severity}`, 'data-kind': a.kind },
      el('td', {}, el('span', { class: 'badge' }, ALERT[a.kind] ?? a.kind)), el('td', {}, a.courseId ? courseLink(a.courseId, a.courseCode) : '–'),
      el('td', {}, a.worker ?? '–'), el('td', {}, a.date ?? ''), el('td', {}, alertText(a)))),
  );
  document.getElementById('caseloads').replaceChildren(...fidelity.caseloads.map((c) => el('tr', {},
    el('td', {}, c.worker), el('td', {}, c.active), el('td', {}, c.inPhase1), el('td', { class: c.weighted > fidelity.norms.caseloadNorm ? 'error' : '' }, c.weighted), el('td', {}, fidelity.norms.caseloadNorm))));
  const stageOf = (c) => (c.endDate ? 'ended' : c.phase3Start ? 'phase3' : c.phase2Start ? 'phase2' : c.phase1Started ? 'phase1' : 'contact');
  document.getElementById('courses').replaceChildren(...courses.map((c) => el('tr', {},
    el('td', {}, courseLink(c.id, c.courseCode)), el('td', {}, c.citizen), el('td', {}, c.worker ?? '–'), el('td', {}, c.arm),
    el('td', {}, STAGE[stageOf(c)]), el('td', {}, startText(c)))));
}

document.getElementById('new-course').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const course = await api('/courses', { method: 'POST', body: formData(event.target) });
    location.href = `/course.html?id=${course.id}`;
  } catch (e) {
    showError(document.getElementById('new-course-message'), e);
  }
});

render().catch((e) => showError(document.querySelector('main'), e));
