// Small DOM helpers for the agent console. Every text goes in as a text node, never as HTML, so
// whatever a customer typed stays inert.

/**
 * An element: h('li', { class: 'msg', 'aria-label': 'x', onclick: fn }, 'text', child, null).
 * Attributes are set with setAttribute (never innerHTML), `style` as an object through CSSOM;
 * strings and numbers become text nodes.
 */
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'style') Object.assign(node.style, value); // CSSOM: allowed by the page's CSP, unlike style=""
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the element's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export const byId = (id) => document.getElementById(id);

/** 75 -> "1m 15s", 4000 -> "1h 06m". */
export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h`;
}

/** return_outside_window -> "Return outside window". */
export function humanize(code) {
  const text = String(code ?? '').replace(/[_-]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : '';
}

/** A slot value as one line of text. */
export function slotText(value) {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export const percent = (x) => `${Math.round(Number(x) * 100)}%`;

/** Shows a short message in the toast area, read out by screen readers. */
let toastTimer;
export function toast(text, kind = 'info') {
  const node = byId('toast');
  fill(node, text);
  node.className = `toast show ${kind}`;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { node.className = 'toast'; }, 5000);
}

export function clearToast() {
  clearTimeout(toastTimer);
  byId('toast').className = 'toast';
}
