// What the flow linker may refer to: the names defined elsewhere in the bot and in its code.
import type { BotCode } from './botCode';
import type { CompiledBot, CompiledSlot, CompiledWebhook, EntityDefinition, FlowPolicy } from './compiledBot';
import type { FlowFile } from './formats.generated';
import { ownEntry } from './ownEntry';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';

export interface FlowInput {
  readonly source: SourceFile;
  readonly data: FlowFile;
}

export interface LinkContext {
  readonly reporter: Reporter;
  /** The manifest, where conversation slots are declared. */
  readonly manifest: SourceFile;
  readonly intents: ReadonlySet<string>;
  readonly faq: ReadonlySet<string>;
  readonly entities: Readonly<Record<string, EntityDefinition>>;
  readonly code: BotCode;
  readonly webhooks: Readonly<Record<string, CompiledWebhook>>;
  readonly queues: ReadonlySet<string>;
  readonly defaultQueue?: string;
  /** Every flow's name and state names, for `goto` targets. */
  readonly flows: ReadonlyMap<string, ReadonlySet<string>>;
  readonly globals: CompiledBot['globals'];
  /** The manifest's conversation slots. */
  readonly conversationSlots: Readonly<Record<string, CompiledSlot>>;
  /** The manifest's defaults for flows' policies. */
  readonly conversation: FlowPolicy;
}

/** The outcomes an action may return, or undefined when no action has that name. */
export function actionOutcomes(ctx: LinkContext, name: string): readonly string[] | undefined {
  return ownEntry(ctx.code.actions, name)?.outcomes ?? ownEntry(ctx.webhooks, name)?.outcomes;
}

export function actionNames(ctx: LinkContext): string[] {
  return [...Object.keys(ctx.code.actions), ...Object.keys(ctx.webhooks)];
}
