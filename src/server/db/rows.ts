/** Rows of a raw `db.execute` result: PGlite and node-postgres return `{ rows }`, some drivers an array. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}
