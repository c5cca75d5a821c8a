// A typed element builder: h('td', { class: 'x' }, 'text', child). Text is always set as text, never parsed as HTML.
type Child = Node | string | number | null | undefined | false | Child[];
type Handlers<K extends keyof HTMLElementTagNameMap> = Partial<{ [E in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[E] & { currentTarget: HTMLElementTagNameMap[K] }) => unknown }>;
type Attrs<K extends keyof HTMLElementTagNameMap> = { on?: Handlers<K>; [attribute: string]: string | number | boolean | null | undefined | Handlers<K> };

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs<K> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'on') {
      for (const [event, handler] of Object.entries(value as object)) node.addEventListener(event, handler as EventListener);
    } else if (value !== undefined && value !== null && value !== false) {
      if (key === 'value' && 'value' in node) (node as HTMLInputElement).value = String(value);
      else if (key === 'checked' || key === 'selected') (node as unknown as Record<string, boolean>)[key] = Boolean(value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A form's non-empty fields as strings. */
export function fields(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') out[key] = value;
  return out;
}

export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
