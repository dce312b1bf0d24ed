// Catalog and command-line input: ids that are not plain identifiers are refused before any request
// or file access; unknown figure ids list the valid ones.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestUrl, sourceUrl, SOURCES, type Source } from "../../src/catalog/sources";
import { selectSources } from "../../src/cli/fetch";
import { FIGURES } from "../../src/figures/index";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { fetchSources } from "../../src/raw/fetch";
import { startFakeServer, type FakeServer } from "../helpers/fake-server";
import { CBS_DATA, CBS_SELECTED, EUROSTAT_DATA, fastHttp, serveGood, tempDir } from "../helpers/fetch-setup";

let server: FakeServer;
let parent: string;
let rawDir: string;

beforeEach(async () => {
  server = await startFakeServer();
  serveGood(server);
  parent = tempDir();
  rawDir = path.join(parent, "raw"); // not created: a refused fetch must not create it either
});
afterEach(async () => {
  await server.close();
  fs.rmSync(parent, { recursive: true, force: true });
});

const bad: [string, Source, RegExp][] = [
  ["a table id with path characters", { ...CBS_DATA, table: "../etc" }, /Refusing CBS table id "\.\.\/etc"/],
  ["an empty table id", { ...CBS_DATA, table: "" }, /Refusing CBS table id ""/],
  ["a table id with a query", { ...CBS_DATA, table: "90001TST?$top=1" }, /Refusing CBS table id/],
  ["an entity with a slash", { ...CBS_DATA, entity: "TypedDataSet/../x" }, /Refusing CBS entity/],
  [
    "a selected column with a comma",
    { ...CBS_SELECTED, query: { select: ["Perioden,Immigratie_1"] } },
    /Refusing CBS column in \$select/,
  ],
  [
    "a filter that starts another option",
    { ...CBS_SELECTED, query: { filter: "Perioden eq '2024JJ00'&$top=1" } },
    /Refusing \$filter/,
  ],
  ["an empty filter", { ...CBS_SELECTED, query: { filter: " " } }, /Refusing \$filter/],
  ["a dataset id with path characters", { ...EUROSTAT_DATA, dataset: "tst/../asyapp" }, /Refusing Eurostat dataset id/],
  ["an empty dataset id", { ...EUROSTAT_DATA, dataset: "" }, /Refusing Eurostat dataset id ""/],
  [
    "a Eurostat parameter that starts another",
    { ...EUROSTAT_DATA, params: { geo: "NL&time=2024" } },
    /Refusing Eurostat parameter geo="NL&time=2024"/,
  ],
  [
    "a Eurostat parameter name with spaces",
    { ...EUROSTAT_DATA, params: { "ge o": "NL" } },
    /Refusing Eurostat parameter name/,
  ],
  ["a file outside data/raw", { ...CBS_DATA, file: "../../etc/passwd" }, /relative path inside data\/raw/],
  ["an absolute file", { ...EUROSTAT_DATA, file: "/tmp/x.json" }, /relative path inside data\/raw/],
  ["a file name with a backslash", { ...EUROSTAT_DATA, file: "eurostat/..\\x.json" }, /relative path inside data\/raw/],
];

describe("catalog ids that are not plain identifiers", () => {
  it.each(bad)("refuses %s before any request or file access", async (_what, source, message) => {
    await expect(
      fetchSources([CBS_DATA, source], {
        rawDir,
        content: OFFICIAL_FORMATS,
        endpoints: server.endpoints,
        http: fastHttp().http,
      }),
    ).rejects.toThrow(message);
    expect(server.count()).toBe(0);
    expect(fs.existsSync(rawDir)).toBe(false);
    expect(() => sourceUrl(source)).toThrow(message);
    expect(() => requestUrl(source)).toThrow(message);
  });

  it("accepts every source of the real catalog", () => {
    for (const s of SOURCES) expect(() => sourceUrl(s), s.id).not.toThrow();
  });

  it("sends requests to the injected endpoints, and to the producers' by default", () => {
    expect(requestUrl(CBS_SELECTED, { endpoints: server.endpoints })).toBe(
      `${server.baseUrl}/ODataApi/odata/90001TST/TypedDataSet?$filter=Geslacht%20eq%20%27T001038%20%20%27&$select=Perioden,Immigratie_1,Emigratie_2&$format=json`,
    );
    expect(sourceUrl(CBS_DATA, { paged: true, endpoints: server.endpoints })).toBe(
      `${server.baseUrl}/ODataFeed/odata/90001TST/TypedDataSet`,
    );
    expect(sourceUrl(EUROSTAT_DATA)).toBe(
      "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/tst_asyapp?format=JSON&lang=EN",
    );
  });
});

describe("npm run fetch -- --only", () => {
  it("lists the valid figures for an unknown figure id", () => {
    const valid = FIGURES.map((f) => f.id);
    expect(() => selectSources(["fig99"])).toThrow(`Unknown figure "fig99". Valid figures: ${valid.join(", ")}`);
  });

  it("lists figures and sources for an id that is neither, including path-like input", () => {
    for (const id of ["../etc/passwd", "", "figure1", "cbs-83474NED-data/.."]) {
      expect(() => selectSources([id])).toThrow(
        new RegExp(
          `Unknown figure or source id "${id.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"\\. Figures: fig1, .*Sources: cbs-83474NED-data, `,
        ),
      );
    }
  });

  it("selects a figure's sources and single sources, in catalog order", () => {
    const fig1 = selectSources(["fig1"]).map((s) => s.id);
    expect(fig1).toContain("cbs-83474NED-data");
    expect(selectSources(["eurostat-migr_asyapp1mp", "cbs-83474NED-data"]).map((s) => s.id)).toEqual([
      "cbs-83474NED-data",
      "eurostat-migr_asyapp1mp",
    ]);
    expect(selectSources(undefined)).toBe(SOURCES);
  });
});
