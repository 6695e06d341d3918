// Choosing the SDK of the Teams / Bot Framework channel with BATON_TEAMS_SDK.
import { createTeamsChannel, teamsSdkFromEnv } from '../../adapters/teamsChannel';

describe('BATON_TEAMS_SDK', () => {
  it('is the Agents SDK when unset or empty, and reads either name in any case', () => {
    expect(teamsSdkFromEnv({})).toBe('agents');
    expect(teamsSdkFromEnv({ BATON_TEAMS_SDK: ' ' })).toBe('agents');
    expect(teamsSdkFromEnv({ BATON_TEAMS_SDK: 'agents' })).toBe('agents');
    expect(teamsSdkFromEnv({ BATON_TEAMS_SDK: ' Agents ' })).toBe('agents');
    expect(teamsSdkFromEnv({ BATON_TEAMS_SDK: 'BotBuilder' })).toBe('botbuilder');
  });

  it('refuses any other value, naming the choices', () => {
    expect(() => teamsSdkFromEnv({ BATON_TEAMS_SDK: 'teams-ai' })).toThrow('BATON_TEAMS_SDK must be agents or botbuilder, not "teams-ai".');
  });

  it('builds the channel on the chosen SDK, with the same settings', () => {
    // The Agents SDK channel refuses an app type botbuilder would take as MultiTenant: it shows which SDK checked them.
    const settings = { MicrosoftAppId: 'app', MicrosoftAppPassword: 'x', MicrosoftAppType: 'Multitennant' };
    expect(() => createTeamsChannel('agents', { settings })).toThrow(/MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI, not "Multitennant"/);
    expect(createTeamsChannel('botbuilder', { settings }).name).toBe('botframework');
    expect(createTeamsChannel('agents', { settings: {} }).name).toBe('botframework');
  });
});
