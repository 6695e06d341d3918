// Dev mode: reloads a bot when its files change. The new bot is loaded and trained beside the one
// that serves; it replaces it only when it loads without errors, so a typo never takes a bot down.
import { watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';
import type { CompiledBot } from '../config/compiledBot';
import { loadBot } from '../config/loadBot';
import type { Problem } from '../config/problem';

export interface BotWatcher {
  close(): void;
}

export interface WatchHandlers {
  /** A new bot that loaded without errors. */
  readonly onBot: (bot: CompiledBot, problems: readonly Problem[]) => void;
  /** A change that does not load: the old bot keeps serving. */
  readonly onProblems: (problems: readonly Problem[]) => void;
}

export function watchBot(manifest: string, current: CompiledBot, handlers: WatchHandlers, debounceMs = 200): BotWatcher {
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  const watchFolders = (bot: CompiledBot): void => {
    for (const w of watchers) w.close();
    const folders = new Set([dirname(bot.manifestFile), ...bot.files.map((f) => dirname(f))]);
    watchers = [...folders].map((folder) => watch(folder, () => schedule()));
  };
  const reload = (): void => {
    const { bot, problems } = loadBot(manifest);
    if (!bot) {
      handlers.onProblems(problems);
      return;
    }
    watchFolders(bot);
    handlers.onBot(bot, problems);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  };
  watchFolders(current);
  return {
    close: () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
