// HTTP GET with bounded retries. Every error names the URL and the cause.
// Retried: 429 and 502/503/504 (honouring Retry-After, up to a limit), timeouts and broken
// connections. Not retried: other statuses (404, 400, 500 ...), which will not heal by waiting.

export class DownloadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    /** The HTTP status of the last response, when there was one. */
    readonly status?: number,
  ) {
    super(`${url}: ${reason}`);
    this.name = "DownloadError";
  }
}

export interface HttpOptions {
  /** Per-attempt timeout in ms (headers and body). */
  timeoutMs?: number;
  /** Retries after the first attempt, for 429, 502, 503, 504 and network errors. */
  retries?: number;
  /** First backoff in ms; doubles each retry. */
  backoffMs?: number;
  /** Longest wait we accept from a Retry-After header. */
  maxRetryAfterMs?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { url: string; attempt: number; waitMs: number; reason: string }) => void;
}

const RETRY_STATUS = new Set([429, 502, 503, 504]);
const USER_AGENT = "migratie-in-cijfers (reproducible annex figures; CBS StatLine and Eurostat downloads)";
const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

export interface HttpResponse {
  url: string;
  status: number;
  contentType: string;
  body: Buffer;
}

/** Why a fetch() rejected, in words: undici hides the socket error in `cause`. */
function networkReason(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError")
    return `no complete response within ${timeoutMs / 1000} s (timeout)`;
  const code = err.cause?.code;
  const detail = [code, err.cause?.message].filter(Boolean).join(": ") || err.message;
  if (code === "UND_ERR_SOCKET" || code === "ECONNRESET" || err.message === "terminated") {
    return `connection broken before the response was complete (${detail})`;
  }
  if (code === "ECONNREFUSED") return `connection refused (${detail})`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `host not found: no network? (${detail})`;
  return `network error (${detail})`;
}

export async function httpGet(url: string, opts: HttpOptions = {}): Promise<HttpResponse> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const retries = opts.retries ?? 3;
  const backoffMs = opts.backoffMs ?? 1_000;
  const maxRetryAfterMs = opts.maxRetryAfterMs ?? 120_000;
  const sleep = opts.sleep ?? defaultSleep;

  for (let attempt = 0; ; attempt++) {
    let reason: string;
    let status: number | undefined;
    let waitMs = backoffMs * 2 ** attempt;
    try {
      const res = await fetch(url, {
        headers: { accept: "application/json", "user-agent": USER_AGENT },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "follow",
      });
      // Read the whole body inside the same timeout: a reset mid-body rejects here.
      const body = Buffer.from(await res.arrayBuffer());
      if (res.ok) return { url, status: res.status, contentType: res.headers.get("content-type") ?? "", body };
      status = res.status;
      reason = `HTTP ${res.status} ${res.statusText}`.trim();
      const snippet = body.toString("utf8", 0, Math.min(body.length, 300)).replace(/\s+/g, " ").trim();
      if (snippet) reason += `: ${snippet}`;
      if (!RETRY_STATUS.has(res.status)) throw new DownloadError(url, reason, status);
      const after = parseRetryAfter(res.headers.get("retry-after"));
      if (after !== undefined) {
        if (after > maxRetryAfterMs) {
          throw new DownloadError(
            url,
            `${reason} (server asks to retry after ${Math.round(after / 1000)} s, longer than we wait)`,
            status,
          );
        }
        waitMs = after;
      }
    } catch (e) {
      if (e instanceof DownloadError) throw e;
      reason = networkReason(e, timeoutMs);
      // A name that does not resolve will not resolve a second later (no network, or a typo):
      // fail at once instead of waiting through the backoff for every source.
      if ((e as { cause?: { code?: string } }).cause?.code === "ENOTFOUND")
        throw new DownloadError(url, `${reason} (not retried)`);
    }
    if (attempt >= retries)
      throw new DownloadError(url, `${reason} (gave up after ${attempt + 1} attempt${attempt ? "s" : ""})`, status);
    opts.onRetry?.({ url, attempt: attempt + 1, waitMs, reason });
    await sleep(waitMs);
  }
}
