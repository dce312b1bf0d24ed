// fetchMissing (raw/fetch.ts): what `npm run figures -- --data raw`, the audit and the notebooks call
// before building from data/raw. Only the catalogued files that are absent are fetched; present ones
// are left alone. The shipped vintage serves as the mirror (no MIGRATIE_MIRROR, no network).
import * as fs from "node:fs";
import { afterEach, expect, it } from "vitest";
import { annexVintageDir, mirrorFromEnv } from "../../src/paths";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { fetchMissing } from "../../src/raw/fetch";
import { tempDir } from "../helpers/fetch-setup";

let rawDir: string | undefined;
afterEach(() => {
  if (rawDir) fs.rmSync(rawDir, { recursive: true, force: true });
});

it("fetches only the figures' files that are not there yet, from the mirror", async () => {
  const mirror = mirrorFromEnv() ?? annexVintageDir();
  rawDir = tempDir();
  const figure = { sourceIds: ["cbs-83474NED-data", "cbs-83474NED-data"] }; // listed twice: fetched once
  const first = await fetchMissing([figure], { rawDir, mirror, content: OFFICIAL_FORMATS });
  expect(first.map((o) => [o.source.id, o.status])).toEqual([["cbs-83474NED-data", "copied"]]);
  expect(await fetchMissing([figure], { rawDir, mirror, content: OFFICIAL_FORMATS })).toEqual([]);
});
