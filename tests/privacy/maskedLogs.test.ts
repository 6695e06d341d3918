// Logs never carry customers' card numbers, emails or phone numbers, in the message or in a logged
// object, unless BATON_MASK=off; ids stay as they are.
import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger';

function capture(): { stream: Writable; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk.toString()); done(); } });
  return { stream, lines: () => chunks.join('').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const customerText = 'my email is kim@example.com and card 4111 1111 1111 1111';

describe('the logger', () => {
  afterEach(() => { delete process.env.BATON_MASK; });

  it('masks emails and card numbers in logged objects and messages, and keeps ids', () => {
    const out = capture();
    const log = createLogger('info', out.stream);
    log.info({ conversationId: 'rest-1', input: { text: customerText, userId: 'kim@example.com' } }, 'customer wrote 07911 123456');
    const [line] = out.lines();
    expect(line).toMatchObject({
      conversationId: 'rest-1',
      input: { text: 'my email is [email] and card [card]', userId: 'kim@example.com' },
      msg: 'customer wrote [phone]',
    });
    expect(JSON.stringify(line)).not.toContain('4111');
  });

  it('still logs errors with their message and stack', () => {
    const out = capture();
    createLogger('info', out.stream).error({ err: new Error('store down') }, 'route failed');
    expect(out.lines()[0]).toMatchObject({ err: { message: 'store down', stack: expect.any(String) }, msg: 'route failed' });
  });

  it('logs customer text as written when BATON_MASK=off', () => {
    process.env.BATON_MASK = 'off';
    const out = capture();
    createLogger('info', out.stream).info({ text: customerText }, 'hello');
    expect(out.lines()[0]).toMatchObject({ text: customerText });
  });
});
