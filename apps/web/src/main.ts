// The web app: a shell (header, navigation for the signed-in role, language switch) and one page per URL hash.
// Each navigation aborts what the previous view was still loading, so a stale answer never draws over the new view.
import './style.css';
import { isAbort } from './api/client';
import { endSession, signedInUser } from './api/session';
import { lang, setLanguage, t } from './i18n/i18n';
import { loadInstruments, municipalityName } from './i18n/names';
import { adminPage } from './pages/admin';
import { comparisonPage } from './pages/comparison';
import { costsPage } from './pages/costs';
import { coursePage } from './pages/course';
import { fidelityPage } from './pages/fidelity';
import { homeOf, renderLogin } from './pages/login';
import { overviewPage } from './pages/overview';
import type { Page, PageContext } from './pages/page';
import { printPage } from './pages/print';
import { progressionPage } from './pages/progression';
import { teamPage } from './pages/team';
import { uploadPage } from './pages/upload';
import { forgetReports } from './state/report-loader';
import { currentView, filtersOf, viewHref } from './state/view';
import { h } from './ui/dom';

const PAGES: Page[] = [teamPage, overviewPage, progressionPage, comparisonPage, costsPage, fidelityPage, uploadPage, adminPage, coursePage, printPage];
let running: AbortController | null = null;
let drawnIn: string = lang;
function languageChanged(): boolean {
  const changed = drawnIn !== lang;
  drawnIn = lang;
  return changed;
}

function header(): HTMLElement {
  const user = signedInUser();
  const view = currentView();
  const filters = filtersOf(view.params);
  const nav = user
    ? h('nav', { 'aria-label': 'Navigation' }, ...PAGES.filter((p) => p.inNav && p.roles.includes(user.role)).map((p) =>
        h('a', { href: viewHref(p.id, ['team', 'upload', 'admin'].includes(p.id) ? undefined : filters), 'aria-current': view.page === p.id ? 'page' : null }, p.title())))
    : null;
  const switchLanguage = h('button', { type: 'button', class: 'link', lang: lang === 'da' ? 'en' : 'da', id: 'language', on: { click: () => { setLanguage(lang === 'da' ? 'en' : 'da'); void route(); } } }, t.app.language);
  const who = user
    ? h('span', { class: 'who' }, `${user.username} (${t.roles[user.role]}${user.municipalityCode ? `, ${municipalityName(user.municipalityCode)}` : ''})`,
        h('button', { type: 'button', class: 'link', on: { click: () => { endSession(); forgetReports(); location.hash = '#/login'; } } }, t.app.signOut))
    : null;
  return h('header', { class: 'no-print' }, h('a', { class: 'brand', href: user ? homeOf(user) : '#/login' }, t.app.title), nav, h('div', { class: 'header-end' }, switchLanguage, who));
}

async function route(): Promise<void> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  document.documentElement.lang = lang;
  const app = document.getElementById('app')!;
  const user = signedInUser();
  const view = currentView();
  // Redrawing the same page (after a save, or new filters) keeps what is shown until the new content replaces it.
  const previous = document.getElementById('main');
  const main = previous && previous.dataset.page === view.page && !languageChanged() ? previous : h('main', { id: 'main', tabindex: '-1' });
  main.removeAttribute('data-ready');
  app.replaceChildren(h('a', { class: 'skip', href: '#main', on: { click: (e) => { e.preventDefault(); main.focus(); } } }, t.app.skip), header(), main);
  if (!user || view.page === 'login') {
    if (user && view.page === 'login') location.hash = homeOf(user);
    document.title = `${t.app.title} – ${t.login.title}`;
    renderLogin(main);
    return;
  }
  const page = PAGES.find((p) => p.id === view.page && p.roles.includes(user.role));
  if (!page) {
    location.replace(homeOf(user));
    return;
  }
  document.title = `${t.app.title} – ${page.title()}`;
  const ctx: PageContext = { main, view, user, signal: controller.signal, charts: [] };
  main.setAttribute('data-page', page.id);
  main.setAttribute('aria-busy', 'true');
  try {
    await loadInstruments();
    await page.render(ctx);
    await Promise.all(ctx.charts);
    if (running === controller) {
      main.removeAttribute('aria-busy');
      main.setAttribute('data-ready', 'true');
    }
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    main.append(h('p', { class: 'error', role: 'alert' }, (error as Error).message));
    main.removeAttribute('aria-busy');
    main.setAttribute('data-ready', 'error');
  }
}

window.addEventListener('hashchange', () => void route());
void route();
