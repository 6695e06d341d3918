// Counts the open connections of each client address against a cap, so that one address's slow or
// idle connections cannot take the places every other client needs.
export interface ConnectionCounter {
  /** Counts a new connection from the address; false, counting nothing, when the address is at the cap. */
  admit(address: string): boolean;
  /** Forgets one admitted connection of the address. */
  release(address: string): void;
  /** The connections the address holds now. */
  open(address: string): number;
}

export function createConnectionCounter(cap: number): ConnectionCounter {
  const counts = new Map<string, number>();
  return {
    admit(address) {
      const held = counts.get(address) ?? 0;
      if (held >= cap) return false;
      counts.set(address, held + 1);
      return true;
    },
    release(address) {
      const held = counts.get(address) ?? 0;
      if (held <= 1) counts.delete(address);
      else counts.set(address, held - 1);
    },
    open: (address) => counts.get(address) ?? 0,
  };
}
