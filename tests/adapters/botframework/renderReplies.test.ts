// The bot's replies as Bot Framework activities, for each kind of conversation.
import { renderReplies, showsSuggestedActions } from '../../../adapters/botframework/renderReplies';

const quick = [{ title: 'Yes', payload: 'yes' }, { title: 'No', payload: 'no' }];

describe('renderReplies', () => {
  it('sends text as a plain-text message', () => {
    expect(renderReplies([{ text: 'Hello *there*' }], { channelId: 'msteams', conversationType: 'personal' })).toEqual([
      { type: 'message', text: 'Hello *there*', textFormat: 'plain', inputHint: 'acceptingInput' },
    ]);
  });

  it("starts an agent's message with their name in bold, since a bot cannot post as another user, and keeps their text as typed", () => {
    const from = { kind: 'agent' as const, id: 'ann', name: 'Ann Lee' };
    expect(renderReplies([{ text: 'Your *new* charger ships_today', from }], { channelId: 'msteams', conversationType: 'personal' })).toEqual([
      { type: 'message', text: '**Ann Lee:** Your \\*new\\* charger ships\\_today', textFormat: 'markdown', inputHint: 'acceptingInput' },
    ]);
  });

  it("shows an agent's typing as a typing activity", () => {
    expect(renderReplies([{ text: '', typing: true, from: { kind: 'agent', id: 'ann', name: 'Ann Lee' } }], { channelId: 'msteams' })).toEqual([{ type: 'typing' }]);
  });

  it('offers quick replies as imBack suggested actions in a Teams personal chat', () => {
    const [activity] = renderReplies([{ text: 'Did that help?', quickReplies: quick }], { channelId: 'msteams', conversationType: 'personal' });
    expect(activity).toMatchObject({ inputHint: 'expectingInput', suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'Yes' }, { type: 'imBack', title: 'No', value: 'No' }] } });
    expect(activity!.attachments).toBeUndefined();
  });

  it('offers quick replies as messageBack suggested actions carrying the payload on other channels, such as the Emulator', () => {
    const [activity] = renderReplies([{ text: 'Did that help?', quickReplies: quick }], { channelId: 'emulator' });
    expect(activity!.suggestedActions!.actions[0]).toEqual({ type: 'messageBack', title: 'Yes', text: 'Yes', displayText: 'Yes', value: { payload: 'yes' } });
  });

  it.each(['groupChat', 'channel'])('shows quick replies as HeroCard buttons in a Teams %s', (conversationType) => {
    const [activity] = renderReplies([{ text: 'Did that help?', quickReplies: quick }], { channelId: 'msteams', conversationType });
    expect(activity!.suggestedActions).toBeUndefined();
    expect(activity!.attachments).toEqual([{
      contentType: 'application/vnd.microsoft.card.hero',
      content: { images: [], buttons: [
        { type: 'messageBack', title: 'Yes', text: 'Yes', displayText: 'Yes', value: { payload: 'yes' } },
        { type: 'messageBack', title: 'No', text: 'No', displayText: 'No', value: { payload: 'no' } },
      ] },
    }]);
  });

  it('uses card buttons in a Teams personal chat only when there are more quick replies than Teams shows', () => {
    expect(showsSuggestedActions({ channelId: 'msteams', conversationType: 'personal' }, 3)).toBe(true);
    expect(showsSuggestedActions({ channelId: 'msteams', conversationType: 'personal' }, 4)).toBe(false);
    expect(showsSuggestedActions({ channelId: 'emulator' }, 10)).toBe(true);
  });

  it('renders a card as a HeroCard with its image and openUrl buttons', () => {
    const card = { title: 'Returns', subtitle: 'Within 30 days', text: 'Print the label.', image: 'https://example.com/label.png', links: [{ title: 'Policy', url: 'https://example.com/returns' }] };
    const [activity] = renderReplies([{ text: 'Here you go.', card }], { channelId: 'msteams', conversationType: 'personal' });
    expect(activity!.text).toBe('Here you go.');
    expect(activity!.attachments).toEqual([{
      contentType: 'application/vnd.microsoft.card.hero',
      content: {
        title: 'Returns', subtitle: 'Within 30 days', text: 'Print the label.',
        images: [{ url: 'https://example.com/label.png' }],
        buttons: [{ type: 'openUrl', title: 'Policy', value: 'https://example.com/returns' }],
      },
    }]);
  });
});
