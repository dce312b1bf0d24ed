// Typed rows of an arquero table. arquero's tables are untyped (objects() gives object[]), so the
// caller states the row type it knows the table has; this is the one place that cast is written.
import type { ColumnTable } from "arquero";

/** The rows of a table as objects of type T (the columns the caller knows the table has). */
export function rowsOf<T extends object>(table: ColumnTable): T[] {
  return table.objects() as T[];
}
