// Live delivery bounded in time: what the agent API answers for a channel that takes the message,
// holds no such conversation, refuses it, or does not answer in time.
import { deliverWithin } from '../../src/server/deliverWithin';

const reply = [{ text: 'Hello' }];

it('says delivered when the channel takes the message in time', async () => {
  expect(await deliverWithin(async () => true, 'c1', reply, 500)).toEqual({ delivered: true });
});

it('says why not when no channel holds the conversation', async () => {
  expect(await deliverWithin(async () => false, 'c1', reply, 500)).toEqual({ delivered: false, reason: 'The customer is not connected on a channel that takes live messages.' });
});

it('passes on the channel\'s error as the reason', async () => {
  const answer = await deliverWithin(async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:9'); }, 'c1', reply, 500);
  expect(answer).toEqual({ delivered: false, reason: 'The customer\'s channel refused the message: connect ECONNREFUSED 127.0.0.1:9' });
});

it('stops waiting when the time is up, and a late failure goes nowhere', async () => {
  let fail: (err: Error) => void = () => undefined;
  const started = Date.now();
  const answer = await deliverWithin(() => new Promise((_resolve, reject) => { fail = reject; }), 'c1', reply, 200);
  expect(answer).toEqual({ delivered: false, reason: 'The customer\'s channel did not take the message within 0.2 s.' });
  expect(Date.now() - started).toBeLessThan(1000);
  fail(new Error('too late'));
  await new Promise((resolve) => setImmediate(resolve));
});
