// What a figure's load step hands to its compute step: each raw table parsed, with its provenance
// and the path its errors name. An optional source (a cross-check, extra detail) may be absent.
import { readMotiveData, type MotiveData, type MotiveTableSpec } from "../parse/cbs-motives";
import { NeedsDataError, type Loaded, type Provenance, type Shared } from "../parse/load";

/** A loaded raw table: parsed data, provenance, and `where`: the file as error messages name it. */
export interface RawTable<T> {
  data: Shared<T>;
  provenance: Provenance;
  where: string;
}

/** An optional source: loaded, or absent (the catalog file it would have been). */
export type OptionalTable<T> = RawTable<T> | { absent: string };

export const isPresent = <T>(t: OptionalTable<T>): t is RawTable<T> => !("absent" in t);

/** A loader's result with the path its errors name (`dir/file`). */
export function rawTable<T>(l: Loaded<T>, dir: string): RawTable<T> {
  return { data: l.data, provenance: l.provenance, where: `${dir}/${l.provenance.file}` };
}

/** An optional source: its absence is a value, a damaged file still an error naming it. */
export function optionalTable<T>(load: () => Loaded<T>, dir: string): OptionalTable<T> {
  try {
    return rawTable(load(), dir);
  } catch (e) {
    if (e instanceof NeedsDataError) return { absent: e.source.file };
    throw e;
  }
}

/** A motive table of figures 2, 3 and 4 (84808NED or 84809NED). */
export interface MotiveTables {
  /** The motive table with its code list when present (parse/cbs-motives.ts). */
  motives: MotiveData;
  /** The data file as errors name it. */
  where: string;
}

export function loadMotiveTables(spec: MotiveTableSpec, dir: string): MotiveTables {
  const motives = readMotiveData(spec, dir);
  return { motives, where: `${dir}/${motives.provenance.file}` };
}
