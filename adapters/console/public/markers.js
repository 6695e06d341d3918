// A saved reply's `[name]` markers: the places the agent still has to fill before sending.

/** One marker: `[order_number]`, `[customer.name]`. */
export const MARKER = /\[[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?\]/;

/** The markers still in `text`, each once, in order. */
export function unfilledMarkers(text) {
  return [...new Set(text.match(new RegExp(MARKER.source, 'g')) ?? [])];
}
