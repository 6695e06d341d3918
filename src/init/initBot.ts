// `baton init`: writes a bot project into a new or empty folder from the template beside this
// file: a manifest, flows (one with a slot, an action and a handoff), intents with held-out tests,
// a code file importing from 'baton', a transcript, a README, .gitignore and a package.json that
// depends on Baton. Refuses a folder that holds anything, so nothing is ever overwritten.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { batonPackage } from './batonPackage';

export const TEMPLATE_FOLDER = join(__dirname, 'template');

export interface InitOptions {
  /** What package.json depends on for Baton (default: see defaultBatonSpec). */
  readonly batonSpec?: string;
}

/**
 * Baton run from a checkout (a clone, not below node_modules) is not what the registry's `baton`
 * package is, so the project depends on that checkout by path (`file:../baton`); an installed Baton
 * names its own version.
 */
export function defaultBatonSpec(target: string, baton: { readonly root: string; readonly version: string }): string {
  if (baton.root.split(/[\\/]/).includes('node_modules')) return `^${baton.version}`;
  return `file:${relative(target, baton.root).split('\\').join('/') || '.'}`;
}

export class InitRefused extends Error {}

/** A bot id from a folder's name: lower case letters, digits and underscores, starting with a letter. */
export function botIdFor(folder: string): string {
  const words = basename(resolve(folder)).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^[^a-z]+|_+$/g, '');
  return (words || 'bot').slice(0, 64);
}

const titleOf = (id: string): string => id.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** Where a template file goes: BOT becomes the bot id, `.template` is dropped, a leading _ becomes a dot. */
function targetName(path: string, id: string): string {
  return path.split('/').map((part) => part.replace(/^BOT\./, `${id}.`).replace(/\.template$/, '').replace(/^_/, '.')).join('/');
}

function templateFiles(dir = TEMPLATE_FOLDER): string[] {
  return readdirSync(dir).flatMap((name) => statSync(join(dir, name)).isDirectory() ? templateFiles(join(dir, name)) : [join(dir, name)]);
}

/** Writes the project; answers the files written, relative to the folder. */
export function initBot(folder: string, options: InitOptions = {}): string[] {
  const target = resolve(folder);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new InitRefused(`${folder} is a file, not a folder.`);
    const present = readdirSync(target);
    if (present.length > 0) throw new InitRefused(`${folder} is not empty (it holds ${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''}); baton init only writes into a new or empty folder, so nothing of yours is overwritten.`);
  }
  const id = botIdFor(target);
  const name = titleOf(id);
  const baton = batonPackage();
  const files = new Map<string, string>();
  for (const file of templateFiles()) {
    const text = readFileSync(file, 'utf8').replaceAll('__BOT_ID__', id).replaceAll('__BOT_NAME__', name);
    files.set(targetName(relative(TEMPLATE_FOLDER, file).split('\\').join('/'), id), text);
  }
  const pkg = {
    name: basename(target).toLowerCase().replace(/[^a-z0-9._-]+/g, '-'),
    version: '0.1.0',
    private: true,
    description: `${name}: a support bot made with Baton.`,
    scripts: { start: 'baton start', test: 'baton test', validate: 'baton validate' },
    dependencies: { [baton.name]: options.batonSpec ?? defaultBatonSpec(target, baton) },
  };
  files.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), text, { flag: 'wx' });
  }
  return [...files.keys()].sort();
}
