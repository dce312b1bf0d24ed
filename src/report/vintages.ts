// The other data vintages on this machine, whose figures the robustness audit evaluates the annex's
// readings on beside the run's data: the shipped vintage (when the run reads another folder),
// data/raw when it holds downloads, and MIGRATIE_MIRROR when set. A vintage that is not present is
// not listed. Each is one folder read as it is: nothing is fetched for it.
import * as fs from "node:fs";
import * as path from "node:path";
import { SOURCES } from "../catalog/sources";
import type { VintageBuild } from "../claims/readings/evaluate";
import { buildFigure } from "../figures/build-figure";
import type { FigureModule } from "../figures/types";
import type { Lang } from "../i18n/index";
import { defaultRawDir, projectRoot } from "../paths";
import { annexData, describeDataSource, mirrorData, rawData, type DataSource } from "../raw/data-source";
import { rawPath } from "../raw/store";

const holdsDownloads = (dir: string) => SOURCES.some((s) => fs.existsSync(rawPath(dir, s)));
const same = (a: string, b: string) => path.resolve(a) === path.resolve(b);

/** The vintages present besides the run's data, in the order shipped, raw, mirror. */
export function otherVintages(run: DataSource, env: NodeJS.ProcessEnv = process.env): DataSource[] {
  const out: DataSource[] = [];
  const annex = annexData();
  if (!same(annex.dir, run.dir) && fs.existsSync(annex.dir)) out.push(annex);
  const rawDir = env.MIGRATIE_RAW ? path.resolve(projectRoot(), env.MIGRATIE_RAW) : defaultRawDir();
  if (!same(rawDir, run.dir) && fs.existsSync(rawDir) && holdsDownloads(rawDir)) out.push(rawData(rawDir));
  const mirror = env.MIGRATIE_MIRROR ? path.resolve(projectRoot(), env.MIGRATIE_MIRROR) : undefined;
  if (mirror && !same(mirror, run.dir) && fs.existsSync(mirror) && !out.some((d) => same(d.dir, mirror)))
    out.push(mirrorData(mirror));
  return out;
}

/** Each vintage's figures built in annex mode (what the readings read), named by its data line. */
export function buildVintages(modules: FigureModule[], vintages: DataSource[], lang: Lang = "nl"): VintageBuild[] {
  return vintages.map((v) => {
    const statuses = modules.map((m) => buildFigure(m, { rawDir: v.dir, mode: "annex", lang }));
    return {
      kind: v.kind,
      data: describeDataSource(v, lang),
      figures: new Map(statuses.flatMap((s) => (s.status === "built" ? [[s.id, s.data] as const] : []))),
      missing: new Map(statuses.flatMap((s) => (s.status !== "built" ? [[s.id, s.message] as const] : []))),
    };
  });
}
