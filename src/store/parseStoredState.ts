// A state's JSON as a store holds it, parsed; text that is not JSON is given back as it is, so one
// garbled row restarts its conversation (migrateState) instead of failing every read of the store.
export function parseStoredState(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}
