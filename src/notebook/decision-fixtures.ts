// Synthetic Eurostat decision files (data/synthetic/eurostat/, invented values) staged into a raw
// folder, for notebook fig7 (which shows how the figure reads a Dublin category and the legacy code
// list), its exercises and the tests. No mirror has these tables, so without this the notebook could
// not show figure 7's method offline.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sourceById } from "../catalog/sources";
import { buildFigureData } from "../figures/build-figure";
import { fig7, FIG7_PC_SOURCE, FIG7_SOURCE } from "../figures/fig7-eu-positive-decisions";
import type { FigureData } from "../figures/types";
import { messages, type Lang } from "../i18n/index";
import { projectRoot } from "../paths";
import { parseJsonStat } from "../parse/jsonstat";
import { rawPath, sha256, storeRaw } from "../raw/store";

/** The folder of the synthetic decision files (shipped with the package; README.md there describes them). */
export const syntheticDecisionDir = (): string => path.join(projectRoot(), "data", "synthetic", "eurostat");

/** The synthetic counts: Eurostat's legacy code list, or the current one plus a hypothetical Dublin category. */
type SyntheticDecisions = "legacy" | "dublin";

/**
 * A new temporary raw folder holding the synthetic decision counts (and, for "legacy", the
 * percentage table figure 7 cross-checks with), each with a sidecar saying SYNTHETIC, for
 * buildFigureData(fig7, { rawDir, mode }). The caller removes it when done.
 */
function syntheticDecisionData(counts: SyntheticDecisions): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-synthetic-"));
  stageDecisionFile(dir, FIG7_SOURCE, path.join(syntheticDecisionDir(), `migr_asydcfsta-${counts}.json`));
  if (counts === "legacy")
    stageDecisionFile(dir, FIG7_PC_SOURCE, path.join(syntheticDecisionDir(), "migr_asydec1pc.json"));
  return dir;
}

/**
 * Figure 7 built from the synthetic counts, for its notebook: the title says on the figure itself
 * that these are not Eurostat's numbers, and the temporary folder is gone when it returns.
 */
export function syntheticFig7(counts: SyntheticDecisions, lang: Lang): FigureData {
  const dir = syntheticDecisionData(counts);
  try {
    const fig = buildFigureData(fig7, { rawDir: dir, mode: "annex", lang });
    const title = messages(lang).notebook.syntheticTitle(fig.title);
    (fig.figure.layout.title as { text: string }).text = title;
    return { ...fig, title };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Puts a JSON-stat file into a raw folder as the downloader would (data plus a verified
 * .origin.json sidecar), so the real loader reads it. For the synthetic fixtures of the tests and
 * notebook fig7-eu-positive-decisions: the sidecar says where the file came from and that it is not a download.
 */
export function stageDecisionFile(
  rawDir: string,
  sourceId: string,
  file: string,
  note = "SYNTHETIC fixture, not Eurostat data",
): void {
  const s = sourceById(sourceId);
  if (s.provider !== "Eurostat") throw new Error(`${sourceId} is not a Eurostat source`);
  const bytes = fs.readFileSync(file);
  const doc = parseJsonStat(bytes.toString("utf8"), file, s.dataset); // refuse a file of another dataset early
  storeRaw(rawPath(rawDir, s), bytes, {
    file: s.file,
    bytes: bytes.length,
    sha256: sha256(bytes),
    provider: "Eurostat",
    dataset: s.dataset,
    title: s.title,
    url: `file://${path.resolve(file)}`,
    format: s.format,
    retrieved: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    tableModified: doc.updated,
    kind: "reconstructed",
    notes: note,
  });
}
