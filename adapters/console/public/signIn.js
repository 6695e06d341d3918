// The sign-in screen: agent id and password to POST /api/agent/login; the token and the agent
// are kept in sessionStorage (gone when the tab closes).
import { api, session } from './api.js';
import { byId, fill } from './dom.js';

/** Shows the form, with `message` (why the agent is here again) if any; calls `onSignedIn` after a sign-in. */
export function showSignIn(message, onSignedIn) {
  byId('desk').hidden = true;
  byId('signin').hidden = false;
  fill(byId('signin-error'), message ?? '');
  byId('signin-error').className = message ? 'form-message info' : 'form-message';
  const form = byId('signin-form');
  const button = form.querySelector('button[type=submit]');
  byId(byId('agent-id').value ? 'password' : 'agent-id').focus();
  form.onsubmit = async (event) => {
    event.preventDefault();
    const agentId = byId('agent-id').value.trim();
    const password = byId('password').value;
    if (!agentId || !password) return void showError('Enter your agent id and password.');
    button.disabled = true;
    try {
      const { token, agent } = await api('POST', '/api/agent/login', { agentId, password });
      session.set({ token, agent });
      byId('password').value = '';
      fill(byId('signin-error'), '');
      byId('signin').hidden = true;
      onSignedIn();
    } catch (err) {
      showError(err.status === 401 ? 'That agent id and password do not match.' : err.message);
      byId('password').select();
    } finally {
      button.disabled = false;
    }
  };
}

function showError(text) {
  fill(byId('signin-error'), text);
  byId('signin-error').className = 'form-message error';
}
