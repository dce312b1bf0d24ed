// The sidecar contract (src/raw/sidecar.ts) on every read (issue 13, item 5): every real sidecar
// passes (the mirror, the shipped vintage, what the downloader writes), and a missing or mistyped
// field is refused with the sidecar's path and the field, before anything downstream trips on it.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { fetchSources } from "../../src/raw/fetch";
import { readSidecar, sidecarPath } from "../../src/raw/store";
import { EUROSTAT_DATA, EUROSTAT_SIGNED, fixture, signedSidecar, tempDir } from "../helpers/fetch-setup";

function sidecarsUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".origin.json"))
    .map((f) => path.join(dir, f));
}

describe("every real sidecar passes the schema", () => {
  const folders = [
    path.join(projectRoot(), "data", "annex-2025"),
    process.env.MIGRATIE_MIRROR ? path.resolve(projectRoot(), process.env.MIGRATIE_MIRROR) : "",
  ].filter(Boolean);
  it("in the shipped vintage and the mirror", () => {
    const all = folders.flatMap(sidecarsUnder);
    expect(all.length).toBeGreaterThan(5);
    for (const sc of all) expect(() => readSidecar(sc.replace(/\.origin\.json$/, ""))).not.toThrow();
  });
});

describe("a sidecar with a missing or mistyped field", () => {
  let mirror: string;
  let rawDir: string;
  let file: string;
  beforeEach(() => {
    mirror = tempDir("migratie-sidecar-mirror-");
    rawDir = tempDir("migratie-sidecar-raw-");
    file = path.join(mirror, EUROSTAT_DATA.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, fixture("eurostat/tst_asyapp.json"));
  });
  afterEach(() => {
    for (const d of [mirror, rawDir]) fs.rmSync(d, { recursive: true, force: true });
  });

  function sidecar(change: Record<string, unknown>): void {
    const body = fs.readFileSync(file);
    const sc: Record<string, unknown> = { ...signedSidecar(EUROSTAT_DATA, body, EUROSTAT_SIGNED) };
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete sc[k];
      else sc[k] = v;
    }
    fs.writeFileSync(sidecarPath(file), JSON.stringify(sc));
  }

  it("is accepted when complete, and the downloader's own sidecar passes on the next read", async () => {
    sidecar({});
    const [o] = await fetchSources([EUROSTAT_DATA], { rawDir, mirror, content: OFFICIAL_FORMATS });
    expect(o.status, o.message).toBe("copied");
    expect(readSidecar(path.join(rawDir, EUROSTAT_DATA.file)).copiedFrom?.mirror).toBe(path.resolve(mirror));
  });

  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["no kind", { kind: undefined }, /field "kind": missing/],
    ["a numeric url", { url: 42 }, /field "url": expected a URL/],
    ["a numeric retrieved", { retrieved: 20250302 }, /field "retrieved": expected a date YYYY-MM-DD/],
    [
      "retrieved: not a date",
      { retrieved: "not a date" },
      /field "retrieved": expected a date YYYY-MM-DD \(optionally with a time\), got "not a date"/,
    ],
    ["an impossible date", { retrieved: "2025-02-30" }, /field "retrieved": expected a date/],
    ["a numeric tableModified", { tableModified: 5 }, /field "tableModified": expected a date/],
    [
      "no dataset for a Eurostat file",
      { dataset: undefined },
      /field "dataset": missing \(required for provider Eurostat\)/,
    ],
    [
      "no table for a CBS file",
      { provider: "CBS", dataset: undefined },
      /field "table": missing \(required for provider CBS\)/,
    ],
    ["an unknown kind", { kind: "guessed" }, /field "kind": expected "recorded" or "reconstructed"/],
    ["reconstructed without saying from what", { kind: "reconstructed" }, /field "derivedFrom": missing/],
    ["an unknown format", { format: "xlsx" }, /field "format": expected cbs-odata-v3-json, cbs-csv or jsonstat-2.0/],
    ["a fractional byte count", { bytes: 1.5 }, /field "bytes": expected a whole byte count/],
    ["a JSON array", { __array: true }, /sidecar is not a JSON object/],
  ];
  for (const [what, change, message] of cases) {
    it(`is refused with the path and the field: ${what}`, async () => {
      if (change.__array) fs.writeFileSync(sidecarPath(file), "[]");
      else sidecar(change);
      expect(() => readSidecar(file, mirror)).toThrow(message);
      const [o] = await fetchSources([EUROSTAT_DATA], { rawDir, mirror, content: OFFICIAL_FORMATS });
      expect(o.status).toBe("failed");
      expect(o.message).toContain(`${sidecarPath(file)}: `);
      expect(o.message).toMatch(message);
      expect(fs.existsSync(path.join(rawDir, EUROSTAT_DATA.file))).toBe(false);
    });
  }
});
