// Output snapshots of every figure: data.csv (and its extra tables) and figure.json, built in-process
// by the code `npm run figures` uses (outputs/write.ts figureDataFiles), on the shipped vintage (data/annex-2025) in annex
// mode; figure 7, which has no offline data, on its synthetic fixtures as notebook fig7 shows them.
// A change of any number or label fails here and shows up in review as a diff of test/snapshots/.
// The English build (--lang en) is stored the same way in test/snapshots/en/<fig>/.
// Update on purpose: npm run test:update-snapshots (see README, "Snapshots").
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, it, vi } from "vitest";
import { buildFigure } from "../../src/figures/build-figure";
import { fig7, FIG7_PC_SOURCE, FIG7_SOURCE } from "../../src/figures/fig7-eu-positive-decisions";
import { FIGURES } from "../../src/figures/index";
import type { FigureModule } from "../../src/figures/types";
import { stageDecisionFile } from "../../src/notebook/decision-fixtures";
import { figureDataFiles } from "../../src/outputs/write";
import { annexVintageDir } from "../../src/paths";
import { checkSnapshots, snapshotMessage } from "../helpers/snapshot";

const SNAPSHOTS = __dirname;
const temp: string[] = [];
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Figure 7's fixtures staged as the notebook stages them; a fixed clock keeps the sidecar's retrieval date stable. */
function fig7FixtureRaw(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-snap-fig7-"));
  temp.push(dir);
  const fixtures = path.join(__dirname, "../../data/synthetic/eurostat");
  vi.useFakeTimers({ now: new Date("2099-07-01T00:00:00Z"), toFake: ["Date"] });
  try {
    stageDecisionFile(dir, FIG7_SOURCE, path.join(fixtures, "migr_asydcfsta-legacy.json"));
    stageDecisionFile(dir, FIG7_PC_SOURCE, path.join(fixtures, "migr_asydec1pc.json"));
  } finally {
    vi.useRealTimers();
  }
  return dir;
}

// Always the shipped vintage, never MIGRATIE_MIRROR: the snapshots are the outputs of the package's
// default data (a mirror would change the source line's "Data:" part, not a number).
async function rawFor(m: FigureModule): Promise<string> {
  return m === fig7 ? fig7FixtureRaw() : annexVintageDir();
}

describe("output snapshots (test/snapshots/<fig>/)", () => {
  for (const m of FIGURES) {
    it(`${m.id}: data.csv and figure.json equal the stored snapshot`, async () => {
      const status = buildFigure(m, { rawDir: await rawFor(m), mode: "annex" });
      if (status.status !== "built") throw new Error(`${m.id} was not built (${status.status}): ${status.message}`);
      const problems = checkSnapshots(path.join(SNAPSHOTS, m.id), figureDataFiles(status.data));
      if (problems.length) throw new Error(snapshotMessage(m.id, problems));
    });
  }
});

describe("English output snapshots (test/snapshots/en/<fig>/)", () => {
  for (const m of FIGURES) {
    it(`${m.id}: the English data.csv and figure.json equal the stored snapshot`, async () => {
      const status = buildFigure(m, { rawDir: await rawFor(m), mode: "annex", lang: "en" });
      if (status.status !== "built") throw new Error(`${m.id} was not built (${status.status}): ${status.message}`);
      const problems = checkSnapshots(path.join(SNAPSHOTS, "en", m.id), figureDataFiles(status.data));
      if (problems.length) throw new Error(snapshotMessage(`en/${m.id}`, problems));
    });
  }
});
