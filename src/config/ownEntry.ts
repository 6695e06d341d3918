// Looks a name up among a record's own entries only: a name from YAML or from a request, such as
// `constructor`, must not find what every object inherits (Object.prototype.constructor) and pass
// for a flow, an intent or an action of the bot.

export function ownEntry<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

export function hasOwnEntry(record: object, name: string): boolean {
  return Object.hasOwn(record, name);
}
