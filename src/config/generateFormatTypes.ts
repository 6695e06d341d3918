// Command-line entry of `npm run gen:types`: rewrites the generated type files from their schemas.
// With --check it only compares, and exits 1 when a file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { GENERATED, typesSource } from './formatTypesSource';

async function run(check: boolean): Promise<number> {
  let stale = 0;
  for (const target of GENERATED) {
    const source = await typesSource(target);
    const name = relative(process.cwd(), target.output);
    if (check) {
      const current = readFileSync(target.output, 'utf8') === source;
      if (!current) stale++;
      console.log(current ? `${name} is current` : `${name} is stale: run npm run gen:types`);
    } else {
      writeFileSync(target.output, source);
      console.log(`wrote ${name}`);
    }
  }
  return stale > 0 ? 1 : 0;
}

run(process.argv.includes('--check')).then((code) => { process.exitCode = code; });
