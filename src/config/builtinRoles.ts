// The global roles Baton has built-in examples for, and the intent each one is when the manifest's
// `globals` does not name another.
import type { GlobalRole } from './compiledBot';

export type BuiltinRole = Extract<GlobalRole, 'affirm' | 'deny' | 'cancel' | 'human' | 'greet' | 'thanks'>;

export const BUILTIN_ROLES: Readonly<Record<BuiltinRole, string>> = Object.freeze({
  affirm: 'affirm',
  deny: 'deny',
  cancel: 'cancel',
  human: 'talk_to_human',
  greet: 'greet',
  thanks: 'thanks',
});

export function isBuiltinRole(role: string): role is BuiltinRole {
  return Object.prototype.hasOwnProperty.call(BUILTIN_ROLES, role);
}
