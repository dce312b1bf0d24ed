// Where things live. The project root is found by walking up to our package.json, so the same
// code works from the CLI (cwd = root), vitest, and tslab notebooks (cwd = notebooks/).
import * as fs from "node:fs";
import * as path from "node:path";
import { envDir, type LangSetting } from "./config";

const PACKAGE_NAME = "migratie-in-cijfers";

function isProjectRoot(dir: string): boolean {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    return pkg.name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

let cachedRoot: string | undefined;

export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  const starts = [process.cwd()];
  if (typeof __dirname === "string") starts.push(fs.realpathSync(__dirname));
  for (const start of starts) {
    let dir = path.resolve(start);
    for (;;) {
      if (isProjectRoot(dir)) return (cachedRoot = dir);
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(`Cannot find the ${PACKAGE_NAME} project root above ${process.cwd()}`);
}

// Relative paths in the environment are taken from the project root (where npm runs scripts),
// so that a notebook running in notebooks/ sees the same folders as `npm run figures`.
// Checked in config.ts: a path that is not a folder is refused, naming the variable.
function envPath(name: string, opts: { mustExist?: boolean } = {}): string | undefined {
  return envDir(name, projectRoot(), opts);
}

/** data/raw/ of this project, or MIGRATIE_RAW when set (tests, diffs between vintages). */
export function defaultRawDir(): string {
  return envPath("MIGRATIE_RAW") ?? path.join(projectRoot(), "data", "raw");
}

/** out/ of this project, or MIGRATIE_OUT when set. */
export function defaultOutDir(): string {
  return envPath("MIGRATIE_OUT") ?? path.join(projectRoot(), "out");
}

/**
 * Where a language's outputs go inside an output folder: Dutch (the publication's language) in the
 * folder itself (out/), English in its en/ (out/en/), so the two never overwrite each other. Both
 * load plotly.js from the folder's one assets/ copy.
 */
export function langOutDir(outDir: string, lang: LangSetting): string {
  return lang === "nl" ? outDir : path.join(outDir, lang);
}

/** Where a language's executed notebooks and their pages go: students' (notebooks/) and teachers' (solutions/) apart. */
export function notebookPagesDir(outDir: string, lang: LangSetting, solutions = false): string {
  return path.join(langOutDir(outDir, lang), solutions ? "solutions" : "notebooks");
}

/** The mirror to copy raw files from instead of downloading (MIGRATIE_MIRROR), or undefined. */
export function mirrorFromEnv(): string | undefined {
  return envPath("MIGRATIE_MIRROR", { mustExist: true });
}

/** The data folders an output folder must stay clear of (config.ts's refuseOverlap): raw data, the mirror, the shipped vintage. */
export function dataFolders(rawDir: string, mirror?: string): { name: string; dir: string | undefined }[] {
  return [
    { name: "raw data folder", dir: rawDir },
    { name: "mirror", dir: mirror },
    { name: "shipped vintage", dir: annexVintageDir() },
  ];
}

/** data/annex-2025/: the annex vintage shipped with the package, read-only. */
export function annexVintageDir(): string {
  return path.join(projectRoot(), "data", "annex-2025");
}

/** True when p is the shipped vintage's folder or inside it: nothing may ever be written there. */
export function isInShippedVintage(p: string): boolean {
  const rel = path.relative(realPath(annexVintageDir()), realPath(p));
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** The path with symlinks resolved as far as it exists (a link to the vintage is the vintage). */
function realPath(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    const up = path.dirname(abs);
    return up === abs ? abs : path.join(realPath(up), path.basename(abs));
  }
}
