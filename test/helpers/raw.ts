// Real raw data for tests that assert the publication's values: the mirror (MIGRATIE_MIRROR,
// copied and verified into a temporary raw folder once per test file), else this project's
// data/raw/ after `npm run fetch`. Without either the tests fail with a clear message: they
// must never pass without having looked at the data.
import * as fs from "node:fs";
import { sourceById } from "../../src/catalog/sources";
import { defaultRawDir, mirrorFromEnv } from "../../src/paths";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { fetchSources } from "../../src/raw/fetch";
import { rawPath } from "../../src/raw/store";
import { tempDir } from "./temp";

let prepared: Promise<string> | undefined;

export function realRawDir(): Promise<string> {
  return (prepared ??= (async () => {
    const mirror = mirrorFromEnv();
    if (!mirror) {
      const dir = defaultRawDir();
      if (fs.existsSync(dir)) return dir;
      throw new Error("No raw data: set MIGRATIE_MIRROR=<mirror dir> (CI: ../shared/mirror) or run `npm run fetch` first");
    }
    const dir = tempDir("migratie-test-raw-"); // removed when the test file ends
    const { SOURCES } = await import("../../src/catalog/sources");
    const out = await fetchSources(SOURCES, { rawDir: dir, mirror, content: OFFICIAL_FORMATS });
    const failed = out.filter((o) => o.status === "failed");
    if (failed.length) throw new Error(`Copying the mirror failed: ${failed.map((f) => f.message).join("; ")}`);
    return dir;
  })());
}

/** Fails (not skips) when a source the test needs is absent from the real raw data. */
export async function requireRaw(...sourceIds: string[]): Promise<string> {
  const dir = await realRawDir();
  const absent = sourceIds.filter((id) => !fs.existsSync(rawPath(dir, sourceById(id))));
  if (absent.length) throw new Error(`Raw data for ${absent.join(", ")} is not in ${dir}`);
  return dir;
}
