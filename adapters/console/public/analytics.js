// The analytics dashboard: signs the agent in (the console's session), reads the period from the
// address (?from=&to=, days in the bot's time zone; default the last seven days), fetches
// GET /api/agent/analytics and draws it with Chart.js.
import { api, onUnauthorized, session } from './api.js';
import { byId, fill } from './dom.js';
import { renderAnalytics } from './analyticsView.js';
import { showSignIn } from './signIn.js';

let destroy = () => undefined;

/** YYYY-MM-DD of a Date in the browser's zone, `daysBack` days before it. */
const isoDay = (date, daysBack = 0) => {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate() - daysBack);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function load() {
  const params = new URLSearchParams(location.search);
  const query = new URLSearchParams();
  for (const name of ['from', 'to']) if (params.get(name)) query.set(name, params.get(name));
  const report = byId('report');
  report.setAttribute('aria-busy', 'true');
  fill(byId('period-error'), '');
  try {
    const data = await api('GET', `/api/agent/analytics${query.size ? `?${query}` : ''}`);
    byId('from').value = data.period.fromDay;
    byId('to').value = data.period.toDay;
    destroy();
    destroy = renderAnalytics(report, data, window.Chart);
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
  button.onclick = () => show(isoDay(new Date(), Number(button.dataset.days) - 1), isoDay(new Date()));
}
byId('signout').onclick = async () => {
  await api('POST', '/api/agent/logout').catch(() => undefined);
  stop('You have signed out.');
};
window.addEventListener('popstate', () => { if (session.get()?.token) void load(); });
onUnauthorized(() => stop('Your session has ended. Please sign in again.'));
if (session.get()?.token) start();
else showSignIn(undefined, start);
