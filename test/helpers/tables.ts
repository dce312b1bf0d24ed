// In-memory raw tables for the compute step of a figure (tests of compute build the tables a
// figure's load would return, without files): provenance from the catalog entry, invented checksums.
import { sourceById } from "../../src/catalog/sources";
import type { RawTable } from "../../src/figures/tables";
import type { FigureResult } from "../../src/figures/types";
import { messages, type Lang } from "../../src/i18n/index";
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
export const notesIn = (r: Pick<FigureResult, "notes">, lang: Lang = "nl"): string[] => r.notes.map((n) => n(messages(lang)));
