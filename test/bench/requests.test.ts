// Live request sizes: the downloader's requests for a catalog against a small synthetic mirror.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceUrl, type Source } from "../../src/catalog/sources";
import { liveRequests, requestTotals } from "../../bench/lib/requests";

const base = { title: "Synthetische tabel", figures: [], need: "required" as const, purpose: "test" };
const data: Source = {
  ...base,
  id: "cbs-TEST01NED-data",
  provider: "CBS",
  table: "TEST01NED",
  entity: "TypedDataSet",
  format: "cbs-odata-v3-json",
  file: "cbs/TEST01NED/TypedDataSet.json",
};
const info: Source = {
  ...base,
  id: "cbs-TEST01NED-info",
  provider: "CBS",
  table: "TEST01NED",
  entity: "TableInfos",
  format: "cbs-odata-v3-json",
  file: "cbs/TEST01NED/TableInfos.json",
};
const absent: Source = {
  ...base,
  id: "eurostat-test_absent",
  provider: "Eurostat",
  dataset: "test_absent",
  format: "jsonstat-2.0",
  file: "eurostat/test_absent.json",
};
const mirrorOnly: Source = {
  ...base,
  id: "cbs-TEST02ned-csv",
  provider: "CBS",
  table: "TEST02ned",
  entity: "UntypedDataSet",
  format: "cbs-csv",
  file: "cbs/TEST02ned/UntypedDataSet.csv",
  mirrorOnly: true,
};

const mirror = fs.mkdtempSync(path.join(os.tmpdir(), "bench-requests-"));
function record(s: Source, body: string) {
  const file = path.join(mirror, s.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  fs.writeFileSync(
    `${file}.origin.json`,
    JSON.stringify({ file: s.file, bytes: Buffer.byteLength(body), url: sourceUrl(s) }),
  );
}
record(data, '{"value":[{"ID":0}]}');
record(info, '{"value":[{"Modified":"2025-01-01T00:00:00"}]}');
afterAll(() => fs.rmSync(mirror, { recursive: true, force: true }));

describe("liveRequests", () => {
  const { firstFetch, recheck } = liveRequests(mirror, [data, info, absent, mirrorOnly]);

  it("lists a first fetch as the downloader sends it: a table's TableInfos once, before its data", () => {
    expect(firstFetch.map((r) => `${r.sourceId} ${r.kind}`)).toEqual([
      "cbs-TEST01NED-data tableinfos",
      "cbs-TEST01NED-data data",
      "eurostat-test_absent data",
      "cbs-TEST02ned-csv data",
    ]);
    expect(firstFetch.some((r) => r.repeatOf !== undefined)).toBe(false);
  });

  it("takes the sizes the mirror recorded for exactly that request", () => {
    expect(firstFetch[0].bytes).toBe(Buffer.byteLength('{"value":[{"Modified":"2025-01-01T00:00:00"}]}'));
    expect(firstFetch[1].bytes).toBe(Buffer.byteLength('{"value":[{"ID":0}]}'));
    expect(firstFetch[0].mirrorFile).toBe("cbs/TEST01NED/TableInfos.json");
  });

  it("lists what the mirror lacks as unknown and a mirror-only export as no request", () => {
    expect(firstFetch[2].bytes).toBeUndefined();
    expect(firstFetch[2].note).toMatch(/unknown/);
    expect(firstFetch[3].wireUrl).toBeNull();
    expect(requestTotals(firstFetch)).toMatchObject({ requests: 3, known: 2, unknown: 1, repeats: 0 });
  });

  it("re-checks with one TableInfos per CBS table and Eurostat's last-period probe", () => {
    expect(recheck.map((r) => r.kind)).toEqual(["tableinfos", "probe"]);
    expect(recheck[1].wireUrl).toContain("lastTimePeriod=1");
  });
});
