// How a source is cited and which data it was read from, in one place: sources.json, the figures'
// source lines, audit.md, index.html and the notebooks all use these lines.
import type { DataOrigin } from "../raw/data-source";
import { displayPath } from "../raw/data-source";
import { messages, type Lang, type Messages } from "../i18n/index";

/** The licences as sources.json cites them (English; the message tables have them per language). */
export const LICENCES = messages("en").citation.licence;

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
 * date, request URL, licence. English by default (sources.json, the notebooks); audit.md and
 * index.html pass the build's language.
 */
export function citationLine(c: Citable, lang: Lang = "en"): string {
  const t = messages(lang).citation;
  const producer = c.provider === "CBS" ? "CBS StatLine" : "Eurostat";
  const date = c.modified?.slice(0, 10);
  const version = date ? (c.provider === "CBS" ? t.version(date) : t.lastUpdate(date)) : t.noVersion;
  return `${producer}, ${c.code} ${c.title}, ${version}, ${t.retrieved(c.retrieved.slice(0, 10))}, ${c.url}, ${t.licence[c.provider]}`;
}

/**
 * "the shipped annex vintage (data/annex-2025)", "mirror /path", "live download of 2026-01-05".
 * English by default (sources.json, the notebooks); audit.md and index.html pass the build's language.
 */
export function dataLabel(o: DataOrigin, retrieved: string, lang: Lang = "en"): string {
  const t = messages(lang).report;
  if (o.kind === "annex") return t.originAnnex(displayPath(o.folder));
  if (o.kind === "live") return t.originLive(retrieved.slice(0, 10), displayPath(o.folder));
  return o.mirror === o.folder
    ? t.originMirror(displayPath(o.folder))
    : t.originMirrorCopy(String(o.mirror), displayPath(o.folder));
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
