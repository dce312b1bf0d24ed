// Every environment variable this package reads, read and validated here, like its command-line
// flag: a wrong value is refused with the variable's name, never used as it is ("MIGRATIE_MODE=foo"
// once built latest-mode periods under the title "foo mode").
//
//   MIGRATIE_MODE      annex | latest (--mode)                 figures CLI, notebooks
//   MIGRATIE_LANG      nl | en (--lang): the outputs' language   figures and audit CLIs, notebooks
//   MIGRATIE_RAW       raw data folder (--raw); a folder if it exists
//   MIGRATIE_OUT       output folder (--out); a folder if it exists; not overlapping raw data
//   MIGRATIE_MIRROR    mirror to copy from (--mirror); must be an existing folder
//   CHROMIUM_PATH      the Chromium for SVG/PNG; must be an executable file
//   CI                 set (and not "0"/"false"): no progress bar
//   MIGRATIE_NOTEBOOK_IMAGES 1 | 0: static PNGs beside the notebooks' interactive figures
//   MIGRATIE_NOTEBOOK_JOBS, JUPYTER: read by src/cli/notebooks.ts (npm run notebooks), which checks them the same way.
// Like paths.ts, this module sits at the bottom: it imports nothing of src/.
import * as fs from "node:fs";
import * as path from "node:path";

/** A wrong setting (environment variable or flag); the CLIs print the message without a stack trace. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export const MODES = ["annex", "latest"] as const;
export type ModeSetting = (typeof MODES)[number];

/** A set, non-empty variable (an empty one counts as unset, as the shell's `${X:-default}` does). */
function env(name: string): string | undefined {
  const v = process.env[name];
  return v === undefined || v === "" ? undefined : v;
}

/** A mode from a flag or MIGRATIE_MODE; anything else is refused naming where it came from. */
export function checkMode(value: string, from: string): ModeSetting {
  if (!(MODES as readonly string[]).includes(value))
    throw new ConfigError(`${from} must be ${MODES.map((m) => `"${m}"`).join(" or ")}, not "${value}"`);
  return value as ModeSetting;
}

/** MIGRATIE_MODE, default annex. */
export function envMode(): ModeSetting {
  const v = env("MIGRATIE_MODE");
  return v === undefined ? "annex" : checkMode(v, "MIGRATIE_MODE");
}

export const LANGS = ["nl", "en"] as const;
/** The language of the outputs: nl (the publication's, default) or en. */
export type LangSetting = (typeof LANGS)[number];

/** A language from a flag or MIGRATIE_LANG; anything else is refused naming where it came from. */
export function checkLang(value: string, from: string): LangSetting {
  if (!(LANGS as readonly string[]).includes(value))
    throw new ConfigError(`${from} must be "nl" or "en", not "${value}"`);
  return value as LangSetting;
}

/** MIGRATIE_LANG, default nl (the publication's language). */
export function envLang(): LangSetting {
  const v = env("MIGRATIE_LANG");
  return v === undefined ? "nl" : checkLang(v, "MIGRATIE_LANG");
}

/**
 * A folder from the environment, relative paths taken from `root`. `mustExist`: the folder must be
 * there (a mirror to read); otherwise only something that is not a folder is refused.
 */
export function envDir(name: string, root: string, opts: { mustExist?: boolean } = {}): string | undefined {
  const v = env(name);
  if (v === undefined) return undefined;
  if (/[\0\n\r]/.test(v)) throw new ConfigError(`${name} holds a control character: not a folder path`);
  return checkDir(path.resolve(root, v), name, opts);
}

/** A folder setting (flag or variable): an existing path must be a folder; `mustExist` requires one. */
export function checkDir(dir: string, from: string, opts: { mustExist?: boolean } = {}): string {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(dir);
  } catch {
    if (opts.mustExist) throw new ConfigError(`${from}=${dir}: no such folder`);
    return dir;
  }
  if (!st.isDirectory()) throw new ConfigError(`${from}=${dir}: not a folder`);
  return dir;
}

/** CHROMIUM_PATH when set (an executable file), else undefined. */
export function envChromiumPath(): string | undefined {
  const v = env("CHROMIUM_PATH");
  if (v === undefined) return undefined;
  try {
    if (!fs.statSync(v).isFile()) throw new Error("not a file");
    fs.accessSync(v, fs.constants.X_OK);
  } catch {
    throw new ConfigError(
      `CHROMIUM_PATH=${v}: not an executable file (install chromium, or point CHROMIUM_PATH at it; --no-images skips the images)`,
    );
  }
  return v;
}

/**
 * MIGRATIE_NOTEBOOK_IMAGES: "1" adds a static PNG (drawn by Chromium) to each figure a notebook
 * shows, for viewers that run no JavaScript; "0" or unset: the interactive figure only, as plotly's
 * own notebook renderer does (Chromium costs seconds per notebook). `npm run notebooks` sets "1".
 */
export function envNotebookImages(): boolean {
  const v = env("MIGRATIE_NOTEBOOK_IMAGES");
  if (v === undefined || v === "0") return false;
  if (v === "1") return true;
  throw new ConfigError(`MIGRATIE_NOTEBOOK_IMAGES must be "1" (add static images) or "0", not "${v}"`);
}

/** CI: set and not "0"/"false" (what CI services set). */
export function envIsCI(): boolean {
  const v = env("CI");
  return v !== undefined && !/^(0|false|no)$/i.test(v);
}

/**
 * Refuses an output folder that is, holds or lies inside a data folder (raw data, the mirror, the
 * shipped vintage): writing out/ there would mix outputs into data or overwrite it.
 */
export function refuseOverlap(outDir: string, data: { name: string; dir: string | undefined }[]): void {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const out = real(outDir);
  const inside = (a: string, b: string) => a === b || a.startsWith(b + path.sep);
  for (const d of data) {
    if (!d.dir) continue;
    const dir = real(d.dir);
    if (inside(out, dir) || inside(dir, out)) {
      throw new ConfigError(
        `output folder ${outDir} overlaps the ${d.name} ${d.dir}: outputs would mix with (or replace) data. Choose another --out / MIGRATIE_OUT`,
      );
    }
  }
}
