// The data a run reads: always ONE folder in the mirror layout, so that a figure is never built
// from two vintages at once. Three kinds:
//   annex   data/annex-2025/, the annex vintage shipped with the package (the default): the same
//           command gives the same numbers on every machine, offline;
//   mirror  MIGRATIE_MIRROR / --mirror <dir>: replaces the shipped vintage for the run, read in place;
//   raw     data/raw/ (MIGRATIE_RAW), live downloads: only with --data raw / MIGRATIE_DATA=raw, and
//           only then are missing files fetched.
// annex and mirror are read-only: nothing fetches into them (and raw/store.ts refuses any write
// into the shipped vintage). Every file is verified against its sidecar when read (parse/load.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { SOURCES } from "../catalog/sources";
import { messages, type Lang } from "../i18n/index";
import { annexVintageDir, defaultRawDir, isInShippedVintage, projectRoot } from "../paths";
import { rawPath, readSidecar, type Sidecar } from "./store";

/** The command that downloads what is missing into data/raw and builds every figure (and the whole audit) from it. */
export const FETCH_AND_BUILD = "npm run figures -- --data raw";

type DataKind = "annex" | "mirror" | "raw";

export interface DataSource {
  readonly kind: DataKind;
  /** The one folder every figure of the run reads. */
  readonly dir: string;
}

export const annexData = (): DataSource => ({ kind: "annex", dir: annexVintageDir() });
export const mirrorData = (dir: string): DataSource => ({ kind: "mirror", dir: path.resolve(dir) });
export const rawData = (dir: string): DataSource => ({ kind: "raw", dir: path.resolve(dir) });

/** A folder read as it is: the shipped vintage when it is data/annex-2025, else a mirror. */
export const readOnlyData = (dir: string): DataSource => (isInShippedVintage(dir) ? annexData() : mirrorData(dir));

/** The folder to fetch missing files into, or undefined: only a raw folder is ever written to. */
export function fetchTarget(data: DataSource): string | undefined {
  return data.kind === "raw" && !isInShippedVintage(data.dir) ? data.dir : undefined;
}

class DataSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataSourceError";
  }
}

/** A folder as the user knows it: relative to the project when inside it, else absolute. */
export function displayPath(dir: string): string {
  const rel = path.relative(projectRoot(), dir);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : path.resolve(dir);
}

export interface DataChoice {
  /** --data: annex or raw. */
  data?: string;
  /** --mirror <dir>. */
  mirror?: string;
  /** --raw <dir>: the raw folder for --data raw. */
  raw?: string;
}

/**
 * Which data a run reads. Command-line options win over the environment; a mirror (flag or
 * MIGRATIE_MIRROR) replaces the shipped vintage; default: the shipped annex vintage.
 */
export function resolveDataSource(choice: DataChoice = {}, env: NodeJS.ProcessEnv = process.env): DataSource {
  if (choice.mirror && choice.data)
    throw new DataSourceError(
      `--data ${choice.data} and --mirror ${choice.mirror} exclude each other: a mirror replaces the data of the run`,
    );
  const fromRoot = (p: string) => path.resolve(projectRoot(), p);
  let kind = choice.data;
  let mirror = choice.mirror ? path.resolve(choice.mirror) : undefined;
  if (!kind && !mirror) {
    if (env.MIGRATIE_MIRROR && env.MIGRATIE_DATA) {
      throw new DataSourceError(
        `MIGRATIE_DATA=${env.MIGRATIE_DATA} and MIGRATIE_MIRROR=${env.MIGRATIE_MIRROR} exclude each other: a mirror replaces the data of the run; unset one`,
      );
    }
    mirror = env.MIGRATIE_MIRROR ? fromRoot(env.MIGRATIE_MIRROR) : undefined;
    kind = env.MIGRATIE_DATA;
  }
  if (mirror) {
    if (!fs.existsSync(mirror) || !fs.statSync(mirror).isDirectory())
      throw new DataSourceError(`mirror ${mirror}: no such folder`);
    return mirrorData(mirror);
  }
  switch (kind ?? "annex") {
    case "annex": {
      const d = annexData();
      if (!fs.existsSync(d.dir))
        throw new DataSourceError(`${d.dir}: the shipped annex vintage is missing from this copy of the package`);
      return d;
    }
    case "raw":
      return rawData(
        choice.raw ? path.resolve(choice.raw) : env.MIGRATIE_RAW ? fromRoot(env.MIGRATIE_RAW) : defaultRawDir(),
      );
    default:
      throw new DataSourceError(
        `--data / MIGRATIE_DATA must be "annex" (the shipped vintage) or "raw" (live downloads in data/raw), not "${kind}"; a mirror is given with --mirror <dir> or MIGRATIE_MIRROR`,
      );
  }
}

/** The sidecars of the catalogued files present in dir; damaged ones are left to the loaders to report. */
function sidecarsIn(dir: string): Sidecar[] {
  const out: Sidecar[] = [];
  for (const s of SOURCES) {
    const p = rawPath(dir, s);
    if (!fs.existsSync(p)) continue;
    try {
      out.push(readSidecar(p));
    } catch {
      // reported by the build that reads it
    }
  }
  return out;
}

function dateRange(dates: string[]): string {
  const days = [...new Set(dates.map((d) => d.slice(0, 10)))].sort();
  return days.length <= 1 ? (days[0] ?? "") : `${days[0]}..${days[days.length - 1]}`;
}

/**
 * "annex vintage data/annex-2025 (shipped with the package; retrieved 2024-03-26..2026-09-16)", etc.
 * English by default, as the CLIs log it; audit.md and index.html pass the build's language.
 */
export function describeDataSource(data: DataSource, lang: Lang = "en"): string {
  const t = messages(lang).dataSource;
  const where = displayPath(data.dir);
  const sidecars = sidecarsIn(data.dir);
  const retrieved = sidecars.length ? t.retrieved(dateRange(sidecars.map((s) => s.retrieved))) : t.noFiles;
  if (data.kind === "annex") return t.annex(where, retrieved);
  if (data.kind === "mirror") return t.mirror(where, retrieved);
  if (!sidecars.length) return t.liveEmpty(where);
  const copies = sidecars.filter((s) => s.copiedFrom);
  const mirrors = [...new Set(copies.map((s) => s.copiedFrom!.mirror))];
  const copied = copies.length ? t.copied(copies.length, sidecars.length, mirrors.join(", ")) : "";
  return t.live(where, retrieved, copied);
}

/** The first line of `npm run figures` / `audit` (English), and of audit.md and index.html (their language). */
export const dataLine = (data: DataSource, lang: Lang = "en") =>
  messages(lang).dataSource.line(describeDataSource(data, lang));

/** Where one file read from `folder` comes from: the shipped vintage, a mirror, or a live download. */
export interface DataOrigin {
  kind: "annex" | "mirror" | "live";
  /** The folder it was read from (the run's one data folder). */
  folder: string;
  /** For a mirror: the mirror (the folder itself, or where a copy in data/raw came from). */
  mirror?: string;
}

export function originOf(folder: string, sc: Sidecar): DataOrigin {
  const abs = path.resolve(folder);
  if (isInShippedVintage(abs)) return { kind: "annex", folder: abs };
  if (sc.copiedFrom) return { kind: "mirror", folder: abs, mirror: sc.copiedFrom.mirror };
  // Our own downloads always record the producer check; a folder of files without it is a mirror read in place.
  if (sc.checked) return { kind: "live", folder: abs };
  return { kind: "mirror", folder: abs, mirror: abs };
}
