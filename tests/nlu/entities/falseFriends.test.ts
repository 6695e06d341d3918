// Fuzzy matching corrects typos, never real words: every false friend below is spelled close enough
// to a value to pass the edit-distance rules, and only the real-word rule keeps them apart.
import { spellingSimilarity, typoSimilarity } from '../../../src/nlu/entities/fuzzyThreshold';
import type { EntitySpec } from '../../../src/nlu/entities';
import { extractWith } from './helpers';

/** [what the customer typed, the value it must not become, a message it comes in]. */
const falseFriends: [string, string, string][] = [
  ['charged', 'charger', 'I was charged twice'],
  ['charges', 'charger', 'why are there two charges on my card'],
  ['charter', 'charger', 'is there a charter for customers'],
  ['printed', 'printer', 'I printed the returns label'],
  ['posted', 'poster', 'I posted it back yesterday'],
  ['shipped', 'shipper', 'it was shipped last week'],
  ['heated', 'heater', 'the discussion got heated'],
  ['washed', 'washer', 'I washed it once and it shrank'],
  ['toasted', 'toaster', 'the bread came out barely toasted'],
  ['blended', 'blender', 'the colours blended in the wash'],
  ['routed', 'router', 'my call was routed to the wrong team'],
  ['routes', 'router', 'which delivery routes cover my town'],
  ['route', 'router', 'the driver took the wrong route'],
  ['phoned', 'phone', 'I phoned yesterday about this'],
  ['invoiced', 'invoice', 'I was invoiced for the wrong amount'],
  ['upgraded', 'upgrade', 'my plan was upgraded without asking'],
  ['exchanged', 'exchange', 'I exchanged emails with your team'],
  ['cabled', 'cable', 'the house is cabled for broadband'],
  ['cased', 'case', 'the shop was cased before the break-in'],
  ['stated', 'state', 'as I stated before'],
  ['ticked', 'ticket', 'I ticked the box for gift wrap'],
  ['vouched', 'voucher', 'a friend vouched for your shop'],
  ['delivers', 'delivery', 'who delivers in my area'],
  ['table', 'tablet', 'I left it on the table'],
  ['remove', 'remote', 'please remove my card details'],
  ['plane', 'plan', 'it was lost on the plane'],
  ['plant', 'plan', 'the plant pot arrived cracked'],
  ['plain', 'plan', 'in plain words, where is it'],
  ['warrant', 'warranty', 'does this warrant a refund'],
  ['repaid', 'repair', 'I have not been repaid yet'],
  ['cancer', 'cancel', 'a donation to cancer research'],
  ['cause', 'case', 'what was the cause of the delay'],
  ['batter', 'battery', 'the pancake batter mix was out of date'],
  ['bender', 'blender', 'the van had a fender bender'],
  ['booming', 'booking', 'the line was booming with noise'],
  ['sweat', 'seat', 'the sweat band is torn'],
  ['covert', 'cover', 'no covert fees please'],
];

/** [typo, the value it means]. */
const typos: [string, string][] = [
  ['chargr', 'charger'], ['chrager', 'charger'], ['hedphones', 'headphones'], ['headphnoes', 'headphones'],
  ['headphons', 'headphones'], ['keybaord', 'keyboard'], ['cabel', 'cable'], ['printr', 'printer'],
  ['kettel', 'kettle'], ['moniter', 'monitor'], ['speker', 'speaker'], ['blutooth', 'bluetooth'],
  ['tablett', 'tablet'], ['routr', 'router'], ['refnud', 'refund'], ['acount', 'account'],
  ['pasword', 'password'], ['invioce', 'invoice'], ['warrenty', 'warranty'], ['delivry', 'delivery'],
  ['replacment', 'replacement'], ['vocher', 'voucher'], ['tiket', 'ticket'], ['batery', 'battery'],
  ['camra', 'camera'], ['laptp', 'laptop'], ['toastr', 'toaster'], ['remte', 'remote'],
];

/** [another number of the value, the value]: the same word, matched as before. */
const sameWord: [string, string][] = [
  ['chargers', 'charger'], ['headphone', 'headphones'], ['tablets', 'tablet'], ['printers', 'printer'],
  ['covers', 'cover'], ['refunds', 'refund'], ['kettles', 'kettle'], ['heaters', 'heater'],
];

const allValues = [...new Set([...falseFriends.map(([, value]) => value), ...typos.map(([, value]) => value)])];
const products: EntitySpec = { kind: 'values', name: 'product', values: Object.fromEntries(allValues.map((v) => [v, []])), fuzzy: true };

describe('fuzzy matching of value lists', () => {
  it('keeps lists long enough to mean something', () => {
    expect(falseFriends.length).toBeGreaterThanOrEqual(30);
    expect(typos.length).toBeGreaterThanOrEqual(15);
  });

  it.each(falseFriends)('never reads "%s" as "%s", though they are spelled alike', (typed, value) => {
    expect(spellingSimilarity(typed, value)).toBeDefined();
    expect(typoSimilarity(typed, value)).toBeUndefined();
  });

  it.each(falseFriends)('finds no product in a message with "%s" (not "%s"): %s', (typed, value, message) => {
    expect(message.split(' ')).toContain(typed);
    expect(extractWith(products, message).map((m) => m.value)).not.toContain(value);
  });

  it.each(typos)('still reads the typo "%s" as "%s"', (typed, value) => {
    expect(typoSimilarity(typed, value)).toBeGreaterThan(0.9);
    expect(extractWith(products, `my ${typed} is broken`).map((m) => [m.raw, m.value])).toEqual([[typed, value]]);
  });

  it.each(sameWord)('still reads "%s" as the same word "%s"', (typed, value) => {
    expect(typoSimilarity(typed, value)).toBeDefined();
  });

  it('tells another form of a value that no word list holds from a typo of it', () => {
    const device: EntitySpec = { kind: 'values', name: 'device', values: { chromecast: [] }, fuzzy: true };
    expect(spellingSimilarity('chromecasted', 'chromecast')).toBeDefined();
    expect(extractWith(device, 'I chromecasted the film').map((m) => m.value)).toEqual([]);
    expect(extractWith(device, 'both chromecasts are dead').map((m) => m.value)).toEqual(['chromecast']);
    expect(extractWith(device, 'the chromecst is dead').map((m) => m.value)).toEqual(['chromecast']);
  });

  it('reads "I was charged twice" as no product at all', () => {
    const shop: EntitySpec = { kind: 'values', name: 'product', values: { charger: ['power adapter'], headphones: ['earbuds'], 'phone case': ['cover'] }, fuzzy: true };
    expect(extractWith(shop, 'I was charged twice for one charger')).toEqual([
      expect.objectContaining({ raw: 'charger', value: 'charger', score: 1 }),
    ]);
    expect(extractWith(shop, 'I was charged twice')).toEqual([]);
  });
});
