// The TypeScript side of a bot: actions, validators and conditions that YAML flows name.
// A bot's `code` module default-exports `defineBotCode({...})`; the loader checks every name.
import { existsSync } from 'node:fs';
import type { SlotValue, SlotValues } from '../engine/slotValue';
import { allowTypeScriptRequire } from './typeScriptLoader';

export interface ActionContext {
  readonly conversationId: string;
  readonly slots: SlotValues;
  /** The conversation's language, by code ("en", "es"): slot values the action sets are shown in its replies. */
  readonly language: string;
  /** Aborted when the action takes longer than the runtime allows. */
  readonly signal: AbortSignal;
}

export interface ActionResult<O extends string = string> {
  readonly outcome: O | 'error';
  /** Slot values the action learned, e.g. an order's status; `null` forgets a slot. */
  readonly slots?: Readonly<Record<string, SlotValue | null>>;
}

export interface ActionDefinition<O extends string = string> {
  /** Every outcome `run` may return besides `error`; flows map them to states with `on`. */
  readonly outcomes: readonly O[];
  /** What the customer hears it called when it fails ("our order system"); `{{system}}` of the `actionFailed` message. */
  readonly title?: string;
  /** The slots `run` may set, checked against the flows that call it. */
  readonly sets?: readonly string[];
  readonly run: (ctx: ActionContext) => Promise<ActionResult<O>> | ActionResult<O>;
}

/** Accepts or rejects a slot's value; rejected values are asked for again with the slot's `invalid` text. */
export type Validator = (value: SlotValue, slots: SlotValues) => boolean;

/** A named branch condition. */
export type ConditionFunction = (slots: SlotValues) => boolean;

export interface BotCode {
  readonly actions: Readonly<Record<string, ActionDefinition>>;
  readonly validators: Readonly<Record<string, Validator>>;
  readonly conditions: Readonly<Record<string, ConditionFunction>>;
}

export function defineAction<const O extends string>(definition: ActionDefinition<O>): ActionDefinition<O> {
  return definition;
}

export function defineBotCode(code: Partial<BotCode>): BotCode {
  return Object.freeze({ actions: code.actions ?? {}, validators: code.validators ?? {}, conditions: code.conditions ?? {} });
}

export const EMPTY_BOT_CODE: BotCode = defineBotCode({});

/** Loads a code module (TypeScript through tsx's loader); throws with the reason on failure. */
export function loadBotCode(absPath: string): BotCode {
  if (!existsSync(absPath)) throw new Error(`${absPath} does not exist`);
  allowTypeScriptRequire(absPath);
  // A fresh copy on every load, so a reloaded bot runs the code as it is now.
  delete require.cache[require.resolve(absPath)];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(absPath) as { default?: unknown };
  const code = (mod.default ?? mod) as Partial<BotCode>;
  if (typeof code !== 'object' || code === null || !('actions' in code || 'validators' in code || 'conditions' in code)) {
    throw new Error('its default export is not made with defineBotCode({ actions, validators, conditions })');
  }
  return defineBotCode(code);
}
