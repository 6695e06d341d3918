import { loadBot } from './src/config/loadBot';
const { bot, problems } = loadBot('tests/fixtures/cafe/bots/cafe.yaml');
for (const p of problems) console.log(p.severity, p.code, p.file.replace(/^.*fixtures\//,''), p.line, p.col, p.path, p.message);
console.log(!!bot, JSON.stringify(bot?.byLanguage.es?.flows.order?.states.done));
