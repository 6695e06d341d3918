// A store setting (BATON_STORE, a Redis address) that names no store Baton can open: shown to the operator as it is.
export class StoreSettingError extends Error {}
