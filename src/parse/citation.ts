// How a source is cited and which data it was read from, in one place: sources.json, the figures'
// source lines, audit.md, index.html and the notebooks all use these lines.
import type { DataOrigin } from "../raw/data-source";
import { displayPath } from "../raw/data-source";
import { messages, type Messages } from "../i18n/index";

export const LICENCES = {
  CBS: "licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
  Eurostat: "reuse with acknowledgement of the source (https://ec.europa.eu/eurostat/web/main/help/copyright-notice)",
} as const;

/** What a citation needs; parse/load.ts's Provenance has it. */
export interface Citable {
  provider: "CBS" | "Eurostat";
  code: string;
  title: string;
  url: string;
  retrieved: string;
  /** The producer's version date, where known. */
  modified?: string;
}

/**
 * "CBS StatLine, 84808NED Immigranten EU/EFTA; ..., version 2025-06-27, retrieved 2026-06-03,
 * https://..., licence CC BY 4.0 (...)": producer, table code and title, version and retrieval
 * date, request URL, licence.
 */
export function citationLine(c: Citable): string {
  const producer = c.provider === "CBS" ? "CBS StatLine" : "Eurostat";
  const version = c.modified ? `${c.provider === "CBS" ? "version" : "last update"} ${c.modified.slice(0, 10)}` : "version not recorded";
  return `${producer}, ${c.code} ${c.title}, ${version}, retrieved ${c.retrieved.slice(0, 10)}, ${c.url}, ${LICENCES[c.provider]}`;
}

/** "the shipped annex vintage (data/annex-2025)", "mirror /path", "live download of 2026-01-05". */
export function dataLabel(o: DataOrigin, retrieved: string): string {
  if (o.kind === "annex") return `the shipped annex vintage (${displayPath(o.folder)})`;
  if (o.kind === "live") return `live download of ${retrieved.slice(0, 10)} (${displayPath(o.folder)})`;
  return o.mirror === o.folder ? `mirror ${displayPath(o.folder)}` : `copy of mirror ${o.mirror} in ${displayPath(o.folder)}`;
}

/**
 * The same, short and in the outputs' language, for the source line under a figure. A mirror is named
 * without its path: a folder of this machine does not belong in a figure (sources.json, audit.md and
 * index.html give it).
 */
export function dataLabelShort(o: DataOrigin, t: Messages = messages()): string {
  if (o.kind === "annex") return t.source.dataAnnex;
  if (o.kind === "live") return t.source.dataLive;
  return t.source.dataMirror;
}
