// npm run update (src/cli/update.ts), against the local fake server (test/helpers/fake-server.ts)
// serving the shipped vintage's bytes with one value revised, and offline (a host that does not
// resolve): it fails within seconds naming the host or file, and leaves the raw folder as it was.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sourceById } from "../../src/catalog/sources";
import { figureById } from "../../src/figures/index";
import { annexVintageDir } from "../../src/paths";
import { readSidecar, rawPath } from "../../src/raw/store";
import { runUpdate, UpdateError } from "../../src/cli/update";
import { JSON_TYPE, startFakeServer, type FakeServer } from "../helpers/fake-server";
import { fastHttp, snapshot } from "../helpers/fetch-setup";

const SOURCES = [sourceById("cbs-80059NED-data"), sourceById("eurostat-migr_asyapp1mp")];
const FIGURES = [figureById("fig5"), figureById("fig6")];
const annexBytes = (s: (typeof SOURCES)[number]) => fs.readFileSync(rawPath(annexVintageDir(), s));

let server: FakeServer;
let root: string;
let rawDir: string;
let outDir: string;
const lines: string[] = [];
beforeEach(async () => {
  server = await startFakeServer();
  root = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-update-"));
  rawDir = path.join(root, "data", "raw");
  outDir = path.join(root, "out");
  lines.length = 0;
});
afterEach(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const options = (extra: Partial<Parameters<typeof runUpdate>[0]> = {}) => ({
  rawDir,
  outDir,
  sources: SOURCES,
  figures: FIGURES,
  endpoints: server.endpoints,
  http: fastHttp().http,
  images: false,
  log: (l: string) => void lines.push(l),
  print: () => {},
  ...extra,
});

/** 80059NED as the shipped vintage has it, with the 2024 total revised by CBS. */
function revised80059(): string {
  const doc = JSON.parse(annexBytes(SOURCES[0]).toString("utf8")) as { value: Record<string, unknown>[] };
  const row = doc.value.find((r) => r.Perioden === "2024JJ00")!;
  row.TotaalAsielverzoekenEnNareizigers_1 = (row.TotaalAsielverzoekenEnNareizigers_1 as number) + 1000;
  return JSON.stringify(doc);
}

const tableInfos = (table: string, modified: string) =>
  JSON.stringify({
    "odata.metadata": `${server.endpoints.cbsApi}/${table}/$metadata#Cbs.OData.WebAPI.TableInfos`,
    value: [{ ID: 0, Identifier: table, Title: "Asielverzoeken; nationaliteit, vanaf 1975", Modified: modified }],
  });

describe("npm run update", () => {
  it("downloads into the raw folder, reports what changed against the shipped vintage and builds in latest mode", async () => {
    server.on("/ODataApi/odata/80059NED/TableInfos", {
      headers: JSON_TYPE,
      body: tableInfos("80059NED", "2026-03-01T02:00:00"),
    });
    server.on("/ODataApi/odata/80059NED/TypedDataSet", { headers: JSON_TYPE, body: revised80059() });
    server.on("/eurostat/api/dissemination/statistics/1.0/data/migr_asyapp1mp", {
      headers: JSON_TYPE,
      body: annexBytes(SOURCES[1]),
    });
    const r = await runUpdate(options());
    expect(r.ok, lines.join("\n")).toBe(true);
    expect(r.fetched.map((o) => o.status)).toEqual(["downloaded", "downloaded"]);
    const sc = readSidecar(rawPath(rawDir, SOURCES[0]));
    expect(sc).toMatchObject({ kind: "recorded", tableModified: "2026-03-01T02:00:00" });

    const md = fs.readFileSync(path.join(outDir, "update.md"), "utf8");
    // Dutch, the default language, like the figures it builds in out/.
    expect(md).toContain("# Update: de nieuwste data tegenover de meegeleverde annex-vintage");
    expect(md).toMatch(/\| cbs\/80059NED\/TypedDataSet\.json \| gedownload \| \d+\.\d kB \|/);
    expect(md).toMatch(/#### fig5: [^\n]*\n[\s\S]*waarden? veranderd/);
    expect(md).toMatch(/\| 2024, total \| persons \| \d+ \| \d+ \|/);
    expect(md).toMatch(/#### fig6: [^\n]*\n[\s\S]*Geen waarden veranderd/);

    const sources = JSON.parse(fs.readFileSync(path.join(outDir, "fig5", "sources.json"), "utf8"));
    expect(sources.mode).toBe("latest");
    expect(sources.sources[0].data.kind).toBe("live");
    expect(sources.sources[0].data.label).toMatch(/^live download of \d{4}-\d\d-\d\d/);
  });

  it("fails at once offline, naming the host, and creates nothing", async () => {
    const started = Date.now();
    const offline = {
      cbsApi: "https://no-such-host.invalid/ODataApi/odata",
      cbsFeed: "https://no-such-host.invalid/ODataFeed/odata",
      eurostatApi: "https://eurostat.invalid/data",
    };
    await expect(runUpdate(options({ endpoints: offline }))).rejects.toThrow(UpdateError);
    await expect(runUpdate(options({ endpoints: offline }))).rejects.toThrow(
      /cannot reach no-such-host\.invalid: host not found \((ENOTFOUND|EAI_AGAIN); no network\?\)\. Nothing was downloaded; data\/ is unchanged/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fs.existsSync(rawDir)).toBe(false);
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it("stops at the first failing download, names it, and leaves the previous files exactly as they were", async () => {
    fs.mkdirSync(rawDir, { recursive: true });
    fs.cpSync(annexVintageDir(), rawDir, { recursive: true });
    const before = snapshot(rawDir);
    server.on("/ODataApi/odata/80059NED/TableInfos", { status: 503, body: "down for maintenance" });
    const r = await runUpdate(options());
    expect(r.ok).toBe(false);
    expect(r.fetched.map((o) => [o.source.id, o.status])).toEqual([["cbs-80059NED-data", "failed"]]); // Eurostat not asked
    expect(server.count("/eurostat")).toBe(0);
    expect(lines.join("\n")).toMatch(/ERROR .*80059NED\/TableInfos.*HTTP 503/);
    expect(lines.join("\n")).toContain("Update stopped: cbs/80059NED/TypedDataSet.json failed");
    expect(snapshot(rawDir)).toEqual(before);
    expect(fs.existsSync(path.join(outDir, "update.md"))).toBe(false);
  });
});
