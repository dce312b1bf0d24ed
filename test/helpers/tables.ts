// In-memory raw tables for the compute step of a figure (tests of compute build the tables a
// figure's load would return, without files): provenance from the catalog entry, invented checksums.
import { sourceById } from "../../src/catalog/sources";
import type { MotiveTables, RawTable } from "../../src/figures/tables";
import {
  MAIN_MOTIVES,
  NO_DERIVED_MOTIVE_KEY,
  TOTAL_KEY,
  type CodeEntry,
  type KeyValues,
  type MotiveTableSpec,
} from "../../src/parse/cbs-motives";
import type { FigureResult } from "../../src/figures/types";
import { messages, type Lang } from "../../src/i18n/index";
import type { JsonStatDataset } from "../../src/parse/jsonstat";
import type { Provenance, Shared } from "../../src/parse/load";

export function provenanceOf(sourceId: string): Provenance {
  const s = sourceById(sourceId);
  return {
    sourceId,
    provider: s.provider,
    code: s.provider === "CBS" ? s.table : s.dataset,
    title: s.title,
    url: `https://example.invalid/${s.file}`,
    file: s.file,
    sha256: "ab".repeat(32),
    retrieved: "2030-01-02T00:00:00Z",
    kind: "recorded",
    data: { kind: "mirror", folder: "/mem", mirror: "/mem" },
  };
}

/** A table as load would hand it to compute, with errors naming `/mem/<file>`. */
export function memTable<T>(sourceId: string, data: T): RawTable<T> {
  const provenance = provenanceOf(sourceId);
  return { data: data as Shared<T>, provenance, where: `/mem/${provenance.file}` };
}

/** The figure's notes in a language. */
export const notesIn = (r: Pick<FigureResult, "notes">, lang: Lang = "nl"): string[] =>
  r.notes.map((n) => n(messages(lang)));

/**
 * A motive table (84808NED or 84809NED) as load hands it over: persons per year and motive key from
 * `persons(year, key)` (undefined: no row for that key), with the given code list or none.
 */
export function memMotiveTables(
  spec: MotiveTableSpec,
  years: number[],
  persons: (year: number, key: string) => number | null | undefined,
  codeList?: CodeEntry[],
): MotiveTables {
  const keys = [
    TOTAL_KEY,
    NO_DERIVED_MOTIVE_KEY,
    ...MAIN_MOTIVES.map((m) => m.key),
    ...(codeList ?? []).map((e) => e.key),
  ];
  const values: KeyValues = new Map(
    years.map((y) => [
      y,
      new Map(
        keys.flatMap((k): [string, number | null][] => (persons(y, k) === undefined ? [] : [[k, persons(y, k)!]])),
      ),
    ]),
  );
  const provenance = provenanceOf(spec.dataSource);
  return {
    motives: {
      spec,
      values,
      provenance,
      codeList,
      codeListProvenance: codeList ? provenanceOf(spec.codeListSource) : undefined,
    },
    where: `/mem/${provenance.file}`,
  };
}

/** A JSON-stat dataset from its cells (coords by dimension id); the dimensions are those the cells use. */
export function memJsonStat(
  cells: { coords: Record<string, string>; value: number | null; status?: string | null }[],
  opts: { statusLabels?: Record<string, string>; labels?: Record<string, string> } = {},
): JsonStatDataset {
  const { statusLabels = {}, labels = {} } = opts;
  const ids = [...new Set(cells.flatMap((c) => Object.keys(c.coords)))];
  const dimensions = ids.map((id) => ({
    id,
    label: id,
    categories: [...new Set(cells.map((c) => c.coords[id]))].map((code) => ({ code, label: labels[code] ?? code })),
  }));
  return {
    label: "in memory",
    dimensions,
    statusLabels,
    cells: cells.map((c) => ({ coords: c.coords, value: c.value, status: c.status ?? null })),
  };
}
