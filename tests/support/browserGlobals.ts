// What botframework-directlinejs expects of a browser, for tests in Node: XMLHttpRequest (for its
// rxjs ajax) and WebSocket (the ws package). Returns the function that puts the globals back.
import { WebSocket } from 'ws';
import { NodeXMLHttpRequest } from './nodeXMLHttpRequest';

export function installBrowserGlobals(): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { XMLHttpRequest: g.XMLHttpRequest, WebSocket: g.WebSocket };
  g.XMLHttpRequest = NodeXMLHttpRequest;
  g.WebSocket = WebSocket;
  return () => {
    g.XMLHttpRequest = before.XMLHttpRequest;
    g.WebSocket = before.WebSocket;
  };
}
