// The pages' one door to the API: the signed-in user's token from sessionStorage, JSON in and out, errors as text.
const TOKEN = 'cti.accessToken';
const USER = 'cti.user';

export function signedInUser() {
  const raw = sessionStorage.getItem(USER);
  return raw ? JSON.parse(raw) : null;
}

export async function login(username, password) {
  const res = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(messageOf(body, res));
  sessionStorage.setItem(TOKEN, body.accessToken);
  sessionStorage.setItem(USER, JSON.stringify(body.user));
  return body.user;
}

export function logout() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
  location.href = '/';
}

function messageOf(body, res) {
  const m = body && body.message;
  return Array.isArray(m) ? m.join('; ') : m || `${res.status} ${res.statusText}`;
}

export async function api(path, { method = 'GET', body, text = false } = {}) {
  const headers = { Authorization: `Bearer ${sessionStorage.getItem(TOKEN) ?? ''}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 401) {
    logout();
    throw new Error('signed out');
  }
  if (text) return res.text();
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new Error(messageOf(data, res));
  return data;
}

/** Builds an element: el('td', { class: 'x' }, 'text', child). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

export function formData(form) {
  const out = {};
  for (const [k, v] of new FormData(form)) if (v !== '') out[k] = v;
  return out;
}

export function showError(target, error) {
  target.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
}

export function requireSignIn() {
  const user = signedInUser();
  if (!user) location.href = '/';
  return user;
}
