/** Error codes of the store, stable for the CLI and the API to map. */
export const STORE_ERROR_CODES = [
  'DOSSIER_E_STORE_OPEN',
  'DOSSIER_E_STORE_LOCKED',
  'DOSSIER_E_AMBIGUOUS',
  'DOSSIER_E_STORE',
] as const
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number]

/**
 * A coded store error. `DOSSIER_E_STORE_OPEN`: the folder is unusable or the database
 * unreachable (the message names it, never with a password); `DOSSIER_E_STORE_LOCKED`: another
 * live process has the embedded store open; `DOSSIER_E_AMBIGUOUS`: an id prefix
 * matches more than one document, or is too short; `DOSSIER_E_STORE`: a query or write failed
 * (the database error is the `cause`).
 */
export class StoreError extends Error {
  readonly code: StoreErrorCode

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
  }
}

/** Wraps a database error as `DOSSIER_E_STORE` with context; a StoreError passes through. */
export function storeError(context: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err
  const detail = err instanceof Error ? err.message : String(err)
  return new StoreError('DOSSIER_E_STORE', `${context}: ${detail}`, { cause: err })
}
