// The key that signs Direct Line tokens when DIRECTLINE_SECRET is unset, kept in a file of the data
// folder so tokens stay valid after a restart: 32 random bytes, base64url, made on first use with
// mode 0600 (readable by the server's user only) and never overwritten. A file that holds something
// else is an error that names it; the server does not replace it.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const KEY_BYTES = 32;

/** Reads the key, creating it first when the file does not exist (another process may win the race). */
export async function fileSigningKey(file: string): Promise<Uint8Array> {
  try {
    return readKey(file, await readFile(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(dirname(file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  try {
    await writeFile(file, `${key.toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return readKey(file, await readFile(file, 'utf8'));
  }
}

/** The key a file's text holds; throws, naming the file, when it holds anything else. */
export function readKey(where: string, text: string): Uint8Array {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64url');
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed) || key.length !== KEY_BYTES) {
    throw new Error(`${where} does not hold a Direct Line signing key (${KEY_BYTES} bytes, base64url). Delete it to make a new one (the tokens given out so far stop working), or set DIRECTLINE_SECRET.`);
  }
  return key;
}
