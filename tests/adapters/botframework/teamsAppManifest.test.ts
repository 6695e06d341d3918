// The Teams app package template: valid JSON, every placeholder documented, the bot's id in the
// right place, and icons of the sizes Teams requires.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', '..', '..', 'adapters', 'botframework', 'teams-app');
const manifestText = readFileSync(join(dir, 'manifest.json'), 'utf8');
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]!))].sort();

function pngSize(file: string): { width: number; height: number; colourType: number } {
  const png = readFileSync(join(dir, file));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25]! };
}

describe('the Teams app manifest template', () => {
  it('is valid JSON with the bot id and the scopes the channel serves', () => {
    const manifest = JSON.parse(manifestText);
    expect(manifest.bots[0].botId).toBe('{{MICROSOFT_APP_ID}}');
    expect(manifest.bots[0].scopes).toEqual(['personal', 'groupChat', 'team']);
    expect(manifest.validDomains).toEqual(['{{BOT_DOMAIN}}']);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('uses exactly the placeholders its instructions document', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Placeholders'), readme.indexOf('## Build the package'));
    expect(placeholders(manifestText)).toEqual(placeholders(table));
    expect(placeholders(manifestText)).toContain('MICROSOFT_APP_ID');
  });

  it('ships a 192 px colour icon and a 32 px outline icon with transparency', () => {
    expect(pngSize('color.png')).toMatchObject({ width: 192, height: 192 });
    expect(pngSize('outline.png')).toEqual({ width: 32, height: 32, colourType: 6 });
  });
});
