// Administration: users (create, disable, change role), evaluation memberships, API tokens (a new one of the admin's own;
// everyone's, with revocation), and the searchable audit log.
import { body, client, typedBody } from '../api/client';
import type { components } from '../api/schema';
import type { Role } from '../api/session';
import { dateTime, t } from '../i18n/i18n';
import { municipalityName } from '../i18n/names';
import { fields, h } from '../ui/dom';
import { table } from '../ui/table';
import type { Page, PageContext } from './page';

type UserRow = components['schemas']['UserSummaryDto'];
type TokenRow = components['schemas']['ApiTokenSummaryDto'];
type AuditRow = components['schemas']['AuditRowDto'];

const ROLES: Role[] = ['admin', 'evaluator', 'agency', 'municipality'];
const message = () => h('div', { role: 'status', class: 'form-message' });
const fail = (target: HTMLElement, error: unknown) => target.replaceChildren(h('p', { class: 'error' }, (error as Error).message));
const done = (target: HTMLElement) => target.replaceChildren(h('p', { class: 'ok' }, t.admin.done));

async function usersSection(ctx: PageContext, redraw: () => void): Promise<HTMLElement> {
  const users = await typedBody(client.GET('/api/admin/users', { signal: ctx.signal }));
  const note = message();
  const form = h('form', { id: 'new-user', class: 'filters' },
    h('label', {}, t.admin.username, h('input', { name: 'username', required: true })),
    h('label', {}, t.admin.role, h('select', { name: 'role' }, ...ROLES.map((r) => h('option', { value: r }, t.roles[r])))),
    h('label', {}, t.admin.municipality, h('input', { name: 'municipalityCode', inputmode: 'numeric', pattern: '\\d{3}' })),
    h('label', {}, t.admin.password, h('input', { name: 'password', type: 'password', autocomplete: 'new-password', minlength: 12, required: true })),
    h('button', { type: 'submit' }, t.admin.create));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = fields(form);
    try {
      await body(client.POST('/api/admin/users', { body: { ...f, municipalityCode: f.municipalityCode ? Number(f.municipalityCode) : undefined } as never }));
      redraw();
    } catch (error) { fail(note, error); }
  });
  const toggle = (u: UserRow) => h('button', { type: 'button', class: 'link', on: { click: async () => {
    try {
      await body(client.PATCH('/api/admin/users/{username}', { params: { path: { username: u.username } }, body: { disabled: !u.disabled } as never }));
      redraw();
    } catch (error) { fail(note, error); }
  } } }, u.disabled ? t.admin.enable : t.admin.disable);
  return h('section', {}, h('h2', {}, t.admin.users), table([
    { title: t.admin.username, value: (u: UserRow) => u.username },
    { title: t.admin.role, value: (u) => t.roles[u.role] },
    { title: t.admin.municipality, value: (u) => (u.municipalityCode ? municipalityName(u.municipalityCode) : null) },
    { title: t.admin.memberships, value: (u) => (u.evaluations?.length ? u.evaluations.join(', ') : null) },
    { title: t.admin.disabled, value: (u) => (u.disabled ? t.common.yes : t.common.no) },
    { title: t.admin.change, value: (u) => toggle(u), csv: () => '' },
  ], users, { caption: t.admin.users, csvName: 'users' }), form, note, roleForm(users, redraw));
}

/** A new role for a user (with its municipality for the municipality role); the API keeps the last admin and drops memberships. */
function roleForm(users: UserRow[], redraw: () => void): HTMLElement {
  const note = message();
  const form = h('form', { id: 'change-role', class: 'filters' },
    h('label', {}, t.admin.username, h('select', { name: 'username' }, ...users.map((u) => h('option', { value: u.username }, u.username)))),
    h('label', {}, t.admin.newRole, h('select', { name: 'role' }, ...ROLES.map((r) => h('option', { value: r }, t.roles[r])))),
    h('label', {}, t.admin.municipality, h('input', { name: 'municipalityCode', inputmode: 'numeric', pattern: '\\d{3}' })),
    h('button', { type: 'submit' }, t.admin.changeRole));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = fields(form);
    try {
      await body(client.PATCH('/api/admin/users/{username}', { params: { path: { username: f.username } }, body: { role: f.role as Role, municipalityCode: f.municipalityCode ? Number(f.municipalityCode) : undefined } }));
      redraw();
    } catch (error) { fail(note, error); }
  });
  return h('div', {}, h('h3', {}, t.admin.changeRole), form, note);
}

function membershipSection(): HTMLElement {
  const note = message();
  const form = h('form', { id: 'membership', class: 'filters' },
    h('label', {}, t.admin.evaluation, h('input', { name: 'evaluation', required: true, value: 'default' })),
    h('label', {}, t.admin.username, h('input', { name: 'username', required: true })),
    h('button', { type: 'submit', value: 'add' }, t.admin.addMember),
    h('button', { type: 'submit', value: 'remove', class: 'secondary' }, t.admin.removeMember));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const { evaluation, username } = fields(form);
    const path = { params: { path: { evaluation, username } } };
    try {
      await body((e.submitter as HTMLButtonElement | null)?.value === 'remove'
        ? client.DELETE('/api/admin/evaluations/{evaluation}/members/{username}', path)
        : client.PUT('/api/admin/evaluations/{evaluation}/members/{username}', path));
      done(note);
    } catch (error) { fail(note, error); }
  });
  return h('section', {}, h('h2', {}, t.admin.memberships), form, note);
}

function tokenSection(): HTMLElement {
  const note = message();
  const form = h('form', { id: 'new-token', class: 'filters' },
    h('label', {}, t.admin.tokenName, h('input', { name: 'name', required: true })),
    h('label', {}, t.admin.tokenDays, h('input', { name: 'expiresInDays', type: 'number', min: 1, max: 365, value: 30 })),
    h('button', { type: 'submit' }, t.admin.newToken));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = fields(form);
    try {
      const created = await typedBody(client.POST('/api/auth/tokens', { body: { name: f.name, expiresInDays: Number(f.expiresInDays) } as never }));
      note.replaceChildren(h('p', {}, t.admin.tokenShown, ' ', h('code', {}, created.token)));
    } catch (error) { fail(note, error); }
  });
  return h('section', {}, h('h2', {}, t.admin.tokens), form, note);
}

/** Every user's API tokens (never the secret), with revocation. */
async function allTokensSection(ctx: PageContext, redraw: () => void): Promise<HTMLElement> {
  const tokens = await typedBody(client.GET('/api/admin/tokens', { params: { query: {} }, signal: ctx.signal }));
  const note = message();
  const revoke = (r: TokenRow) => (r.active
    ? h('button', { type: 'button', class: 'link', 'aria-label': t.admin.revokeToken({ name: r.name, user: r.username }), on: { click: async () => {
        try {
          await body(client.DELETE('/api/admin/tokens/{id}', { params: { path: { id: r.id } } }));
          redraw();
        } catch (error) { fail(note, error); }
      } } }, t.admin.revoke)
    : t.common.none);
  return h('section', {}, h('h2', {}, t.admin.allTokens), table([
    { title: t.admin.username, value: (r: TokenRow) => r.username },
    { title: t.admin.tokenName, value: (r) => r.name },
    { title: t.admin.created, value: (r) => dateTime(r.createdAt), csv: (r) => r.createdAt },
    { title: t.admin.expires, value: (r) => (r.expiresAt ? dateTime(r.expiresAt) : t.admin.never), csv: (r) => r.expiresAt },
    { title: t.admin.lastUsed, value: (r) => (r.lastUsedAt ? dateTime(r.lastUsedAt) : null), csv: (r) => r.lastUsedAt },
    { title: t.admin.state, value: (r) => (r.active ? t.admin.active : r.revokedAt ? t.admin.revoked : t.admin.expired) },
    { title: t.admin.change, value: (r) => revoke(r), csv: () => '' },
  ], tokens, { caption: t.admin.allTokens, csvName: 'api-tokens', emptyText: t.admin.noTokens }), note);
}

async function auditSection(ctx: PageContext): Promise<HTMLElement> {
  const p = ctx.view.params;
  const query = { actor: p.get('actor') || undefined, action: p.get('action') || undefined, evaluation: p.get('evaluation') || undefined, outcome: (p.get('outcome') || undefined) as 'ok' | 'denied' | 'failed' | undefined, from: p.get('from') || undefined, to: p.get('to') || undefined, limit: 100 };
  const rows = await typedBody(client.GET('/api/admin/audit', { params: { query }, signal: ctx.signal }));
  const form = h('form', { id: 'audit-search', class: 'filters' },
    h('label', {}, t.admin.actor, h('input', { name: 'actor', value: p.get('actor') ?? '' })),
    h('label', {}, t.admin.action, h('input', { name: 'action', value: p.get('action') ?? '' })),
    h('label', {}, t.admin.evaluation, h('input', { name: 'evaluation', value: p.get('evaluation') ?? '' })),
    h('label', {}, t.admin.outcome, h('select', { name: 'outcome' }, ...['', 'ok', 'denied', 'failed'].map((o) => h('option', { value: o, selected: o === (p.get('outcome') ?? '') }, o || t.common.all)))),
    h('label', {}, t.admin.from, h('input', { name: 'from', type: 'date', value: p.get('from') ?? '' })),
    h('label', {}, t.admin.to, h('input', { name: 'to', type: 'date', value: p.get('to') ?? '' })),
    h('button', { type: 'submit' }, t.admin.search));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = `#/admin?${new URLSearchParams(fields(form))}`; });
  return h('section', {}, h('h2', {}, t.admin.audit), form, table([
    { title: t.admin.when, value: (r: AuditRow) => dateTime(r.at), csv: (r) => r.at },
    { title: t.admin.actor, value: (r) => r.actor },
    { title: t.admin.action, value: (r) => r.action },
    { title: t.admin.outcome, value: (r) => r.outcome },
    { title: t.admin.target, value: (r) => r.target ?? r.evaluation ?? null },
  ], rows, { caption: t.admin.audit, csvName: 'audit' }));
}

export const adminPage: Page = {
  id: 'admin',
  roles: ['admin'],
  inNav: true,
  title: () => t.nav.admin,
  async render(ctx) {
    const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
    const [users, tokens, audit] = await Promise.all([usersSection(ctx, redraw), allTokensSection(ctx, redraw), auditSection(ctx)]);
    ctx.main.replaceChildren(h('h1', {}, t.admin.title), users, membershipSection(), tokenSection(), tokens, audit);
  },
};
