// A local fake of the CBS OData and Eurostat APIs for fault tests: node:http on 127.0.0.1 at a random
// port, serving recorded responses (test/fixtures/server/) and faults on request: error statuses with
// Retry-After, a response that never comes or stalls mid-body (timeout), a connection reset mid-body.
// Each test starts its own server and closes it; every request is logged and the total is capped, so a
// retry or paging loop ends in a clear failure instead of hanging the test run. No network beyond loopback.
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { Endpoints } from "../../src/catalog/sources";

type Reply =
  | { status?: number; headers?: Record<string, string>; body?: string | Buffer }
  /** Accepts the request and never answers: the client's timeout must fire. */
  | { hang: true }
  /** Sends the status line, headers (with the full Content-Length) and the first `bytes` bytes, then resets the connection. */
  | { resetAfter: number; body: string | Buffer; headers?: Record<string, string> }
  /** Sends the headers and the first `bytes` bytes, then stalls with the connection open. */
  | { stallAfter: number; body: string | Buffer; headers?: Record<string, string> };

interface LoggedRequest {
  path: string;
  /** Path and query as received. */
  url: string;
}

export interface FakeServer {
  baseUrl: string;
  /** The API base URLs to pass as FetchOptions.endpoints. */
  endpoints: Endpoints;
  /**
   * Replies for a route, in order; the last one repeats. A route is a path ("/ODataApi/odata/X/TableInfos"),
   * optionally with query parameters that must be present ("...?lastTimePeriod=1"); the most specific route
   * wins, and among equals the last registered.
   */
  on(route: string, ...replies: Reply[]): void;
  /** Forgets every route and the request log (between the good first fetch and the fault). */
  reset(): void;
  requests: LoggedRequest[];
  /** Requests whose path starts with the prefix (all requests without one). */
  count(pathPrefix?: string): number;
  close(): Promise<void>;
}

export const JSON_TYPE = { "content-type": "application/json;charset=utf-8" };
export const HTML_TYPE = { "content-type": "text/html; charset=utf-8" };

interface Route {
  path: string;
  query: [string, string][];
  replies: Reply[];
  served: number;
}

export async function startFakeServer(opts: { maxRequests?: number } = {}): Promise<FakeServer> {
  const maxRequests = opts.maxRequests ?? 60;
  const routes: Route[] = [];
  const requests: LoggedRequest[] = [];

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ path: url.pathname, url: req.url ?? "/" });
    if (requests.length > maxRequests) {
      res
        .writeHead(500, { "content-type": "text/plain" })
        .end(`fake server: more than ${maxRequests} requests, a loop?`);
      return;
    }
    // The most specific route wins; among equals the one registered last (a test's override).
    const matching = [...routes]
      .reverse()
      .filter((r) => r.path === url.pathname && r.query.every(([k, v]) => url.searchParams.get(k) === v))
      .sort((a, b) => b.query.length - a.query.length);
    const route = matching[0];
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`fake server: no route for ${url.pathname}`);
      return;
    }
    const reply = route.replies[Math.min(route.served, route.replies.length - 1)];
    route.served++;
    if ("hang" in reply) return; // the socket stays open until close()
    if ("resetAfter" in reply) {
      const body = Buffer.from(reply.body);
      res.writeHead(200, { ...JSON_TYPE, ...reply.headers, "content-length": String(body.length) });
      res.write(body.subarray(0, reply.resetAfter), () => res.socket?.resetAndDestroy());
      return;
    }
    if ("stallAfter" in reply) {
      const body = Buffer.from(reply.body);
      res.writeHead(200, { ...JSON_TYPE, ...reply.headers, "content-length": String(body.length) });
      res.write(body.subarray(0, reply.stallAfter)); // the rest never comes
      return;
    }
    const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(reply.body);
    res.writeHead(reply.status ?? 200, { ...JSON_TYPE, ...reply.headers, "content-length": String(body.length) });
    res.end(body);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    endpoints: {
      cbsApi: `${baseUrl}/ODataApi/odata`,
      cbsFeed: `${baseUrl}/ODataFeed/odata`,
      eurostatApi: `${baseUrl}/eurostat/api/dissemination/statistics/1.0/data`,
    },
    on(route, ...replies) {
      if (!replies.length) throw new Error("fake server: a route needs at least one reply");
      const u = new URL(route, "http://127.0.0.1");
      routes.push({ path: u.pathname, query: [...u.searchParams.entries()], replies, served: 0 });
    },
    reset() {
      routes.length = 0;
      requests.length = 0;
    },
    requests,
    count: (prefix = "") => requests.filter((r) => r.path.startsWith(prefix)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // ends hanging responses too
        server.close(() => resolve());
      }),
  };
}
