/**
 * The one seam between the store and its two engines (PGlite and PostgreSQL): every query is
 * written once, against this interface, in PostgreSQL's dialect with `$n` parameters.
 */
export interface QueryResult<R> {
  readonly rows: R[]
  /** Rows inserted, updated or deleted by the statement (0 for a SELECT on PGlite). */
  readonly rowCount: number
}

export interface Sql {
  /** One statement with `$1…$n` parameters. Arrays bind as PostgreSQL arrays. */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>
  /**
   * Runs `fn` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws. Inside, use only the `tx` it is given; a nested call joins the outer one.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>
}

/** An open engine: the SQL seam plus what differs between engines. */
export interface Engine extends Sql {
  readonly engine: 'pglite' | 'postgres'
  /** Data folder, or the database URL without its password. */
  readonly location: string
  sizeBytes(): Promise<number>
  close(): Promise<void>
}
