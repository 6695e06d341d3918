// Masks personal data in every string of a plain JSON-like value (objects and arrays, recursively).
// Keys named like ids (`id`, `conversationId`, `userIds`) are kept; other objects, such as errors, are left as they are.
import { maskPersonalData, type MaskOptions } from './maskPersonalData';

const ID_KEY = /^id$|Ids?$/;

export function maskStrings<T>(value: T, options: MaskOptions = {}): T {
  if (typeof value === 'string') return maskPersonalData(value, options) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskStrings(item, options)) as T;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = ID_KEY.test(key) ? item : maskStrings(item, options);
  return out as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
