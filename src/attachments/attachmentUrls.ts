// Signed, short-lived addresses of stored files, so an <img> in a page (of any origin) can load one
// without credentials: /attachments/<id>?exp=<unix seconds>&sig=<HMAC-SHA256 of id and expiry>. The
// key is derived from the store's key (shared by every process on Redis, a file beside SQLite), so
// any process can check what another signed. Those who may see a conversation are given its files'
// addresses: the customer with their Direct Line token, the agent with their session.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { systemClock, type Clock } from '../runtime/clock';

export const ATTACHMENTS_PATH = '/attachments';

export interface AttachmentUrls {
  /** Loads the key; then `signed` may be called. */
  ready(): Promise<void>;
  /** The path (with its query) that serves `id` until the address expires (after the default lifetime, or `ttlSeconds`); only after `ready`. */
  signed(id: string, ttlSeconds?: number): string;
  /** `ready`, then `signed`. */
  sign(id: string): Promise<string>;
  /** Whether `exp` and `sig` (from the query) are a valid, unexpired signature of `id`. */
  check(id: string, exp: unknown, sig: unknown): Promise<boolean>;
}

/** `key`: the store's signing key; absent, a random key of the process. Addresses last `ttlSeconds` (default an hour). */
export function createAttachmentUrls(key?: () => Promise<Uint8Array>, options: { readonly clock?: Clock; readonly ttlSeconds?: number } = {}): AttachmentUrls {
  const clock = options.clock ?? systemClock;
  const ttl = options.ttlSeconds ?? 3600;
  let derived: Promise<Buffer> | undefined;
  let loaded: Buffer | undefined;
  const keyOf = (): Promise<Buffer> => {
    if (derived) return derived;
    const made = (key ? key() : Promise.resolve(randomBytes(32))).then((k) => (loaded = createHmac('sha256', k).update('baton attachment urls').digest()));
    made.catch(() => { if (derived === made) derived = undefined; });
    return (derived = made);
  };
  const macWith = (key: Buffer, id: string, exp: number): Buffer => createHmac('sha256', key).update(`${id}.${exp}`).digest();
  const mac = async (id: string, exp: number): Promise<Buffer> => macWith(await keyOf(), id, exp);
  const signed = (id: string, lifetime = ttl): string => {
    if (!loaded) throw new Error('attachment URLs signed before their key was loaded');
    // Rounded up to a minute, so addresses signed within a minute are the same and browsers cache them.
    const exp = Math.ceil((clock.now().getTime() / 1000 + lifetime) / 60) * 60;
    return `${ATTACHMENTS_PATH}/${encodeURIComponent(id)}?exp=${exp}&sig=${macWith(loaded, id, exp).toString('base64url')}`;
  };
  return {
    ready: async () => void await keyOf(),
    signed,
    sign: async (id) => {
      await keyOf();
      return signed(id);
    },
    async check(id, exp, sig) {
      if (typeof exp !== 'string' || !/^\d{1,12}$/.test(exp) || typeof sig !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return false;
      if (Number(exp) * 1000 <= clock.now().getTime()) return false;
      const given = Buffer.from(sig, 'base64url');
      const expected = await mac(id, Number(exp));
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
