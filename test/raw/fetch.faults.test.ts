// The real downloader against a fake CBS and Eurostat on 127.0.0.1. For each fault: a clear error
// naming the URL or file and the cause, the previous good file and its sidecar byte-for-byte
// untouched, no partial or temporary file left, and a bounded number of requests.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Source } from "../../src/catalog/sources";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { fetchSources, type FetchOutcome } from "../../src/raw/fetch";
import { readRaw, sidecarPath } from "../../src/raw/store";
import { HTML_TYPE, startFakeServer, type FakeServer } from "../helpers/fake-server";
import {
  bigTableRows,
  CBS_BIG,
  CBS_DATA,
  CBS_SELECTED,
  EUROSTAT_DATA,
  EUROSTAT_SIGNED,
  fastHttp,
  fixture,
  leftovers,
  odataPage,
  ROUTES,
  serveGood,
  signedSidecar,
  snapshot,
  tempDir,
} from "../helpers/fetch-setup";

let server: FakeServer;
let rawDir: string;

beforeEach(async () => {
  server = await startFakeServer();
  rawDir = tempDir();
});
afterEach(async () => {
  await server.close();
  fs.rmSync(rawDir, { recursive: true, force: true });
});

async function fetchOne(s: Source, http = fastHttp().http, refresh = true): Promise<FetchOutcome> {
  const [o] = await fetchSources([s], {
    rawDir,
    content: OFFICIAL_FORMATS,
    endpoints: server.endpoints,
    http,
    refresh,
  });
  return o;
}

/** Downloads a good copy of s, then swaps the server's routes for the fault. */
async function goodCopyThenFault(s: Source, fault: () => void) {
  serveGood(server);
  const first = await fetchOne(s);
  expect(first.status, first.message).toBe("downloaded");
  const before = snapshot(rawDir);
  expect(before.files).toContain(s.file);
  server.reset();
  fault();
  return before;
}

function expectUntouched(before: ReturnType<typeof snapshot>) {
  const after = snapshot(rawDir);
  expect(after.files).toEqual(before.files);
  for (const f of before.files) expect(after.contents.get(f)!.equals(before.contents.get(f)!), f).toBe(true);
  expect(leftovers(rawDir)).toEqual([]);
}

const url = (route: string) => server.baseUrl + route;

describe("HTTP 429 and 503: bounded retries with backoff, honouring Retry-After", () => {
  it("gives up on a CBS table that keeps answering 429, after waiting what Retry-After asked", async () => {
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
      server.on(ROUTES.cbsApi("90001TST"), { status: 429, headers: { "retry-after": "7" }, body: "Too Many Requests" });
    });
    const { http, waits } = fastHttp();
    const o = await fetchOne(CBS_DATA, http);
    expect(o.status).toBe("failed");
    expect(o.message).toContain(url(ROUTES.cbsApi("90001TST")));
    expect(o.message).toMatch(/HTTP 429.*gave up after 3 attempts/);
    expect(waits).toEqual([7000, 7000]);
    expect(server.count(ROUTES.cbsApi("90001TST"))).toBe(3);
    expectUntouched(before);
  });

  it("gives up on a Eurostat dataset that keeps answering 503, backing off exponentially", async () => {
    const before = await goodCopyThenFault(EUROSTAT_DATA, () => {
      server.on(ROUTES.eurostat("tst_asyapp"), { status: 503, body: "Service Unavailable" });
    });
    const { http, waits } = fastHttp();
    const o = await fetchOne(EUROSTAT_DATA, http);
    expect(o.status).toBe("failed");
    expect(o.message).toContain(url(ROUTES.eurostat("tst_asyapp")));
    expect(o.message).toMatch(/HTTP 503.*gave up after 3 attempts/);
    expect(waits).toEqual([10, 20]);
    expect(server.count()).toBe(3);
    expectUntouched(before);
  });

  it("refuses to wait longer than its limit when Retry-After asks for an hour", async () => {
    const before = await goodCopyThenFault(EUROSTAT_DATA, () => {
      server.on(ROUTES.eurostat("tst_asyapp"), { status: 503, headers: { "retry-after": "3600" }, body: "" });
    });
    const { http, waits } = fastHttp();
    const o = await fetchOne(EUROSTAT_DATA, http);
    expect(o.message).toMatch(/HTTP 503.*retry after 3600 s, longer than we wait/);
    expect(waits).toEqual([]);
    expect(server.count()).toBe(1);
    expectUntouched(before);
  });

  it("recovers when the server answers after a 429 and a 503", async () => {
    server.on(ROUTES.cbsInfo("90001TST"), { status: 503 }, { body: fixture("cbs/90001TST/TableInfos.json") });
    server.on(
      ROUTES.cbsApi("90001TST"),
      { status: 429, headers: { "retry-after": "2" } },
      { body: fixture("cbs/90001TST/TypedDataSet.json") },
    );
    const { http, waits } = fastHttp();
    const o = await fetchOne(CBS_DATA, http);
    expect(o.status, o.message).toBe("downloaded");
    expect(waits).toEqual([10, 2000]);
    expect(readRaw(rawDir, CBS_DATA)!.bytes.toString()).toBe(fixture("cbs/90001TST/TypedDataSet.json"));
  });
});

describe("broken connections", () => {
  it("times out on a server that never answers, retries, then fails", async () => {
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
      server.on(ROUTES.cbsApi("90001TST"), { hang: true });
    });
    const o = await fetchOne(CBS_DATA, fastHttp({ timeoutMs: 250, retries: 1 }).http);
    expect(o.status).toBe("failed");
    expect(o.message).toContain(url(ROUTES.cbsApi("90001TST")));
    expect(o.message).toMatch(/timeout.*gave up after 2 attempts/);
    expect(server.count(ROUTES.cbsApi("90001TST"))).toBe(2);
    expectUntouched(before);
  });

  it("times out on a body that stalls half-way", async () => {
    const before = await goodCopyThenFault(EUROSTAT_DATA, () => {
      server.on(ROUTES.eurostat("tst_asyapp"), { stallAfter: 300, body: fixture("eurostat/tst_asyapp.json") });
    });
    const o = await fetchOne(EUROSTAT_DATA, fastHttp({ timeoutMs: 250, retries: 0 }).http);
    expect(o.status).toBe("failed");
    expect(o.message).toContain(url(ROUTES.eurostat("tst_asyapp")));
    expect(o.message).toMatch(/no complete response within 0.25 s \(timeout\) \(gave up after 1 attempt\)/);
    expectUntouched(before);
  });

  it("fails on a connection reset mid-body, keeping nothing of the partial body", async () => {
    const body = fixture("cbs/90001TST/TypedDataSet.json");
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
      server.on(ROUTES.cbsApi("90001TST"), { resetAfter: 120, body });
    });
    const o = await fetchOne(CBS_DATA);
    expect(o.status).toBe("failed");
    expect(o.message).toContain(url(ROUTES.cbsApi("90001TST")));
    expect(o.message).toMatch(/connection broken before the response was complete.*gave up after 3 attempts/);
    expect(server.count(ROUTES.cbsApi("90001TST"))).toBe(3);
    expectUntouched(before);
  });

  it("recovers when the retry after a reset gets the whole body", async () => {
    const body = fixture("eurostat/tst_asyapp.json");
    server.on(ROUTES.eurostat("tst_asyapp"), { resetAfter: 200, body }, { body });
    const o = await fetchOne(EUROSTAT_DATA);
    expect(o.status, o.message).toBe("downloaded");
    expect(readRaw(rawDir, EUROSTAT_DATA)!.bytes.toString()).toBe(body);
  });
});

describe("wrong content with status 200", () => {
  it("refuses an HTML error page served as data, without retrying", async () => {
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
      server.on(ROUTES.cbsApi("90001TST"), { headers: HTML_TYPE, body: fixture("html/error-page.html") });
    });
    const o = await fetchOne(CBS_DATA);
    expect(o.status).toBe("failed");
    expect(o.message).toContain(url(ROUTES.cbsApi("90001TST")));
    expect(o.message).toMatch(/is HTML or XML, not JSON/);
    expect(server.count(ROUTES.cbsApi("90001TST"))).toBe(1);
    expectUntouched(before);
  });

  it("refuses an HTML page in place of CBS's TableInfos (the conditional check)", async () => {
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { headers: HTML_TYPE, body: fixture("html/error-page.html") });
    });
    const o = await fetchOne(CBS_DATA, fastHttp().http, false);
    expect(o.message).toContain(url(ROUTES.cbsInfo("90001TST")));
    expect(o.message).toMatch(/is HTML/);
    expectUntouched(before);
  });

  it("refuses truncated JSON", async () => {
    const body = fixture("cbs/90001TST/TypedDataSet.json");
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
      server.on(ROUTES.cbsApi("90001TST"), { body: body.slice(0, Math.floor(body.length / 2)) });
    });
    const o = await fetchOne(CBS_DATA);
    expect(o.message).toContain(url(ROUTES.cbsApi("90001TST")));
    expect(o.message).toMatch(/is not valid JSON .*truncated download\?/);
    expectUntouched(before);
  });

  it("refuses truncated JSON-stat", async () => {
    const body = fixture("eurostat/tst_asyapp.json");
    const before = await goodCopyThenFault(EUROSTAT_DATA, () => {
      server.on(ROUTES.eurostat("tst_asyapp"), { body: body.slice(0, 700) });
    });
    const o = await fetchOne(EUROSTAT_DATA);
    expect(o.message).toContain(url(ROUTES.eurostat("tst_asyapp")));
    expect(o.message).toMatch(/not valid JSON/);
    expectUntouched(before);
  });

  it("refuses a JSON-stat document of another dataset", async () => {
    const before = await goodCopyThenFault(EUROSTAT_DATA, () => {
      server.on(ROUTES.eurostat("tst_asyapp"), { body: fixture("eurostat/tst_other.json") });
    });
    const o = await fetchOne(EUROSTAT_DATA);
    expect(o.message).toContain(url(ROUTES.eurostat("tst_asyapp")));
    expect(o.message).toMatch(/is dataset tst_other, expected tst_asyapp/);
    expectUntouched(before);
  });

  it("refuses a CBS response for another table", async () => {
    const other = fixture("cbs/90001TST/TypedDataSet.json").replace("/90001TST/$metadata", "/90009TST/$metadata");
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
      server.on(ROUTES.cbsApi("90001TST"), { body: other });
    });
    const o = await fetchOne(CBS_DATA);
    expect(o.message).toMatch(/is CBS table 90009TST, expected 90001TST/);
    expectUntouched(before);
  });

  it("refuses a CBS OData error document", async () => {
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
      server.on(ROUTES.cbsApi("90001TST"), {
        body: JSON.stringify({ "odata.error": { code: "", message: { lang: "en-US", value: "Synthetic failure." } } }),
      });
    });
    const o = await fetchOne(CBS_DATA);
    expect(o.message).toMatch(/holds a CBS OData error, not data: Synthetic failure/);
    expectUntouched(before);
  });
});

describe("schema drift: a renamed measure column", () => {
  const renamed = () => fixture("cbs/90001TST/TypedDataSet.json").replaceAll('"Immigratie_1"', '"ImmigratieTotaal_1"');

  it("refuses a response that lacks a column our current copy has", async () => {
    const before = await goodCopyThenFault(CBS_DATA, () => {
      server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
      server.on(ROUTES.cbsApi("90001TST"), { body: renamed() });
    });
    const o = await fetchOne(CBS_DATA);
    expect(o.status).toBe("failed");
    expect(o.message).toContain(url(ROUTES.cbsApi("90001TST")));
    expect(o.message).toContain(
      `lacks column(s) Immigratie_1 that our current copy ${path.join(rawDir, CBS_DATA.file)} has`,
    );
    expectUntouched(before);
  });

  it("refuses a response that lacks a column the catalog selects, even without a previous copy", async () => {
    server.on(ROUTES.cbsInfo("90001TST"), { body: fixture("cbs/90001TST/TableInfos.json") });
    server.on(ROUTES.cbsApi("90001TST"), { body: renamed() });
    const o = await fetchOne(CBS_SELECTED);
    expect(o.status).toBe("failed");
    expect(o.message).toMatch(/lacks column\(s\) Immigratie_1 .*schema changed at CBS\?/);
    expect(fs.existsSync(path.join(rawDir, CBS_SELECTED.file))).toBe(false);
    expect(leftovers(rawDir)).toEqual([]);
  });

  it("refuses a Eurostat response that lost a dimension", async () => {
    const doc = JSON.parse(fixture("eurostat/tst_asyapp.json"));
    doc.id[1] = "unit_measure";
    doc.dimension.unit_measure = doc.dimension.unit;
    delete doc.dimension.unit;
    const before = await goodCopyThenFault(EUROSTAT_DATA, () => {
      server.on(ROUTES.eurostat("tst_asyapp"), { body: JSON.stringify(doc) });
    });
    const o = await fetchOne(EUROSTAT_DATA);
    expect(o.message).toMatch(/lacks dimension\(s\) unit that our current copy/);
    expectUntouched(before);
  });
});

describe("over CBS's 10,000-row limit: paging through odata.nextLink", () => {
  const rows = bigTableRows(12_345);
  const feed = () => url(ROUTES.cbsFeed("90002TST"));
  const servePages = () => {
    server.on(ROUTES.cbsInfo("90002TST"), { body: fixture("cbs/90002TST/TableInfos.json") });
    server.on(ROUTES.cbsFeed("90002TST"), {
      body: odataPage("90002TST", rows.slice(0, 10_000), `${feed()}?$format=json&$skip=10000`),
    });
    server.on(`${ROUTES.cbsFeed("90002TST")}?$skip=10000`, { body: odataPage("90002TST", rows.slice(10_000)) });
  };

  it("switches to ODataFeed when ODataApi refuses, and stores every page's rows unchanged", async () => {
    servePages();
    server.on(ROUTES.cbsApi("90002TST"), { status: 500, body: fixture("cbs/90002TST/row-limit-error.json") });
    const o = await fetchOne(CBS_BIG);
    expect(o.status, o.message).toBe("downloaded");
    const raw = readRaw(rawDir, CBS_BIG)!;
    const stored = JSON.parse(raw.bytes.toString());
    expect(stored.value).toEqual(rows);
    expect(stored["odata.nextLink"]).toBeUndefined();
    expect(raw.sidecar.url).toBe(`${server.endpoints.cbsFeed}/90002TST/TypedDataSet`);
    expect(raw.sidecar.notes).toMatch(
      /refused the request for being over 10,000 rows.*Assembled from 2 page\(s\) \(12345 rows\)/,
    );
    expect(server.count(ROUTES.cbsApi("90002TST"))).toBe(1);
    expect(server.count(ROUTES.cbsFeed("90002TST"))).toBe(2);
  });

  it("does not trust an ODataApi answer of exactly 10,000 rows: it may be cut off", async () => {
    servePages();
    server.on(ROUTES.cbsApi("90002TST"), { body: odataPage("90002TST", rows.slice(0, 10_000), undefined, "ODataApi") });
    const o = await fetchOne(CBS_BIG);
    expect(o.status, o.message).toBe("downloaded");
    expect(JSON.parse(readRaw(rawDir, CBS_BIG)!.bytes.toString()).value).toHaveLength(12_345);
    expect(readRaw(rawDir, CBS_BIG)!.sidecar.notes).toMatch(/returned 10000 rows, its limit/);
  });

  it("reads a source marked paged from ODataFeed directly, a single page stored as sent", async () => {
    const page = odataPage("90002TST", rows.slice(0, 50));
    server.on(ROUTES.cbsInfo("90002TST"), { body: fixture("cbs/90002TST/TableInfos.json") });
    server.on(ROUTES.cbsFeed("90002TST"), { body: page });
    const o = await fetchOne({ ...CBS_BIG, paged: true });
    expect(o.status, o.message).toBe("downloaded");
    expect(server.count(ROUTES.cbsApi("90002TST"))).toBe(0);
    const raw = readRaw(rawDir, CBS_BIG)!;
    expect(raw.bytes.toString()).toBe(page);
    expect(raw.sidecar.notes).toBeUndefined();
  });

  it("stores nothing when a later page fails, keeping the previous copy", async () => {
    servePages();
    server.on(ROUTES.cbsApi("90002TST"), { status: 500, body: fixture("cbs/90002TST/row-limit-error.json") });
    expect((await fetchOne(CBS_BIG)).status).toBe("downloaded");
    const before = snapshot(rawDir);
    server.reset();
    servePages();
    server.on(ROUTES.cbsApi("90002TST"), { status: 500, body: fixture("cbs/90002TST/row-limit-error.json") });
    server.on(`${ROUTES.cbsFeed("90002TST")}?$skip=10000`, { status: 503 });
    const o = await fetchOne(CBS_BIG);
    expect(o.status).toBe("failed");
    expect(o.message).toContain(`${feed()}?$format=json&$skip=10000`);
    expect(o.message).toMatch(/HTTP 503.*gave up after 3 attempts/);
    expectUntouched(before);
  });

  it("refuses a nextLink that loops back, or leads to another host", async () => {
    server.on(ROUTES.cbsInfo("90002TST"), { body: fixture("cbs/90002TST/TableInfos.json") });
    server.on(ROUTES.cbsApi("90002TST"), { status: 500, body: fixture("cbs/90002TST/row-limit-error.json") });
    server.on(ROUTES.cbsFeed("90002TST"), {
      body: odataPage("90002TST", rows.slice(0, 10_000), `${feed()}?$format=json&$skip=10000`),
    });
    server.on(`${ROUTES.cbsFeed("90002TST")}?$skip=10000`, {
      body: odataPage("90002TST", rows.slice(10_000), `${feed()}?$format=json&$skip=10000`),
    });
    const loop = await fetchOne(CBS_BIG);
    expect(loop.message).toMatch(/odata.nextLink points back to a page already read.*paging loop/);

    server.reset();
    server.on(ROUTES.cbsInfo("90002TST"), { body: fixture("cbs/90002TST/TableInfos.json") });
    server.on(ROUTES.cbsApi("90002TST"), { status: 500, body: fixture("cbs/90002TST/row-limit-error.json") });
    server.on(ROUTES.cbsFeed("90002TST"), {
      body: odataPage(
        "90002TST",
        rows.slice(0, 10_000),
        "https://elsewhere.example/ODataFeed/odata/90002TST/TypedDataSet?$skip=10000",
      ),
    });
    const away = await fetchOne(CBS_BIG);
    expect(away.message).toMatch(/odata.nextLink leads to another host \(https:\/\/elsewhere.example\)/);
    expect(server.count()).toBe(3);
    expect(fs.existsSync(path.join(rawDir, CBS_BIG.file))).toBe(false);
    expect(leftovers(rawDir)).toEqual([]);
  });
});

describe("a mirror file whose sha256 does not match its sidecar", () => {
  it("is refused, naming the mirror file, and our copy stays as it was", async () => {
    const mirror = tempDir("migratie-mirror-test-");
    const file = path.join(mirror, EUROSTAT_DATA.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const body = Buffer.from(fixture("eurostat/tst_asyapp.json"));
    fs.writeFileSync(file, body);
    const sidecar = signedSidecar(EUROSTAT_DATA, body, EUROSTAT_SIGNED);
    fs.writeFileSync(sidecarPath(file), JSON.stringify(sidecar));
    const [first] = await fetchSources([EUROSTAT_DATA], { rawDir, mirror, content: OFFICIAL_FORMATS });
    expect(first.status, first.message).toBe("copied");
    const before = snapshot(rawDir);

    // Same size, one value changed: only the checksum can tell.
    fs.writeFileSync(file, body.toString().replace("1.11", "9.11"));
    const [o] = await fetchSources([EUROSTAT_DATA], { rawDir, mirror, content: OFFICIAL_FORMATS });
    expect(o.status).toBe("failed");
    expect(o.message).toContain(file);
    expect(o.message).toMatch(/sha256 [0-9a-f]{64} does not match its sidecar/);
    expectUntouched(before);
    expect(server.count()).toBe(0);
    fs.rmSync(mirror, { recursive: true, force: true });
  });
});

describe("a data/raw/ that cannot be written", () => {
  it("is refused before any request, naming the folder", async () => {
    serveGood(server);
    const blocker = path.join(rawDir, "not-a-folder");
    fs.writeFileSync(blocker, "a regular file where a folder should be");
    const unwritable = path.join(blocker, "raw");
    await expect(
      fetchSources([CBS_DATA, EUROSTAT_DATA], {
        rawDir: unwritable,
        content: OFFICIAL_FORMATS,
        endpoints: server.endpoints,
        http: fastHttp().http,
      }),
    ).rejects.toThrow(new RegExp(`${unwritable}: cannot write raw data here \\(ENOTDIR`));
    expect(server.count()).toBe(0);
  });

  it("fails only the source whose folder cannot be made, with nothing partial left", async () => {
    serveGood(server);
    fs.writeFileSync(path.join(rawDir, "cbs"), "a regular file where the cbs/ folder should be");
    const [cbs, eurostat] = await fetchSources([CBS_DATA, EUROSTAT_DATA], {
      rawDir,
      content: OFFICIAL_FORMATS,
      endpoints: server.endpoints,
      http: fastHttp().http,
    });
    expect(cbs.status).toBe("failed");
    expect(cbs.message).toContain(path.join(rawDir, CBS_DATA.file));
    expect(cbs.message).toMatch(/cannot store the download: ENOTDIR/);
    expect(eurostat.status, eurostat.message).toBe("downloaded");
    expect(leftovers(rawDir)).toEqual([]);
  });
});
