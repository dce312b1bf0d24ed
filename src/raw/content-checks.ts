// The content checks of a fetch: a download or a mirror file is read whole in its official format
// (FetchOptions.content, parse/content-check.ts) before it is stored, and compared with our current
// copy's schema: nothing unreadable or renamed is stored.
import type { Source } from "../catalog/sources";
import { FetchError, type CheckedContent, type FetchOptions } from "./fetch-options";
import type { GoodCopy } from "./refresh";

/** The content check of a download or a mirror file: nothing unreadable is stored. */
export function check(
  s: Source,
  bytes: Buffer,
  where: string,
  opts: FetchOptions,
  requiredColumns?: string[],
): CheckedContent {
  return opts.content.check(s, bytes.toString("utf8"), where, requiredColumns);
}

/**
 * Schema drift: the new content must have every column the catalog selects (checked with the
 * content), and every column or dimension our current copy of the same request has. A renamed
 * measure is refused, not stored.
 */
export function checkSchema(
  s: Source,
  fresh: CheckedContent,
  current: GoodCopy | undefined,
  sameRequest: boolean,
  where: string,
  opts: FetchOptions,
): void {
  if (!current || !sameRequest) return;
  let before: CheckedContent;
  try {
    before = check(s, current.bytes, current.path, opts);
  } catch {
    return; // our copy is unreadable itself: nothing to compare with
  }
  const now = new Set(fresh.shape);
  const lost = before.shape.filter((c) => !now.has(c));
  if (lost.length) {
    const what = s.format === "jsonstat-2.0" ? "dimension(s)" : "column(s)";
    throw new FetchError(
      `${where}: lacks ${what} ${lost.join(", ")} that our current copy ${current.path} has (now: ${[...now].join(", ")}): ` +
        `the producer changed the table's schema? The current file is kept; check the catalog and the figure code.`,
    );
  }
}
