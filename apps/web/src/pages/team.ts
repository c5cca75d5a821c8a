// The municipal team's page: courses by stage, fidelity alerts, caseloads, the course list, and a new course.
import { client, typedBody } from '../api/client';
import type { components } from '../api/schema';
import { date, lang, t } from '../i18n/i18n';
import { armName } from '../i18n/names';
import { ALERT, STAGE, TARGET_GROUP, nameIn } from '../i18n/vocabulary';
import { fields, h } from '../ui/dom';
import { alertText } from './alert-texts';
import type { Page } from './page';

type CourseRow = components['schemas']['RegisteredCourseDto'];
type Fidelity = components['schemas']['FidelityReportDto'];
type Stage = keyof Fidelity['teams'][number]['courses'];

const stageOf = (c: CourseRow) => (c.endDate ? 'ended' : c.phase3Start ? 'phase3' : c.phase2Start ? 'phase2' : c.phase1Started ? 'phase1' : 'contact');
// A course withdrawn in its contact period is ended and never had a transition: say so rather than show the planned one.
const startText = (c: CourseRow) => (c.phase1Started ? date(c.startDate) : c.endDate ? t.team.withdrawnOn({ date: date(c.endDate) }) : t.team.planned({ date: date(c.startDate) }));
const courseLink = (id: number, code: string) => h('a', { href: `#/course?id=${id}` }, code);
const cell = (v: Node | string | number | null | undefined) => h('td', {}, v ?? t.common.none);

export const teamPage: Page = {
  id: 'team',
  roles: ['municipality'],
  inNav: true,
  title: () => t.nav.team,
  async render(ctx) {
    const [fidelity, courses] = await Promise.all([
      typedBody(client.GET('/api/fidelity/alerts', { signal: ctx.signal })),
      typedBody(client.GET('/api/courses', { signal: ctx.signal })),
    ]);
    const team = fidelity.teams[0];
    const message = h('div', { id: 'new-course-message', role: 'status' });
    const form = h('form', { id: 'new-course', class: 'filters' },
      h('label', {}, t.team.citizenPseudonym, h('input', { name: 'citizen', required: true })),
      h('label', {}, t.team.arm, h('select', { name: 'arm' }, h('option', { value: 'cti' }, armName('cti')), h('option', { value: 'control' }, armName('control')))),
      h('label', {}, t.team.targetGroup, h('select', { name: 'targetGroup' }, h('option', { value: '' }, t.common.none), ...Object.keys(TARGET_GROUP).map((g) => h('option', { value: g }, nameIn(TARGET_GROUP, g, lang))))),
      h('label', {}, t.team.workerPseudonym, h('input', { name: 'worker' })),
      h('label', {}, t.team.referral, h('input', { name: 'referralDate', type: 'date' })),
      h('label', {}, t.team.contactStart, h('input', { name: 'contactStart', type: 'date' })),
      h('label', {}, t.team.plannedStart, h('input', { name: 'plannedStart', type: 'date', required: true })),
      h('button', { type: 'submit' }, t.team.create));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const course = await typedBody(client.POST('/api/courses', { body: fields(form) as never }));
        location.hash = `#/course?id=${course.id}`;
      } catch (error) {
        message.replaceChildren(h('p', { class: 'error' }, (error as Error).message));
      }
    });
    ctx.main.replaceChildren(
      h('div', { class: 'page-head' }, h('h1', { id: 'team-title' }, team ? t.team.title({ name: team.name }) : t.team.noCourses), h('a', { class: 'button secondary', href: '#/overview' }, t.team.report)),
      h('section', {}, h('div', { class: 'cards', id: 'stages' }, ...(Object.keys(STAGE) as Stage[]).map((s) => h('div', { class: 'card' }, h('b', {}, team?.courses[s] ?? 0), nameIn(STAGE, s, lang))))),
      h('section', {}, h('h2', {}, t.team.alerts, ' ', h('span', { class: 'muted', id: 'as-of' }, t.team.asOf({ date: date(fidelity.asOf) }))),
        h('table', {}, h('caption', { class: 'visually-hidden' }, t.team.alerts), h('thead', {}, h('tr', {}, ...[t.fidelity.alertKind, t.team.course, t.team.worker, t.team.date, t.team.what].map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', { id: 'alerts' },
            ...(fidelity.alerts.length === 0 ? [h('tr', {}, h('td', { colspan: 5, class: 'muted' }, t.team.noAlerts))] : []),
            ...fidelity.alerts.map((a) => h('tr', { class: `alert-${a.severity}`, 'data-kind': a.kind },
              cell(h('span', { class: 'badge' }, nameIn(ALERT, a.kind, lang))), cell(a.courseId ? courseLink(a.courseId, a.courseCode ?? String(a.courseId)) : null),
              cell(a.worker), cell(a.date ? date(a.date) : null), cell(alertText(a))))))),
      h('section', {}, h('h2', {}, t.team.caseloads),
        h('table', {}, h('caption', { class: 'visually-hidden' }, t.team.caseloads), h('thead', {}, h('tr', {}, ...[t.team.worker, t.team.active, t.team.inPhase1, t.team.weighted, t.team.norm].map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', { id: 'caseloads' }, ...fidelity.caseloads.map((c) => h('tr', {}, cell(c.worker), cell(c.active), cell(c.inPhase1), h('td', { class: c.weighted > fidelity.norms.caseloadNorm ? 'error' : '' }, c.weighted), cell(fidelity.norms.caseloadNorm)))))),
      h('section', {}, h('h2', {}, t.team.courses),
        h('table', {}, h('caption', { class: 'visually-hidden' }, t.team.courses), h('thead', {}, h('tr', {}, ...[t.team.course, t.team.citizen, t.team.worker, t.team.arm, t.team.stage, t.team.start].map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', { id: 'courses' }, ...courses.map((c) => h('tr', {}, cell(courseLink(c.id, c.courseCode)), cell(c.citizen), cell(c.worker), cell(armName(c.arm)), cell(nameIn(STAGE, stageOf(c), lang)), cell(startText(c))))))),
      h('section', {}, h('h2', {}, t.team.newCourse), form, message),
    );
  },
};
