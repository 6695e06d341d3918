// A small disk of a test's own: a tmpfs of a few megabytes mounted on a fresh folder, that the test
// fills up and empties again. Mounting needs root (as on CI); elsewhere the tests that need it are
// skipped and say why.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  readonly dir: string;
  /** Writes a file until the disk is full; answers how many bytes it took. */
  fill(): number;
  /** Deletes what fill() wrote. */
  empty(): void;
  unmount(): void;
}

export function mountSmallDisk(megabytes: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'baton-small-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`cannot mount a tmpfs: ${mounted.stderr || mounted.error?.message}`);
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill: () => {
      const fd = openSync(filler, 'w');
      const block = Buffer.alloc(64 * 1024, 1);
      let written = 0;
      try {
        for (;;) written += writeSync(fd, block);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      } finally {
        closeSync(fd);
      }
      return written;
    },
    empty: () => unlinkSync(filler),
    unmount: () => {
      spawnSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether this process may mount a tmpfs (root, with the mount command), decided before tests are collected. */
export const CAN_MOUNT: boolean = (() => {
  try {
    mountSmallDisk(1).unmount();
    return true;
  } catch (err) {
    console.warn(`Full-disk fault tests skipped: ${(err as Error).message}`);
    return false;
  }
})();
