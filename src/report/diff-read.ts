// Reads the two vintages the diff compares (diff.ts): per raw folder its files' sidecar states, its
// figures built in annex and latest mode, and its claims. Neither folder is written to.
import * as fs from "node:fs";
import * as path from "node:path";
import { sourceById } from "../catalog/sources";
import type { ClaimDefinition } from "../claims/types";
import { FIGURES } from "../figures/index";
import type { FigureModule } from "../figures/types";
import type { Lang } from "../i18n/index";
import { rawPath, readSidecar } from "../raw/store";
import { auditClaims } from "./audit";
import { buildBothModes } from "./audit-run";
import { compareVintages, type FileRead, type FileState, type Vintage, type VintageDiff } from "./diff";

export interface ReadVintageOptions {
  /** Default: every claim of the annex. */
  claims?: ClaimDefinition[];
  /** The language of the figures' titles (default nl). */
  lang?: Lang;
}

function fileRead(dir: string, sourceId: string): FileRead {
  const p = rawPath(dir, sourceById(sourceId));
  if (!fs.existsSync(p)) return undefined;
  try {
    const sc = readSidecar(p, dir);
    const state: FileState = { sha256: sc.sha256, retrieved: sc.retrieved.slice(0, 10) };
    if (sc.tableModified) state.version = sc.tableModified.slice(0, 10);
    return state;
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** A raw folder as the diff compares it. */
function readVintage(dir: string, modules: FigureModule[], opts: ReadVintageOptions = {}): Vintage {
  if (!fs.existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const sourceIds = [...new Set(modules.flatMap((m) => m.sourceIds))];
  const builds = buildBothModes(modules, dir, undefined, opts.lang);
  return {
    dir: path.resolve(dir),
    files: new Map(sourceIds.map((id) => [id, fileRead(dir, id)])),
    builds,
    claims: auditClaims(builds, { claims: opts.claims, lang: opts.lang }),
  };
}

/** Compares two raw folders figure by figure; neither folder is written to. */
export function diffRawFolders(
  dirA: string,
  dirB: string,
  modules: FigureModule[] = FIGURES,
  opts: ReadVintageOptions = {},
): VintageDiff {
  for (const d of [dirA, dirB]) if (!fs.existsSync(d)) throw new Error(`${d}: no such folder`);
  return compareVintages(readVintage(dirA, modules, opts), readVintage(dirB, modules, opts), modules);
}
