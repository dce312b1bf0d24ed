// httpGet on its own: which answers are retried, how long it waits, and what its errors say.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DownloadError, httpGet, parseRetryAfter } from "../../src/raw/http";
import { startFakeServer, type FakeServer } from "../helpers/fake-server";
import { fastHttp } from "../helpers/fetch-setup";

let server: FakeServer;
beforeEach(async () => {
  server = await startFakeServer();
});
afterEach(async () => {
  await server.close();
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates, and ignores nonsense", () => {
    const now = Date.parse("2025-04-01T10:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Tue, 01 Apr 2025 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Tue, 01 Apr 2025 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("httpGet", () => {
  it("does not retry a host name that does not resolve (no network): fails at once, naming the URL", async () => {
    // fetch is stubbed: the test sends nothing, not even a DNS query.
    const calls: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      calls.push(url);
      throw Object.assign(new TypeError("fetch failed"), {
        cause: { code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND example.invalid" },
      });
    });
    try {
      const { http, waits } = fastHttp();
      const err = await httpGet("https://example.invalid/data", http).catch((e) => e);
      expect(err).toBeInstanceOf(DownloadError);
      expect(err.message).toMatch(/^https:\/\/example\.invalid\/data: host not found: no network\? .*\(not retried\)$/);
      expect(calls).toHaveLength(1);
      expect(waits).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("does not retry a 404 and quotes the server's answer", async () => {
    server.on("/x", { status: 404, headers: { "content-type": "text/plain" }, body: "No such dataset: tst_nothing" });
    const { http, waits } = fastHttp();
    const err = await httpGet(`${server.baseUrl}/x`, http).catch((e) => e);
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.status).toBe(404);
    expect(err.message).toBe(`${server.baseUrl}/x: HTTP 404 Not Found: No such dataset: tst_nothing`);
    expect(waits).toEqual([]);
    expect(server.count()).toBe(1);
  });

  it("waits until the HTTP date of Retry-After", async () => {
    const at = new Date(Date.now() + 3_600_000).toUTCString(); // an hour: the bounds below hold on any machine
    server.on("/x", { status: 503, headers: { "retry-after": at } }, { body: "{}" });
    const { http, waits } = fastHttp({ maxRetryAfterMs: 2 * 3_600_000 });
    const res = await httpGet(`${server.baseUrl}/x`, http);
    expect(res.body.toString()).toBe("{}");
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(3_000_000);
    expect(waits[0]).toBeLessThanOrEqual(3_600_000);
  });

  it("reports a refused connection as such, after its retries", async () => {
    const url = `${server.baseUrl}/x`;
    await server.close();
    const { http, waits } = fastHttp({ retries: 1 });
    const err = await httpGet(url, http).catch((e) => e);
    expect(err.message).toMatch(
      new RegExp(`^${url}: (connection refused|connection broken).*gave up after 2 attempts`),
    );
    expect(waits).toEqual([10]);
    server = await startFakeServer(); // for afterEach
  });
});
