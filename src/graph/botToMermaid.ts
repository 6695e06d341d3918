// Every flow of a bot as one Markdown document: a `## flow` heading, its description, and a
// ```mermaid block per flow, ready to paste into a README or view on GitHub. Flows in name order.
import type { CompiledBot } from '../config/compiledBot';
import { flowToMermaid } from './flowToMermaid';

export function botToMermaid(bot: CompiledBot): string {
  const parts = [`# ${oneLine(bot.name)}: flows`];
  for (const name of Object.keys(bot.flows).sort()) {
    const flow = bot.flows[name]!;
    parts.push(`## ${name}`);
    const about = [name === bot.start ? 'The start flow of every new conversation.' : undefined, flow.description, flow.triggers.length > 0 ? `Started by: ${flow.triggers.join(', ')}.` : undefined];
    const text = about.filter((t): t is string => t !== undefined).map(oneLine).join(' ');
    if (text) parts.push(text);
    parts.push(`\`\`\`mermaid\n${flowToMermaid(bot, name)}\n\`\`\``);
  }
  return `${parts.join('\n\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
