// Which figures a source serves is said once, in the catalog (Source.figures); a figure module's
// sourceIds is derived from it. Here: every source a figure's load step reads is catalogued for
// that figure, so fetching for `--only figN` gets what figN reads.
import { describe, expect, it } from "vitest";
import { SOURCES, sourceIdsOf } from "../../src/catalog/sources";
import { FIG1_CHECK_SOURCE, FIG1_SOURCE } from "../../src/figures/fig1-immigration-emigration";
import { FIG5_SOURCE } from "../../src/figures/fig5-asylum-requests";
import { FIG6_SOURCE } from "../../src/figures/fig6-eu-asylum-per-1000";
import { FIG7_PC_SOURCE, FIG7_SOURCE } from "../../src/figures/fig7-eu-positive-decisions";
import { FIGURES } from "../../src/figures/index";
import { EU_TABLE, NON_EU_TABLE, type MotiveTableSpec } from "../../src/parse/cbs-motives";
import { RESIDENT_OPTIONAL_SOURCES, RESIDENT_SOURCES } from "../../src/parse/cbs-residents";

const motiveSources = (t: MotiveTableSpec) => [t.dataSource, t.infoSource, t.codeListSource];
const READS: Record<string, string[]> = {
  fig1: [FIG1_SOURCE, FIG1_CHECK_SOURCE],
  fig2: motiveSources(EU_TABLE),
  fig3: motiveSources(NON_EU_TABLE),
  fig4: [
    ...motiveSources(EU_TABLE),
    ...motiveSources(NON_EU_TABLE),
    ...RESIDENT_SOURCES.sec.flat(),
    ...RESIDENT_SOURCES.population.flat(),
    ...RESIDENT_OPTIONAL_SOURCES,
  ],
  fig5: [FIG5_SOURCE],
  fig6: [FIG6_SOURCE],
  fig7: [FIG7_SOURCE, FIG7_PC_SOURCE],
};

describe("the sources of each figure", () => {
  it("come from the catalog's Source.figures, in catalog order", () => {
    for (const m of FIGURES)
      expect(m.sourceIds).toEqual(SOURCES.filter((s) => s.figures.includes(m.id)).map((s) => s.id));
  });

  it("include every source the figure's load step reads, and no other", () => {
    for (const m of FIGURES) expect([...m.sourceIds].sort()).toEqual([...new Set(READS[m.id])].sort());
  });

  it("cover the whole catalog: every catalogued source serves at least one figure", () => {
    const served = new Set(FIGURES.flatMap((m) => sourceIdsOf(m.id)));
    expect(SOURCES.filter((s) => !served.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});
