// A text, label or list the linker reads: by then localiseData has picked one language of any value
// given by language, so a map here is a fault of the loader, not of the bot's files.

export function oneLanguage<T extends string | readonly string[]>(value: T | Readonly<Record<string, T>>): T;
export function oneLanguage<T extends string | readonly string[]>(value: T | Readonly<Record<string, T>> | undefined): T | undefined;
export function oneLanguage<T extends string | readonly string[]>(value: T | Readonly<Record<string, T>> | undefined): T | undefined {
  if (value === undefined || typeof value === 'string' || Array.isArray(value)) return value as T | undefined;
  throw new Error('A value given by language reached the linker: localiseData picks one language first.');
}
