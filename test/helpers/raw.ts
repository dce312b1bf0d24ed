// Real raw data for tests that assert the publication's values: the annex vintage shipped in
// data/annex-2025 (read in place, read-only), or the mirror in MIGRATIE_MIRROR when that is set
// (which then replaces the shipped vintage, as it does for `npm run figures`). Either way every
// file is verified against its sidecar when read. No network, no copy.
import * as fs from "node:fs";
import { sourceById } from "../../src/catalog/sources";
import { annexVintageDir, mirrorFromEnv } from "../../src/paths";
import { rawPath } from "../../src/raw/store";

export function realRawDir(): Promise<string> {
  const dir = mirrorFromEnv() ?? annexVintageDir();
  if (!fs.existsSync(dir)) return Promise.reject(new Error(`No raw data: ${dir} does not exist`));
  return Promise.resolve(dir);
}

/** Fails (not skips) when a source the test needs is absent from the real raw data. */
export async function requireRaw(...sourceIds: string[]): Promise<string> {
  const dir = await realRawDir();
  const absent = sourceIds.filter((id) => !fs.existsSync(rawPath(dir, sourceById(id))));
  if (absent.length) throw new Error(`Raw data for ${absent.join(", ")} is not in ${dir}`);
  return dir;
}
