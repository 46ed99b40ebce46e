/**
 * Every error the API returns: a named, coded constant with its HTTP status. The body is always
 * `{ error: { code, message, details? } }`, so a client branches on `code`, never on wording.
 */
export const API_ERRORS = Object.freeze({
  DOSSIER_E_INVALID: 400,
  DOSSIER_E_UNAUTHORIZED: 401,
  DOSSIER_E_READ_ONLY: 403,
  DOSSIER_E_NOT_FOUND: 404,
  DOSSIER_E_METHOD: 405,
  DOSSIER_E_AMBIGUOUS: 409,
  DOSSIER_E_TOO_LARGE: 413,
  DOSSIER_E_MEDIA_TYPE: 415,
  DOSSIER_E_INTERNAL: 500,
  DOSSIER_E_NOT_AVAILABLE: 501,
  DOSSIER_E_STORE: 503,
} as const)

export type ApiErrorCode = keyof typeof API_ERRORS
export type ApiErrorStatus = (typeof API_ERRORS)[ApiErrorCode]

/** One problem with the input: where (`query.limit`, `param.id`) and what. */
export interface ErrorDetail {
  readonly path: string
  readonly message: string
}

export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly code: ApiErrorCode
  readonly details: readonly ErrorDetail[] | undefined

  constructor(code: ApiErrorCode, message: string, details?: readonly ErrorDetail[]) {
    super(message)
    this.code = code
    this.details = details
  }

  get status(): ApiErrorStatus {
    return API_ERRORS[this.code]
  }

  toJSON(): { error: { code: ApiErrorCode; message: string; details?: readonly ErrorDetail[] } } {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    }
  }
}

export const notFound = (what: string, id: string): ApiError =>
  new ApiError('DOSSIER_E_NOT_FOUND', `no ${what} "${id}" in the store`)

/**
 * An error thrown below the API (store, ingest) as an `ApiError`: store codes keep their meaning
 * (`DOSSIER_E_AMBIGUOUS` → 409); anything else is an internal error whose message is not leaked.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  const code = (err as { code?: unknown } | null)?.code
  const message = err instanceof Error ? err.message : String(err)
  if (code === 'DOSSIER_E_AMBIGUOUS') return new ApiError('DOSSIER_E_AMBIGUOUS', message)
  if (code === 'DOSSIER_E_STORE' || code === 'DOSSIER_E_STORE_OPEN' || code === 'DOSSIER_E_STORE_LOCKED') {
    return new ApiError('DOSSIER_E_STORE', 'the store could not answer this request')
  }
  return new ApiError('DOSSIER_E_INTERNAL', 'internal error')
}
