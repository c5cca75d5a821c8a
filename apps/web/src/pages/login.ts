// Sign-in: each role lands on its own first page.
import { body, client } from '../api/client';
import { keepSession, type SignedInUser } from '../api/session';
import { t } from '../i18n/i18n';
import { fields, h } from '../ui/dom';

export const homeOf = (user: SignedInUser): string =>
  user.role === 'municipality' ? '#/team' : user.role === 'admin' ? '#/admin' : '#/overview';

export function renderLogin(main: HTMLElement): void {
  const message = h('div', { role: 'alert' });
  const form = h('form', { id: 'login', class: 'stack' },
    h('label', {}, t.login.username, h('input', { name: 'username', autocomplete: 'username', required: true })),
    h('label', {}, t.login.password, h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit' }, t.login.submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { username, password } = fields(form);
    try {
      const result = await body<{ accessToken: string; user: SignedInUser }>(client.POST('/api/auth/login', { body: { username, password } }));
      keepSession(result.accessToken, result.user);
      location.hash = homeOf(result.user);
    } catch (error) {
      message.replaceChildren(h('p', { class: 'error' }, (error as Error).message));
    }
  });
  main.replaceChildren(h('section', { class: 'login' }, h('h1', {}, t.login.title), form, message));
}
