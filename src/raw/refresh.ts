// Conditional refresh: a live source is downloaded again only when the producer's table changed
// since our copy (CBS TableInfos.Modified, Eurostat `updated`), unless --refresh; our copy is
// verified first (a damaged one is replaced), and the sidecar's `checked` records the comparison.
import type { Source } from "../catalog/sources";
import type { FetchOutcome } from "./fetch-options";
import { lexists, readVerified, writeSidecar, type Sidecar } from "./store";

export interface GoodCopy {
  path: string;
  sidecar: Sidecar;
  bytes: Buffer;
}

/** Our current copy: verified against its sidecar, or known to be damaged. */
export function currentCopy(to: string, rawDir: string): { exists: boolean; good?: GoodCopy } {
  if (!lexists(to)) return { exists: false };
  try {
    const { bytes, sidecar } = readVerified(to, rawDir);
    return { exists: true, good: { path: to, sidecar, bytes } };
  } catch {
    return { exists: true }; // damaged copy: download again
  }
}

export type CheckResult = "unchanged" | "changed" | "new" | "refresh" | "request changed" | "damaged copy" | "unknown";

/** Whether to download: only when the producer's modification date differs from our copy's (or cannot be compared). */
export function decide(
  refresh: boolean | undefined,
  copy: { exists: boolean; good?: GoodCopy },
  sameRequest: boolean,
  producerModified: string | undefined,
): CheckResult {
  if (!copy.exists) return "new";
  if (!copy.good) return "damaged copy";
  if (refresh) return "refresh";
  if (!sameRequest) return "request changed";
  if (!producerModified || !copy.good.sidecar.tableModified) return "unknown";
  return producerModified === copy.good.sidecar.tableModified ? "unchanged" : "changed";
}

export function keepCurrent(
  s: Source,
  to: string,
  good: GoodCopy,
  checked: NonNullable<Sidecar["checked"]>,
): FetchOutcome {
  writeSidecar(to, { ...good.sidecar, checked }); // the data file is not touched
  return {
    source: s,
    status: "up-to-date",
    message: `not modified since ${checked.producerModified} (${checked.method})`,
    bytes: good.bytes.length,
  };
}
