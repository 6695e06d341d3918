// The bot manifests in bots/ of the working directory, the default for commands given none.
import { globSync } from 'tinyglobby';

export function findManifests(cwd = process.cwd()): string[] {
  return globSync(['bots/*.yaml', 'bots/*.yml'], { cwd, onlyFiles: true }).sort();
}
