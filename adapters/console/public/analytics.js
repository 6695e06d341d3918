// The analytics dashboard: signs the agent in (the console's session), reads the period from the
// address (?from=&to=, days in the bot's time zone; default the last seven days), fetches
// GET /api/agent/analytics and draws it with Chart.js. The quick period buttons count days up to
// the bot's today, and the one whose period is shown is pressed (aria-pressed).
import { api, onUnauthorized, session } from './api.js';
import { byId, fill } from './dom.js';
import { renderAnalytics } from './analyticsView.js';
import { showSignIn } from './signIn.js';

let destroy = () => undefined;
/** Today in the bot's zone (YYYY-MM-DD), from the last report; until then the browser's. */
/** YYYY-MM-DD of `date` in `timeZone` (undefined: the browser's). */
function ymd(date, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
let today = ymd(new Date());

/** The day `daysBack` days before `day` (both YYYY-MM-DD). */
const daysBefore = (day, daysBack) => new Date(Date.parse(`${day}T00:00:00Z`) - daysBack * 86_400_000).toISOString().slice(0, 10);

/** The quick period a button stands for: its number of days up to today. */
const quickPeriod = (button) => ({ from: daysBefore(today, Number(button.dataset.days) - 1), to: today });

/** Marks the quick period button (if any) whose period is the one shown. */
function markQuickPeriod(period) {
  for (const button of document.querySelectorAll('[data-days]')) {
    const { from, to } = quickPeriod(button);
    button.setAttribute('aria-pressed', String(period.fromDay === from && period.toDay === to));
  }
}

async function load() {
  const params = new URLSearchParams(location.search);
  const query = new URLSearchParams();
  for (const name of ['from', 'to']) if (params.get(name)) query.set(name, params.get(name));
  const report = byId('report');
  report.setAttribute('aria-busy', 'true');
  fill(byId('period-error'), '');
  try {
    const [data, bot] = await Promise.all([api('GET', `/api/agent/analytics${query.size ? `?${query}` : ''}`), api('GET', '/api/agent/bot')]);
    today = ymd(new Date(data.generatedAt), data.period.timezone);
    markQuickPeriod(data.period);
    byId('from').value = data.period.fromDay;
    byId('to').value = data.period.toDay;
    destroy();
    // Times as the bot writes them (its locale and zone), as in the console.
    destroy = renderAnalytics(report, data, window.Chart, bot.locale);
    document.body.dataset.loaded = `${data.period.fromDay}/${data.period.toDay}`;
  } catch (err) {
    if (err.status === 401) return;
    fill(byId('period-error'), err.message);
  } finally {
    report.setAttribute('aria-busy', 'false');
  }
}

function show(from, to) {
  history.pushState(null, '', `?${new URLSearchParams({ from, to })}`);
  void load();
}

function start() {
  byId('signin').hidden = true;
  byId('desk').hidden = false;
  fill(byId('agent-name'), session.get().agent.name);
  void load();
}

function stop(message) {
  destroy();
  destroy = () => undefined;
  session.clear();
  showSignIn(message, start);
}

byId('period-form').onsubmit = (event) => {
  event.preventDefault();
  show(byId('from').value, byId('to').value);
};
for (const button of document.querySelectorAll('[data-days]')) {
  button.onclick = () => { const { from, to } = quickPeriod(button); show(from, to); };
}
byId('signout').onclick = async () => {
  await api('POST', '/api/agent/logout').catch(() => undefined);
  stop('You have signed out.');
};
window.addEventListener('popstate', () => { if (session.get()?.token) void load(); });
onUnauthorized(() => stop('Your session has ended. Please sign in again.'));
if (session.get()?.token) start();
else showSignIn(undefined, start);
