// Baton's chat launcher for any site, served at /embed.js:
//   <script src="https://bot.example.com/embed.js" data-color="#0f766e" data-position="left"
//           data-greeting="Questions? We're here."></script>
// adds a round chat button in a corner that opens the bot's web chat page in a panel (a frame of
// this server's page, so the conversation lives in the bot's origin and survives reloads), shows
// how many messages came while the panel was closed, and closes on its button, the page's
// minimise button or Escape, giving focus back to the launcher. data-color: a hex colour (#rgb or
// #rrggbb); data-position: right or left; data-greeting: up to 140 characters in a bubble beside
// the button until the chat is opened or the bubble dismissed (over the bot's own launcherGreeting);
// data-locale: the customer's language as a BCP 47 tag ("es-ES"), when the site knows it, for a bot of
// several languages to speak (else the browser's language).
// A value that is not one of these falls back to its default. The launcher's words (its labels, the
// greeting) are the bot's page words, which the page in the frame sends with its ready message. The button shows once the chat in the frame says it is ready, so a
// server that is down, or a site the bot does not allow to frame it, shows no broken button. Where
// the browser gives frames of another site no storage, this page keeps the chat's state for it in
// its own sessionStorage (key `baton.chat:<bot origin>`). Whether the panel was open is kept there
// too (`baton.chat.open:<bot origin>`): after the site reloads or moves to another of its pages, the
// panel opens again as the customer left it (without taking the focus).
// Everything lives in a shadow root: no globals, no styles leak in or out.
(() => {
  'use strict';
  const script = document.currentScript ?? document.querySelector('script[src$="/embed.js"]');
  if (!script) return;
  let chatUrl;
  try {
    chatUrl = new URL('/?embed=1', script.src);
  } catch {
    return;
  }
  const origin = chatUrl.origin;
  const asked = script.dataset.locale ?? '';
  if (/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8}){0,4}$/.test(asked)) chatUrl.searchParams.set('locale', asked);
  /** The launcher's words, from the page's catalogue (words.js) once the page is ready. */
  let words = {};
  let plural = new Intl.PluralRules('en');
  const text = (key) => (typeof words[key] === 'string' ? words[key] : '');
  /** A word with a count: one text, or one per plural form of the page's language. */
  const counted = (key, count) => {
    const forms = words[key];
    const form = typeof forms === 'string' ? forms : forms?.[plural.select(count)] ?? forms?.other;
    return typeof form === 'string' ? form.replace(/\{\{count\}\}/g, String(count)) : '';
  };
  // Where the chat's state is kept for it when the browser gives its frame no storage (pageStorage.js).
  const stateKey = `baton.chat:${origin}`;
  const keep = (state) => { try { sessionStorage.setItem(stateKey, state); } catch { /* no storage here either */ } };
  const openKey = `baton.chat.open:${origin}`;
  const keepOpen = (open) => { try { sessionStorage.setItem(openKey, open ? '1' : '0'); } catch { /* no storage: it starts closed */ } };
  let wasOpen = false;
  try {
    chatUrl.hash = encodeURIComponent(sessionStorage.getItem(stateKey) ?? '');
    wasOpen = sessionStorage.getItem(openKey) === '1';
  } catch { /* storage denied: the chat starts afresh */ }
  const options = script.dataset;
  const color = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(options.color ?? '') ? options.color : '#4f46e5';
  const side = options.position === 'left' ? 'left' : 'right';
  /** The site's own greeting wins over the bot's. */
  const greeting = () => (typeof options.greeting === 'string' && options.greeting.trim() ? options.greeting : text('launcherGreeting')).trim().slice(0, 140);

  /** White or near-black, whichever reads better on the colour (WCAG relative luminance). */
  const ink = (() => {
    const hex = color.length === 4 ? color.replace(/[0-9a-f]/gi, (d) => d + d) : color;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const light = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return 1.05 / (light + 0.05) >= (light + 0.05) / 0.0616 ? '#ffffff' : '#111827'; // 0.0116: #111827
  })();

  const mount = () => {
    if (document.querySelector('[data-baton-launcher]')) return;
    const host = document.createElement('div');
    host.setAttribute('data-baton-launcher', '');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
  :host { all: initial; }
  * { box-sizing: border-box; }
  .launcher, .panel, .greeting { position: fixed; z-index: 2147483000; ${side}: 20px; }
  .launcher {
    bottom: 20px; width: 56px; height: 56px; border: 0; border-radius: 50%; background: ${color}; color: ${ink};
    display: grid; place-items: center; cursor: pointer; box-shadow: 0 6px 20px rgb(15 23 42 / 0.3);
  }
  .launcher:focus-visible { outline: 3px solid ${color}; outline-offset: 3px; }
  .launcher .close, .open .launcher .chat { display: none; }
  .open .launcher .close { display: block; }
  .badge {
    position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 6px;
    border-radius: 11px; background: #b91c1c; color: #fff; font: 700 12px/22px system-ui, sans-serif; text-align: center;
  }
  .panel {
    bottom: 88px; width: 380px; height: min(640px, calc(100vh - 108px)); border-radius: 16px; overflow: hidden;
    background: #fff; box-shadow: 0 24px 48px -12px rgb(15 23 42 / 0.4);
  }
  .panel iframe { width: 100%; height: 100%; border: 0; display: block; }
  .greeting {
    bottom: 88px; max-width: 260px; display: flex; align-items: flex-start; gap: 4px; padding: 4px; border-radius: 14px;
    background: #fff; color: #111827; box-shadow: 0 8px 24px rgb(15 23 42 / 0.2); font: 15px/1.4 system-ui, sans-serif;
  }
  .greeting button { border: 0; background: none; color: inherit; font: inherit; cursor: pointer; border-radius: 10px; }
  .greeting .text { padding: 8px 4px 8px 10px; text-align: start; }
  .greeting .dismiss { flex: none; width: 32px; height: 32px; font-size: 20px; line-height: 1; color: #4b5563; }
  .greeting button:focus-visible { outline: 2px solid #111827; }
  [hidden] { display: none !important; }
  @media (max-width: 480px) {
    .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }
    .open .launcher { display: none; }
  }
  @media (prefers-reduced-motion: no-preference) { .launcher { transition: transform 0.15s; } .launcher:hover { transform: scale(1.06); } }
  </style>
  <div class="baton" hidden>
    <div class="panel" id="baton-panel" role="dialog" hidden><iframe></iframe></div>
    <div class="greeting" hidden><button class="text" type="button"></button><button class="dismiss" type="button">×</button></div>
    <button class="launcher" type="button" aria-expanded="false" aria-controls="baton-panel">
      <svg class="chat" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>
      <svg class="close" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z"/></svg>
      <span class="badge" aria-hidden="true" hidden></span>
    </button>
  </div>`;
    const $ = (selector) => root.querySelector(selector);
    const [box, panel, frame, launcher, badge, bubble] = ['.baton', '.panel', 'iframe', '.launcher', '.badge', '.greeting'].map($);
    let open = false;
    let unread = 0;
    let greeted = false;

    const tell = (type) => frame.contentWindow?.postMessage({ baton: 'launcher', type }, origin);
    const label = () => {
      const count = open ? 0 : unread;
      badge.hidden = count === 0;
      badge.textContent = count > 99 ? '99+' : String(count);
      launcher.setAttribute('aria-label', open ? text('launcherClose') : count > 0 ? counted('launcherOpenUnread', count) : text('launcherOpen'));
  };

  /** Opens or closes the panel; `focus`: move the focus with it (not when restoring after a reload). */
  function show(next, focus = true) {
    if (next === open) return;
    open = next;
    keepOpen(open);
    box.classList.toggle('open', open);
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      bubble.hidden = true;
      if (focus) frame.focus();
      tell('open');
    } else {
      tell('closed');
      if (focus) launcher.focus();
    }
    label();
  }

  launcher.addEventListener('click', () => show(!open));
  $('.greeting .text').addEventListener('click', () => show(true));
  $('.greeting .dismiss').addEventListener('click', () => { bubble.hidden = true; launcher.focus(); });
  root.addEventListener('keydown', (event) => { if (event.key === 'Escape' && open) show(false); });
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const message = event.data;
    if (message?.baton !== 'webchat') return;
    if (message.type === 'ready') {
      learn(message);
      box.hidden = false;
      if (wasOpen) show(true, false);
      wasOpen = false;
    }
    else if (message.type === 'words') learn(message);
    else if (message.type === 'remember' && typeof message.state === 'string' && message.state.length < 8192) keep(message.state);
    else if (message.type === 'close') show(false);
    else if (message.type === 'unread' && Number.isInteger(message.count) && message.count >= 0) {
      unread = message.count;
      label();
    }
  });
  /** Takes the words and language the page sent, and labels the launcher with them. */
  function learn({ words: sent, locale }) {
    if (sent && typeof sent === 'object') words = sent;
    try { plural = new Intl.PluralRules(typeof locale === 'string' && locale ? locale : 'en'); } catch { /* not a language tag: English forms */ }
    panel.setAttribute('aria-label', text('launcherChat'));
    frame.title = text('launcherChat');
    $('.greeting .dismiss').setAttribute('aria-label', text('launcherDismiss'));
    label();
    const said = greeting();
    if (said && !greeted && !open) {
      $('.greeting .text').textContent = said;
      bubble.hidden = false;
    }
    greeted = true;
  }
  frame.addEventListener('load', () => { tell('hello'); if (open) tell('open'); });
  frame.src = chatUrl.href;
  document.body.append(host);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
})();
