// Live downloads from Eurostat: the dataset's `updated` is probed with the request cut to its last
// period (Eurostat has no metadata-only response), and the whole request downloaded only when it changed.
import type { EurostatSource } from "../catalog/sources";
import { metadataUrl, requestUrl, sourceUrl } from "../catalog/sources";
import { check, checkSchema } from "./content-checks";
import { nowIso, type FetchOptions, type FetchOutcome } from "./fetch-options";
import { httpGet } from "./http";
import { currentCopy, decide, keepCurrent } from "./refresh";
import { rawPath, sha256, storeRaw, type Sidecar } from "./store";

export async function downloadEurostat(s: EurostatSource, opts: FetchOptions): Promise<FetchOutcome> {
  const to = rawPath(opts.rawDir, s);
  const endpoints = opts.endpoints;
  const url = sourceUrl(s, { endpoints })!;
  const wire = requestUrl(s, { endpoints })!;
  const copy = currentCopy(to, opts.rawDir);
  const sameRequest = copy.good?.sidecar.url === url;
  let checked: NonNullable<Sidecar["checked"]> | undefined;
  if (copy.good && !opts.refresh && sameRequest && copy.good.sidecar.tableModified) {
    // Eurostat has no metadata-only response: the same request cut to its last period carries the dataset's `updated`.
    const probeUrl = metadataUrl(s, { endpoints })!;
    const probe = check(s, (await httpGet(probeUrl, opts.http)).body, probeUrl, opts);
    const result = decide(opts.refresh, copy, sameRequest, probe.updated);
    checked = {
      at: nowIso(opts),
      method: "Eurostat updated",
      url: probeUrl,
      producerModified: probe.updated,
      previous: copy.good.sidecar.tableModified,
      result,
    };
    if (result === "unchanged") return keepCurrent(s, to, copy.good, checked);
  }
  const res = await httpGet(wire, opts.http);
  const fresh = check(s, res.body, wire, opts); // HTML, truncation, another dataset
  checkSchema(s, fresh, copy.good, sameRequest, wire, opts);
  checked ??= {
    at: nowIso(opts),
    method: "Eurostat updated",
    url: wire,
    producerModified: fresh.updated,
    previous: copy.good?.sidecar.tableModified,
    result: decide(opts.refresh, copy, sameRequest, undefined),
  };
  storeRaw(to, res.body, {
    file: s.file,
    bytes: res.body.length,
    sha256: sha256(res.body),
    provider: "Eurostat",
    dataset: s.dataset,
    title: s.title,
    url,
    format: s.format,
    retrieved: nowIso(opts),
    tableModified: fresh.updated,
    kind: "recorded",
    checked,
  });
  return { source: s, status: "downloaded", bytes: res.body.length };
}
