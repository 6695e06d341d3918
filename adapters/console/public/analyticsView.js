// Draws an analytics report (GET /api/agent/analytics, or `baton report`'s JSON) into an element:
// headline figures, charts (Chart.js, passed in) and the messages the bot did not understand.
// Imports nothing, so `baton report` can inline it in a self-contained HTML file. Every text goes
// in as a text node, so whatever customers typed stays inert.

/** Times and days as the bot writes them: its locale (when given) and time zone; set by renderAnalytics. */
let clock = makeClock(undefined, undefined);

function makeClock(locale, timeZone) {
  const make = (loc, options) => {
    try {
      return new Intl.DateTimeFormat(loc, options);
    } catch {
      return new Intl.DateTimeFormat(undefined, { ...options, timeZone: options.timeZone === 'UTC' ? 'UTC' : undefined });
    }
  };
  const full = make(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  const day = make(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return { fullTime: (iso) => full.format(new Date(iso)), dayLabel: (d) => day.format(new Date(`${d}T00:00:00Z`)) };
}
const dayLabel = (day) => clock.dayLabel(day);
const fullTime = (iso) => clock.fullTime(iso);

const COLORS = { primary: '#2f5bd3', green: '#1d7a46', amber: '#b7791f', red: '#b3261e', grey: '#8792a2', teal: '#0f766e', violet: '#6d4fc2' };

const CHANNELS = { webchat: 'Web chat', msteams: 'Microsoft Teams', rest: 'REST API', emulator: 'Bot Framework Emulator', unknown: 'Unknown' };
const channelName = (id) => (Object.hasOwn(CHANNELS, id) ? CHANNELS[id] : id);

/** return_outside_window -> "Return outside window". */
const humanize = (code) => { const t = String(code).replace(/[_-]+/g, ' ').trim(); return t ? t[0].toUpperCase() + t.slice(1) : ''; };
const own = (record, key) => (record && Object.hasOwn(record, key) ? record[key] : undefined);

/** How people read the names the report counts by: the authors' titles (report.titles), else the name made readable. */
function namers(titles = {}) {
  const intent = (name) => (name === '(none)' ? 'No intent recognised' : own(titles.intents, name) ?? humanize(name));
  const flow = (name) => own(titles.flows, name) ?? humanize(name);
  const state = (key) => {
    if (key === '(no flow)') return 'No flow running';
    const dot = key.indexOf('.');
    return dot < 0 ? flow(key) : `${flow(key.slice(0, dot))} › ${humanize(key.slice(dot + 1))}`;
  };
  return { intent, state, reason: humanize };
}

/** Every day of the period (YYYY-MM-DD, both ends included). */
export function periodDays(fromDay, toDay) {
  const days = [];
  for (let t = Date.parse(`${fromDay}T00:00:00Z`), end = Date.parse(`${toDay}T00:00:00Z`); t <= end && days.length < 400; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const NO_TIMES = { p50: null, p90: null };
/** The period's days, each with its figures: zero conversations and no rates on a day nothing happened. */
function everyDay(report) {
  const byDay = new Map(report.summary.byDay.map((d) => [d.day, d]));
  return periodDays(report.period.fromDay, report.period.toDay).map((day) => byDay.get(day) ?? {
    day, conversations: 0, containmentRate: null, handoffRate: null, fallbackRate: null, csat: null, firstResponseMs: NO_TIMES, queueWaitSeconds: NO_TIMES,
  });
}

/** "24 Nov": a day of the period as the axis shows it. */

/** "66.7 %", or "–" when there is nothing to measure. */
export const percent = (rate) => (rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)} %`);
/** "4.33 / 5", or "–". */
export const score = (average) => (average === null || average === undefined ? '–' : `${average.toFixed(2)} / 5`);
const ms = (value) => (value === null ? '–' : value < 1 ? '< 1 ms' : value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`);
const seconds = (value) => {
  if (value === null) return '–';
  if (value < 60) return `${Math.round(value)} s`;
  const whole = Math.round(value);
  if (whole < 3600) return whole % 60 ? `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s` : `${whole / 60} min`;
  const minutes = Math.round((whole % 3600) / 60);
  return minutes ? `${Math.floor(whole / 3600)} h ${String(minutes).padStart(2, '0')} min` : `${Math.floor(whole / 3600)} h`;
};
/** A median as the tile's value, the 90th percentile beside what it measures. */
const median = (metric, label, p, format, what) => tile(metric, label, p.p50 === null ? '–' : format(p.p50), p.p50 === null ? what : `median · p90 ${format(p.p90)} · ${what}`);

function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const tile = (metric, label, value, detail) =>
  h('div', { class: 'tile', 'data-metric': metric }, h('p', { class: 'tile-label' }, label), h('p', { class: 'tile-value' }, value), h('p', { class: 'tile-detail' }, detail ?? ''));

function tiles(s) {
  const faqTotal = s.faqHelpfulness.helpful + s.faqHelpfulness.notHelpful;
  return h('section', { class: 'tiles', 'aria-label': 'Headline figures' },
    tile('conversations', 'Conversations', String(s.conversations)),
    tile('containment', 'Containment', percent(s.containmentRate), 'resolved without a person'),
    tile('csat', 'CSAT', score(s.csat.average), s.csat.responses ? `${percent(s.csat.satisfiedRate)} satisfied · ${s.csat.responses} ratings` : 'no ratings'),
    tile('handoff', 'Handoff rate', percent(s.handoffRate), 'conversations sent to people'),
    tile('fallback', 'Not understood', percent(s.fallbackRate), 'of customer messages'),
    tile('faq', 'FAQ helpful', percent(s.faqHelpfulness.rate), faqTotal ? `${s.faqHelpfulness.helpful} of ${faqTotal} answers` : 'no feedback'),
    median('first-response', 'First response', s.firstResponseMs, ms, 'the bot\'s first answer'),
    median('queue-wait', 'Wait for a person', s.queueWaitSeconds, seconds, 'handoff to claim'),
    median('handling', 'Agent handling', s.handlingSeconds, seconds, 'claim to resolution'));
}

export const NO_DATA = 'No data for this period';

/** A titled card holding a chart's canvas, described for screen readers; or, with nothing to plot, saying so. */
function chartCard(id, title, description, wide, empty) {
  const canvas = empty ? undefined : h('canvas', { id: `chart-${id}`, role: 'img', 'aria-label': `${title}: ${description}` });
  const body = empty ? h('p', { class: 'no-data' }, NO_DATA) : h('div', { class: 'chart-box' }, canvas);
  return { canvas, card: h('section', { class: wide ? 'card wide' : 'card', 'data-chart': id }, h('h2', {}, title), body) };
}

const entries = (record) => Object.entries(record);
const describe = (record, name = String) => entries(record).map(([k, v]) => `${name(k)} ${v}`).join(', ') || 'none';
/** Nothing to plot: every value missing or zero. */
const blank = (values) => values.every((v) => v === null || v === undefined || v === 0);

function barChart(Chart, canvas, record, color, label, name = String) {
  const rows = entries(record).slice(0, 12);
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: rows.map(([k]) => name(k)), datasets: [{ label, data: rows.map(([, v]) => v), backgroundColor: color, borderRadius: 4, maxBarThickness: 28 }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

const pct = (rate) => (rate === null ? null : Math.round(rate * 1000) / 10);

function charts(root, report, Chart) {
  const s = report.summary;
  const name = namers(report.titles);
  const byDay = everyDay(report);
  const days = byDay.map((d) => dayLabel(d.day));
  const channels = entries(s.byChannel);
  const grid = h('div', { class: 'grid' });
  const made = [];
  const add = (id, title, description, wide, empty, draw) => {
    const { canvas, card } = chartCard(id, title, description, wide, empty);
    grid.append(card);
    if (canvas) made.push(() => draw(canvas));
  };
  // Lines break on days without a figure (spanGaps off): a gap is not joined as if it were a trend.
  add('over-time', 'Conversations and containment by day', byDay.map((d) => `${d.day}: ${d.conversations}, ${percent(d.containmentRate)}`).join('; '), true, blank(byDay.map((d) => d.conversations)), (canvas) => new Chart(canvas, {
    data: {
      labels: days,
      datasets: [
        { type: 'bar', label: 'Conversations', data: byDay.map((d) => d.conversations), backgroundColor: '#c7d4f5', yAxisID: 'count', order: 2, maxBarThickness: 64 },
        { type: 'line', label: 'Containment %', data: byDay.map((d) => pct(d.containmentRate)), borderColor: COLORS.green, backgroundColor: COLORS.green, yAxisID: 'rate', tension: 0.25, order: 1, spanGaps: false },
        { type: 'line', label: 'Handoff %', data: byDay.map((d) => pct(d.handoffRate)), borderColor: COLORS.red, backgroundColor: COLORS.red, yAxisID: 'rate', tension: 0.25, order: 1, spanGaps: false },
      ],
    },
    options: { scales: { count: { position: 'left', beginAtZero: true, ticks: { precision: 0 } }, rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } } } },
  }));
  add('csat-time', 'CSAT by day', byDay.map((d) => `${d.day}: ${score(d.csat)}`).join('; '), false, blank(byDay.map((d) => d.csat)), (canvas) => new Chart(canvas, {
    type: 'line',
    data: { labels: days, datasets: [{ label: 'Average score', data: byDay.map((d) => d.csat), borderColor: COLORS.amber, backgroundColor: COLORS.amber, spanGaps: false, tension: 0.25 }] },
    options: { plugins: { legend: { display: false } }, scales: { y: { min: 1, max: 5 } } },
  }));
  add('times', 'First response and wait by day (medians)', 'first response in ms, wait for a person in seconds', false, blank(byDay.flatMap((d) => [d.firstResponseMs.p50, d.queueWaitSeconds.p50])), (canvas) => new Chart(canvas, {
    type: 'line',
    data: {
      labels: days,
      datasets: [
        { label: 'First response (ms)', data: byDay.map((d) => d.firstResponseMs.p50), borderColor: COLORS.primary, backgroundColor: COLORS.primary, yAxisID: 'ms', spanGaps: false },
        { label: 'Wait for a person (s)', data: byDay.map((d) => d.queueWaitSeconds.p50), borderColor: COLORS.violet, backgroundColor: COLORS.violet, yAxisID: 's', spanGaps: false },
      ],
    },
    options: { scales: { ms: { position: 'left', beginAtZero: true }, s: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } } } },
  }));
  const bars = (id, title, record, color, label, namer) =>
    add(id, title, describe(record, namer), false, blank(Object.values(record)), (canvas) => barChart(Chart, canvas, record, color, label, namer));
  bars('by-reason', 'Handoffs by reason', s.handoffsByReason, COLORS.red, 'Handoffs', name.reason);
  bars('by-intent', 'Handoffs by intent', s.handoffsByIntent, COLORS.amber, 'Handoffs', name.intent);
  bars('by-state', 'Handoffs by flow step', s.handoffsByState, COLORS.violet, 'Handoffs', name.state);
  bars('intents', 'Messages by intent', s.intents, COLORS.primary, 'Messages', name.intent);
  add('channels', 'By channel', channels.map(([c, r]) => `${channelName(c)}: ${r.conversations} conversations, containment ${percent(r.containmentRate)}`).join('; ') || 'none', false, channels.length === 0, (canvas) => new Chart(canvas, {
    type: 'bar',
    data: {
      labels: channels.map(([c]) => channelName(c)),
      datasets: [
        { label: 'Containment %', data: channels.map(([, r]) => pct(r.containmentRate)), backgroundColor: COLORS.green },
        { label: 'Handoff %', data: channels.map(([, r]) => pct(r.handoffRate)), backgroundColor: COLORS.red },
        { label: 'Not understood %', data: channels.map(([, r]) => pct(r.fallbackRate)), backgroundColor: COLORS.grey },
      ],
    },
    options: { scales: { y: { min: 0, max: 100 } } },
  }));
  add('faq', 'FAQ answers: helpful or not', `${s.faqHelpfulness.helpful} helpful, ${s.faqHelpfulness.notHelpful} not helpful`, false, blank([s.faqHelpfulness.helpful, s.faqHelpfulness.notHelpful]), (canvas) => new Chart(canvas, {
    type: 'doughnut',
    data: { labels: ['Helpful', 'Not helpful'], datasets: [{ data: [s.faqHelpfulness.helpful, s.faqHelpfulness.notHelpful], backgroundColor: [COLORS.green, COLORS.red] }] },
    options: { plugins: { legend: { position: 'bottom' } } },
  }));
  root.append(grid);
  return made;
}

/** The key rates of each channel or language, a row each. */
function ratesTable(title, id, first, record, name) {
  const rows = entries(record ?? {});
  if (rows.length === 0) return null;
  return h('section', { class: 'card wide' }, h('h2', {}, title),
    h('table', { class: 'data', 'data-table': id },
      h('thead', {}, h('tr', {}, [first, 'Conversations', 'Containment', 'Handoff', 'Not understood', 'CSAT', 'First response', 'Wait'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map(([key, r]) => h('tr', { 'data-key': key },
        h('th', { scope: 'row' }, name(key)), h('td', {}, String(r.conversations)), h('td', {}, percent(r.containmentRate)), h('td', {}, percent(r.handoffRate)),
        h('td', {}, percent(r.fallbackRate)), h('td', {}, score(r.csat)), h('td', {}, ms(r.firstResponseMs.p50)), h('td', {}, seconds(r.queueWaitSeconds.p50)))))));
}

/** A language's name in the reader's words ("Spanish", "español"), from its code. */
function languageNamer(locale) {
  let names;
  try {
    names = new Intl.DisplayNames(locale ? [locale] : [], { type: 'language' });
  } catch {
    names = undefined;
  }
  return (code) => names?.of(code) ?? code;
}

function notUnderstoodTable(s) {
  const list = s.notUnderstood;
  return h('section', { class: 'card wide', 'aria-labelledby': 'not-understood-title' },
    h('h2', { id: 'not-understood-title' }, 'Messages the bot did not understand'),
    h('p', { class: 'muted' }, list.length ? 'Most frequent first. Add the ones customers will say again as examples of an intent (intents/*.yaml), then run baton eval.' : 'None in this period.'),
    list.length ? h('table', { class: 'data', 'data-table': 'not-understood' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Message'), h('th', { scope: 'col', class: 'num' }, 'Times'), h('th', { scope: 'col' }, 'Last seen'))),
      h('tbody', {}, list.map((m) => h('tr', {}, h('td', { class: 'message' }, m.text), h('td', { class: 'num' }, String(m.count)), h('td', {}, fullTime(m.lastAt)))))) : null);
}

/**
 * Replaces the element's content with the report. `Chart` is Chart.js's constructor. Returns a
 * function that destroys the charts (call it before drawing again).
 */
export function renderAnalytics(root, report, Chart, locale) {
  clock = makeClock(locale, report.bot?.timezone ?? report.period?.timezone);
  const s = report.summary;
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  root.replaceChildren(
    h('p', { class: 'period', 'data-period': `${report.period.fromDay}/${report.period.toDay}` },
      `${report.period.fromDay} to ${report.period.toDay} (${report.period.timezone}) · generated ${fullTime(report.generatedAt)}`),
    tiles(s));
  if (s.conversations === 0) {
    root.append(h('p', { class: 'empty-period' }, 'No conversations in this period.'));
    return () => undefined;
  }
  const drawn = charts(root, report, Chart).map((draw) => draw());
  const table = ratesTable('Channels', 'channels', 'Channel', s.byChannel, channelName);
  if (table) root.append(table);
  // Languages: shown when conversations were in more than one.
  const languages = Object.keys(s.byLanguage ?? {}).length > 1 ? ratesTable('Languages', 'languages', 'Language', s.byLanguage, languageNamer(locale)) : null;
  if (languages) root.append(languages);
  root.append(notUnderstoodTable(s));
  return () => drawn.forEach((chart) => chart.destroy());
}
