// The intent of each global role: what the manifest's `globals` names, and for the roles Baton has
// built-in examples for, the role's default intent when the manifest names none. `false` switches a
// built-in role off; a default that another role already names is left out, never shared.
import { BUILTIN_ROLES, isBuiltinRole } from './builtinRoles';
import type { CompiledBot, GlobalRole } from './compiledBot';
import type { Manifest } from './formats.generated';

export function resolveGlobals(named: Manifest['globals'], withBuiltins: boolean): CompiledBot['globals'] {
  const globals: Partial<Record<GlobalRole, string>> = {};
  for (const [role, intent] of Object.entries(named ?? {})) {
    if (typeof intent === 'string') globals[role as GlobalRole] = intent;
  }
  if (!withBuiltins) return globals;
  const taken = new Set(Object.values(globals));
  for (const [role, intent] of Object.entries(BUILTIN_ROLES)) {
    if (!isBuiltinRole(role) || named?.[role] !== undefined || taken.has(intent)) continue;
    globals[role] = intent;
    taken.add(intent);
  }
  return globals;
}
