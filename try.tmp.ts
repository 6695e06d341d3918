import { loadBot } from './src/config/loadBot';
import { createBotNlu } from './src/nlu/createBotNlu';
import { LanguageChat } from './tests/support/languageChat';
const { bot } = loadBot('tests/fixtures/cafe/bots/cafe.yaml');
const nlu = createBotNlu(bot!);
const runs: [string, string[]][] = [
 ['es', ['quiero un café', 'grande', 'avena', 'no, es pequeño', 'avena', 'tres', 'cinco euros']],
 ['es', ['quiero un café', 'grande', 'pequeño']],
 ['de', ['ich möchte einen Kaffee', 'groß', 'nein, es ist klein', 'hafer', 'zweiundzwanzig', 'dreißig Euro']],
 ['fr', ['je voudrais un café', 'grand', "non, c'est petit", 'avoine', 'une', 'quatre-vingt-dix euros']],
 ['en', ['I would like a coffee', 'large', "no, it's small", 'oat', 'one', 'five dollars']],
];
for (const [lang, msgs] of runs) {
  const chat = new LanguageChat(bot!, nlu, lang);
  console.log(lang, 'start', chat.replies);
  for (const m of msgs) console.log(lang, m, '->', chat.say(m), JSON.stringify(chat.state.flowSlots.order));
  if (chat.effects.some(e => e.type==='call')) { console.log('call ->', chat.answerCall('error'), JSON.stringify(chat.cards)); }
}
