// The values a slot can hold: what entities and actions produce, as plain JSON.
export type SlotValue = string | number | boolean | { readonly [key: string]: unknown };
export type SlotValues = Readonly<Record<string, SlotValue>>;
