// Agent accounts: hashed passwords, sessions that expire, API tokens, nothing stored in clear.
import { AgentAccounts, SESSION_HOURS } from '../../src/handoff/agentAccounts';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';

describe('agent accounts', () => {
  const db = openSqliteDatabase(':memory:');
  const accounts = new AgentAccounts(db);
  accounts.save({ id: 'ann', name: 'Ann Agent', queues: ['orders'], capacity: 3 }, 'correct horse');
  const now = new Date('2026-11-24T10:00:00Z');

  it('signs in with the right password only, and keeps no password or token in clear', () => {
    expect(accounts.signIn('ann', 'wrong password', now)).toBeUndefined();
    expect(accounts.signIn('nobody', 'correct horse', now)).toBeUndefined();
    const token = accounts.signIn('ann', 'correct horse', now)!;
    expect(accounts.authenticate(token, now)).toMatchObject({ id: 'ann', queues: ['orders'], capacity: 3 });
    const dump = JSON.stringify([...db.prepare('SELECT * FROM agent').all(), ...db.prepare('SELECT * FROM agent_token').all()]);
    expect(dump).not.toContain('correct horse');
    expect(dump).not.toContain(token);
  });

  it('expires sessions and ends them on sign-out', () => {
    const token = accounts.signIn('ann', 'correct horse', now)!;
    expect(accounts.authenticate(token, new Date(now.getTime() + (SESSION_HOURS - 1) * 3600_000))).toBeDefined();
    expect(accounts.authenticate(token, new Date(now.getTime() + SESSION_HOURS * 3600_000))).toBeUndefined();
    const other = accounts.signIn('ann', 'correct horse', now)!;
    accounts.signOut(other);
    expect(accounts.authenticate(other, now)).toBeUndefined();
  });

  it('issues API tokens that do not expire, and refuses short passwords', () => {
    const token = accounts.createApiToken('ann');
    expect(accounts.authenticate(token, new Date('2030-01-01T00:00:00Z'))).toMatchObject({ id: 'ann' });
    expect(() => accounts.save({ id: 'bob', name: 'Bob', queues: [], capacity: 1 }, 'short')).toThrow(/at least 8/);
  });
});
