// Baton conversation ids for Bot Framework conversations.
import { conversationKey } from '../../../adapters/botframework/conversationKey';

describe('conversationKey', () => {
  const teams = '19:4f3c1b2a9d8e4f6a@thread.v2;messageid=1700000000000';

  it('is the same for the same channel and conversation', () => {
    expect(conversationKey('msteams', teams)).toBe(conversationKey('msteams', teams));
  });

  it('differs between conversations and between channels', () => {
    expect(conversationKey('msteams', teams)).not.toBe(conversationKey('msteams', `${teams}1`));
    expect(conversationKey('msteams', teams)).not.toBe(conversationKey('emulator', teams));
  });

  it('uses only safe characters and keeps the channel readable', () => {
    expect(conversationKey('msteams', teams)).toMatch(/^bf-msteams-[0-9a-f]{32}$/);
    expect(conversationKey('Some/Odd Channel', 'x')).toMatch(/^bf-someoddchannel-[0-9a-f]{32}$/);
  });
});
