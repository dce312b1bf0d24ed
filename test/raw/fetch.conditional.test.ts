// Conditional re-fetch: a live source is downloaded again only when the producer's table changed
// (CBS TableInfos.Modified, Eurostat `updated`), unless refresh; the sidecar records what was checked.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Source } from "../../src/catalog/sources";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { fetchSources, type FetchOptions } from "../../src/raw/fetch";
import { readRaw, readSidecar, sidecarPath } from "../../src/raw/store";
import { startFakeServer, type FakeServer } from "../helpers/fake-server";
import {
  CBS_DATA,
  CBS_INFO,
  EUROSTAT_DATA,
  fastHttp,
  fixture,
  ROUTES,
  serveGood,
  snapshot,
  tempDir,
} from "../helpers/fetch-setup";

let server: FakeServer;
let rawDir: string;
let clock: Date;

beforeEach(async () => {
  server = await startFakeServer();
  rawDir = tempDir();
  clock = new Date("2025-04-01T10:00:00Z");
  serveGood(server);
});
afterEach(async () => {
  await server.close();
  fs.rmSync(rawDir, { recursive: true, force: true });
});

async function fetchOne(s: Source, extra: Partial<FetchOptions> = {}) {
  const [o] = await fetchSources([s], {
    rawDir,
    content: OFFICIAL_FORMATS,
    endpoints: server.endpoints,
    http: fastHttp().http,
    now: () => clock,
    ...extra,
  });
  return o;
}

const dataFile = (s: Source) => path.join(rawDir, s.file);
const tableInfosModified = (modified: string) =>
  fixture("cbs/90001TST/TableInfos.json").replace('"Modified":"2025-03-01T02:00:00"', `"Modified":"${modified}"`);

describe("CBS: TableInfos.Modified", () => {
  it("asks TableInfos once per table in a run, however many of its sources are fetched", async () => {
    const out = await fetchSources([CBS_DATA, CBS_INFO], {
      rawDir,
      content: OFFICIAL_FORMATS,
      endpoints: server.endpoints,
      http: fastHttp().http,
      now: () => clock,
    });
    expect(out.map((o) => o.status)).toEqual(["downloaded", "downloaded"]);
    expect(server.requests.filter((r) => r.path === ROUTES.cbsInfo("90001TST"))).toHaveLength(1);
  });

  it("downloads a new table and records Modified as its vintage and the check", async () => {
    const o = await fetchOne(CBS_DATA);
    expect(o.status).toBe("downloaded");
    const sc = readSidecar(dataFile(CBS_DATA));
    expect(sc.tableModified).toBe("2025-03-01T02:00:00");
    expect(sc.retrieved).toBe("2025-04-01T10:00:00Z");
    expect(sc.url).toBe(`${server.endpoints.cbsApi}/90001TST/TypedDataSet`);
    expect(sc.checked).toEqual({
      at: "2025-04-01T10:00:00Z",
      method: "CBS TableInfos.Modified",
      url: `${server.endpoints.cbsApi}/90001TST/TableInfos?$format=json`,
      producerModified: "2025-03-01T02:00:00",
      result: "new",
    });
  });

  it("asks only TableInfos when Modified is unchanged, keeping the data file and recording the check", async () => {
    await fetchOne(CBS_DATA);
    const data = fs.readFileSync(dataFile(CBS_DATA));
    server.reset();
    serveGood(server);
    clock = new Date("2025-04-02T10:00:00Z");
    const o = await fetchOne(CBS_DATA);
    expect(o.status).toBe("up-to-date");
    expect(o.message).toMatch(/not modified since 2025-03-01T02:00:00/);
    expect(server.requests.map((r) => r.path)).toEqual([ROUTES.cbsInfo("90001TST")]);
    expect(fs.readFileSync(dataFile(CBS_DATA)).equals(data)).toBe(true);
    const sc = readSidecar(dataFile(CBS_DATA));
    expect(sc.retrieved).toBe("2025-04-01T10:00:00Z"); // the vintage stays that of the download
    expect(sc.checked).toMatchObject({
      at: "2025-04-02T10:00:00Z",
      producerModified: "2025-03-01T02:00:00",
      previous: "2025-03-01T02:00:00",
      result: "unchanged",
    });
    expect(readRaw(rawDir, CBS_DATA)).toBeDefined(); // still verifies
  });

  it("downloads again when Modified changed", async () => {
    await fetchOne(CBS_DATA);
    server.reset();
    serveGood(server);
    server.on(ROUTES.cbsInfo("90001TST"), { body: tableInfosModified("2025-04-01T02:00:00") });
    const o = await fetchOne(CBS_DATA);
    expect(o.status).toBe("downloaded");
    expect(server.count(ROUTES.cbsApi("90001TST"))).toBe(1);
    const sc = readSidecar(dataFile(CBS_DATA));
    expect(sc.tableModified).toBe("2025-04-01T02:00:00");
    expect(sc.checked).toMatchObject({
      producerModified: "2025-04-01T02:00:00",
      previous: "2025-03-01T02:00:00",
      result: "changed",
    });
  });

  it("downloads again with refresh even when Modified is unchanged", async () => {
    await fetchOne(CBS_DATA);
    server.reset();
    serveGood(server);
    const o = await fetchOne(CBS_DATA, { refresh: true });
    expect(o.status).toBe("downloaded");
    expect(server.count(ROUTES.cbsApi("90001TST"))).toBe(1);
    expect(readSidecar(dataFile(CBS_DATA)).checked?.result).toBe("refresh");
  });

  it("downloads again when our copy is damaged, whatever Modified says", async () => {
    await fetchOne(CBS_DATA);
    fs.appendFileSync(dataFile(CBS_DATA), " ");
    const o = await fetchOne(CBS_DATA);
    expect(o.status).toBe("downloaded");
    expect(readSidecar(dataFile(CBS_DATA)).checked?.result).toBe("damaged copy");
    expect(readRaw(rawDir, CBS_DATA)!.bytes.toString()).toBe(fixture("cbs/90001TST/TypedDataSet.json"));
  });

  it("downloads again when the catalog's request changed since our copy", async () => {
    await fetchOne(CBS_DATA);
    const sc = readSidecar(dataFile(CBS_DATA));
    fs.writeFileSync(sidecarPath(dataFile(CBS_DATA)), JSON.stringify({ ...sc, url: `${sc.url}?$select=Perioden` }));
    const o = await fetchOne(CBS_DATA);
    expect(o.status).toBe("downloaded");
    expect(readSidecar(dataFile(CBS_DATA)).checked?.result).toBe("request changed");
  });

  it("reads a TableInfos source with one request: the check's answer is the data", async () => {
    const o = await fetchOne(CBS_INFO);
    expect(o.status).toBe("downloaded");
    expect(server.requests.map((r) => r.path)).toEqual([ROUTES.cbsInfo("90001TST")]);
    expect(readRaw(rawDir, CBS_INFO)!.bytes.toString()).toBe(fixture("cbs/90001TST/TableInfos.json"));
    expect(readSidecar(dataFile(CBS_INFO)).url).toBe(`${server.endpoints.cbsApi}/90001TST/TableInfos`);
  });
});

describe("Eurostat: updated", () => {
  const updatedTo = (updated: string) =>
    fixture("eurostat/tst_asyapp.json").replace('"updated": "2025-03-01T23:00:00+0100"', `"updated": "${updated}"`);

  it("downloads a new dataset without a probe and records `updated`", async () => {
    const o = await fetchOne(EUROSTAT_DATA);
    expect(o.status).toBe("downloaded");
    expect(server.count()).toBe(1);
    const sc = readSidecar(dataFile(EUROSTAT_DATA));
    expect(sc.tableModified).toBe("2025-03-01T23:00:00+0100");
    expect(sc.checked).toMatchObject({
      method: "Eurostat updated",
      producerModified: "2025-03-01T23:00:00+0100",
      result: "new",
    });
  });

  it("asks only for the last period when `updated` is unchanged, keeping the data file", async () => {
    await fetchOne(EUROSTAT_DATA);
    const before = snapshot(rawDir).contents.get(EUROSTAT_DATA.file)!;
    server.reset();
    server.on(ROUTES.eurostatProbe("tst_asyapp"), { body: fixture("eurostat/tst_asyapp.json") });
    const o = await fetchOne(EUROSTAT_DATA);
    expect(o.status).toBe("up-to-date");
    expect(server.requests.map((r) => r.url)).toEqual([
      "/eurostat/api/dissemination/statistics/1.0/data/tst_asyapp?format=JSON&lang=EN&lastTimePeriod=1",
    ]);
    expect(fs.readFileSync(dataFile(EUROSTAT_DATA)).equals(before)).toBe(true);
    expect(readSidecar(dataFile(EUROSTAT_DATA)).checked).toMatchObject({
      url: `${server.endpoints.eurostatApi}/tst_asyapp?format=JSON&lang=EN&lastTimePeriod=1`,
      producerModified: "2025-03-01T23:00:00+0100",
      result: "unchanged",
    });
  });

  it("downloads the whole dataset when the probe shows a new `updated`", async () => {
    await fetchOne(EUROSTAT_DATA);
    server.reset();
    server.on(ROUTES.eurostatProbe("tst_asyapp"), { body: updatedTo("2025-04-01T23:00:00+0200") });
    server.on(ROUTES.eurostat("tst_asyapp"), { body: updatedTo("2025-04-01T23:00:00+0200") });
    const o = await fetchOne(EUROSTAT_DATA);
    expect(o.status).toBe("downloaded");
    expect(server.count()).toBe(2);
    const sc = readSidecar(dataFile(EUROSTAT_DATA));
    expect(sc.tableModified).toBe("2025-04-01T23:00:00+0200");
    expect(sc.checked).toMatchObject({
      producerModified: "2025-04-01T23:00:00+0200",
      previous: "2025-03-01T23:00:00+0100",
      result: "changed",
    });
  });

  it("skips the probe with refresh", async () => {
    await fetchOne(EUROSTAT_DATA);
    server.reset();
    serveGood(server);
    const o = await fetchOne(EUROSTAT_DATA, { refresh: true });
    expect(o.status).toBe("downloaded");
    expect(server.requests.map((r) => r.url)).toEqual([
      "/eurostat/api/dissemination/statistics/1.0/data/tst_asyapp?format=JSON&lang=EN",
    ]);
    expect(readSidecar(dataFile(EUROSTAT_DATA)).checked?.result).toBe("refresh");
  });
});

describe("mirror copies", () => {
  it("need no producer check: no request at all", async () => {
    const mirror = tempDir("migratie-mirror-test-");
    await fetchOne(EUROSTAT_DATA);
    fs.cpSync(rawDir, mirror, { recursive: true });
    const copyTo = tempDir();
    server.reset();
    const [o] = await fetchSources([EUROSTAT_DATA], { rawDir: copyTo, mirror, content: OFFICIAL_FORMATS });
    expect(o.status).toBe("copied");
    const [again] = await fetchSources([EUROSTAT_DATA], { rawDir: copyTo, mirror, content: OFFICIAL_FORMATS });
    expect(again.status).toBe("unchanged");
    expect(server.count()).toBe(0);
    fs.rmSync(mirror, { recursive: true, force: true });
    fs.rmSync(copyTo, { recursive: true, force: true });
  });
});
