// Figure 7 on SYNTHETIC fixtures (no offline Eurostat decision data exists): each fixture is put
// into a temporary raw folder with a valid .origin.json sidecar and read through the real loader.
// The expected values follow from the fixtures' design (data/synthetic/README.md).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFigure, buildFigureData } from "../../src/figures/build-figure";
import { nlAgainstEu, FIG7_CLAIMS } from "../../src/claims/fig7-claims";
import { yearlyValue } from "../../src/claims/lookups";
import { evaluateClaims } from "../../src/claims/index";
import { evaluateClaim } from "../../src/claims/types";
import {
  fig7,
  fig7Yearly,
  FIG7_PC_SOURCE,
  FIG7_SOURCE,
  positiveShare,
} from "../../src/figures/fig7-eu-positive-decisions";
import { FIGURES } from "../../src/figures/index";
import { rowsOf } from "../../src/figures/rows";
import type { FigureData, Mode } from "../../src/figures/types";
import { stageDecisionFile } from "../../src/notebook/decision-fixtures";
import { NeedsDataError } from "../../src/parse/load";
import { sourceById } from "../../src/catalog/sources";

const fixture = (name: string) => path.join(__dirname, "../../data/synthetic/eurostat", name);
const made: string[] = [];
const tempRaw = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-fig7-"));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A raw folder holding the counts fixture (and, unless told otherwise, the percentage fixture). */
function rawWith(counts: string, opts: { pc?: string | null; edit?: (doc: any) => void } = {}): string {
  const dir = tempRaw();
  let file = fixture(counts);
  if (opts.edit) {
    const doc = JSON.parse(fs.readFileSync(file, "utf8"));
    opts.edit(doc);
    file = path.join(dir, `edited-${counts}`);
    fs.writeFileSync(file, JSON.stringify(doc));
  }
  stageDecisionFile(dir, FIG7_SOURCE, file);
  const pc = opts.pc === undefined ? "migr_asydec1pc.json" : opts.pc;
  if (pc) stageDecisionFile(dir, FIG7_PC_SOURCE, fixture(pc));
  return dir;
}

const build = (counts: string, mode: Mode = "annex", opts: Parameters<typeof rawWith>[1] = {}) =>
  buildFigureData(fig7, { rawDir: rawWith(counts, opts), mode });
const averages = (fig: FigureData) =>
  Object.fromEntries(rowsOf<{ geo: string; average: number | null }>(fig.table).map((r) => [r.geo, r.average]));

describe("figure 7 through the real loader (raw file + sidecar)", () => {
  it("reads the staged counts through the loader, with the vintage from the file (updated)", () => {
    const { provenance } = fig7Yearly(fig7.load(rawWith("migr_asydcfsta-legacy.json")));
    expect(provenance).toMatchObject({ code: "migr_asydcfsta", modified: "2099-06-30T23:00:00+0200" });
  });

  it("writes data.csv as geo,label,average and yearly.csv as geo,year,value (percent)", () => {
    const fig = build("migr_asydcfsta-legacy.json");
    expect(fig.table.columnNames()).toEqual(["geo", "label", "average"]);
    expect(fig.extraTables!.yearly.columnNames()).toEqual(["geo", "year", "value"]);
    expect(fig.title).toBe(
      "Gemiddeld jaarlijks aandeel positieve asielbeslissingen (%) in eerste aanleg in de EU, 2015-2024",
    );
    expect(fig.period).toEqual({ from: 2015, to: 2024 });
    expect(fig.sources.map((s) => s.code)).toEqual(["migr_asydcfsta", "migr_asydec1pc"]);
  });
});

describe("the share of positive decisions", () => {
  it("is positive / (total - Dublin rejections), in percent", () => {
    expect(positiveShare(400, 1000)).toBe(40);
    expect(positiveShare(400, 1000, 200)).toBe(50);
    expect(positiveShare(1, 3)).toBeCloseTo(33.333333, 6);
    expect(positiveShare(0, 10)).toBe(0); // a real zero stays 0
    expect(positiveShare(null, 1000)).toBeNull();
    expect(positiveShare(5, null)).toBeNull();
    expect(positiveShare(5, 10, 10)).toBeNull(); // nothing left to divide by
  });

  it("is computed per country and year from the counts", () => {
    const fig = build("migr_asydcfsta-legacy.json");
    expect([2015, 2017, 2018, 2019, 2024].map((y) => yearlyValue(fig, "NL", y))).toEqual([50, 50, 30, 30, 50]);
    expect(yearlyValue(fig, "EU27_2020", 2020)).toBe(40);
    expect(yearlyValue(fig, "DE", 2015)).toBe(50);
    expect(yearlyValue(fig, "DE", 2016)).toBe(60);
  });

  it("is the same for both decision code sets", () => {
    const legacy = build("migr_asydcfsta-legacy.json");
    const current = build("migr_asydcfsta-current.json");
    expect(current.table.objects()).toEqual(legacy.table.objects());
    expect(current.extraTables!.yearly.objects()).toEqual(legacy.extraTables!.yearly.objects());
    expect(legacy.notes.join(" ")).toMatch(/oude codelijst \(TOTAL, TOTAL_POS/);
    expect(current.notes.join(" ")).toMatch(/nieuwe codelijst \(TOTAL, POS,/);
  });

  it("leaves Dublin rejections out where the data identifies them, and says where it cannot", () => {
    const fig = build("migr_asydcfsta-dublin.json", "annex", { pc: null });
    expect(yearlyValue(fig, "NL", 2020)).toBe(62.5); // 500 / (1000 - 200)
    expect(yearlyValue(fig, "NL", 2018)).toBe(37.5);
    expect(yearlyValue(fig, "EU27_2020", 2020)).toBe(50); // 4000 / (10000 - 2000)
    expect(yearlyValue(fig, "BE", 2020)).toBe(20); // no Dublin count: share over all decisions
    expect(averages(fig)).toMatchObject({ NL: 57.5, EU27_2020: 50 });
    const notes = fig.notes.join("\n");
    expect(notes).toMatch(/categorie NEG_DUBL .* van het totaal afgetrokken/);
    expect(notes).toMatch(
      /Geen aantal Dublin-afwijzingen voor BE 2015, .*BE 2024: daar is het aandeel over alle beslissingen berekend/,
    );
  });

  it("says plainly when the data has no Dublin category", () => {
    const fig = build("migr_asydcfsta-current.json");
    expect(fig.notes.join(" ")).toMatch(/geen aparte categorie voor Dublin-afwijzingen/);
  });
});

describe("exclusions and averages", () => {
  const fig = build("migr_asydcfsta-legacy.json");
  const avg = averages(fig);

  it("shows EU/EFTA as the annex does: Norway in, Hungary and Liechtenstein out, no candidate country, EU27_2020 beside them", () => {
    const geos = fig.table.array("geo") as string[];
    // Of the fixture's geos (EU27_2020, BE, DE, HU, NL, LI, NO, RS) those with data that the annex shows.
    expect([...geos].sort()).toEqual(["BE", "DE", "EU27_2020", "NL", "NO"]);
    expect(rowsOf<{ geo: string; label: string }>(fig.table).find((r) => r.geo === "NO")!.label).toBe("Noorwegen");
    const yearlyGeos = new Set(fig.extraTables!.yearly.array("geo") as string[]);
    expect([...yearlyGeos].sort()).toEqual(["BE", "DE", "EU27_2020", "NL", "NO"]);
    expect(fig.notes.join(" ")).toMatch(/Hongarije en Liechtenstein zijn weggelaten/);
    expect(fig.notes.join(" ")).toMatch(/EFTA-landen IJsland, Liechtenstein, Noorwegen en Zwitserland/);
  });

  it("keeps the excluded countries' data beside the figure (excluded.csv): the exclusion is real", () => {
    const ex = rowsOf<{ geo: string; year: number; value: number }>(fig.extraTables!.excluded);
    expect([...new Set(ex.map((r) => r.geo))].sort()).toEqual(["HU", "LI"]);
    expect(ex.filter((r) => r.geo === "LI").map((r) => r.value)).toEqual(Array(10).fill(100));
  });

  it("same country set in latest mode", () => {
    const latest = build("migr_asydcfsta-legacy.json", "latest");
    expect((latest.table.array("geo") as string[]).sort()).toEqual(["BE", "DE", "EU27_2020", "NL", "NO"]);
  });

  it("averages the yearly shares 2015-2024 (not the pooled share), sorted high to low", () => {
    expect(avg).toMatchObject({ DE: 59, NL: 46, EU27_2020: 40, BE: 20 });
    expect((fig.table.array("geo") as string[]).slice(0, 4)).toEqual(["DE", "NL", "EU27_2020", "BE"]);
  });

  it("leaves a missing year out of that country's average and reports it", () => {
    const be = rowsOf<{ geo: string; year: number; value: number | null }>(fig.extraTables!.yearly).filter(
      (r) => r.geo === "BE",
    );
    expect(be.find((r) => r.year === 2016)!.value).toBeNull();
    expect(fig.notes).toContain("België (BE): geen waarde voor 2016; gemiddelde over de overige jaren.");
    expect(avg.BG).toBeUndefined(); // a member state without any data is left out (never 0) and named
    expect(fig.notes).toContain("Bulgarije (BG): geen enkele waarde in 2015-2024; niet in de figuur.");
  });

  it("reports Eurostat's flags in the period, with their meaning", () => {
    expect(fig.notes.join(" ")).toMatch(
      /Eurostat-vlaggen: BE 2016 \(confidential\); BE 2017 \(provisional\); DE 2024 \(provisional\)\./,
    );
  });

  it("ignores years after the annex period in annex mode, and moves the ten-year window in latest mode", () => {
    expect(yearlyValue(fig, "NL", 2025)).toBeNull();
    const latest = build("migr_asydcfsta-legacy.json", "latest");
    expect(latest.period).toEqual({ from: 2016, to: 2025 });
    expect(averages(latest)).toMatchObject({ NL: 47, EU27_2020: 41 });
    expect(latest.title).toMatch(/2016-2025$/);
  });
});

describe("cross-check with Eurostat's percentages (migr_asydec1pc)", () => {
  it("agrees with the computed shares", () => {
    const fig = build("migr_asydcfsta-legacy.json");
    expect(fig.notes.join(" ")).toMatch(
      /Controle met migr_asydec1pc: 49 land-jaren vergeleken, grootste verschil 0,00 procentpunt\./,
    );
  });

  it("names the country-years that differ by more than rounding", () => {
    const fig = build("migr_asydcfsta-legacy.json", "annex", {
      edit: (d) => {
        // NL 2020 positive decisions 500 -> 520 in the counts only: 52 % against Eurostat's 50 %.
        const idx =
          Object.keys(d.dimension.geo.category.index).indexOf("NL") * 11 +
          5 +
          1 * Object.keys(d.dimension.geo.category.index).length * 11;
        d.value[String(idx)] = 520;
      },
    });
    expect(yearlyValue(fig, "NL", 2020)).toBe(52);
    expect(fig.notes.join(" ")).toMatch(/meer dan 0,5 bij NL 2020 \(52,0 vs\. 50,0\)/);
  });

  it("is reported as not done when the optional table is absent", () => {
    const fig = build("migr_asydcfsta-legacy.json", "annex", { pc: null });
    expect(fig.sources).toHaveLength(1);
    expect(fig.notes.join(" ")).toMatch(
      /Controle met migr_asydec1pc niet gedaan: eurostat\/migr_asydec1pc.json ontbreekt/,
    );
  });
});

describe("the claim: NL above the EU in every year 2015-2024 except 2018 and 2019", () => {
  it("is computed from the yearly shares and holds on the fixture", () => {
    const fig = build("migr_asydcfsta-legacy.json");
    expect(nlAgainstEu(fig)).toEqual({ notAbove: [2018, 2019], missing: [] });
    const r = evaluateClaim(FIG7_CLAIMS[0], fig);
    expect(r).toMatchObject({
      status: "reproduced",
      computed: { kind: "years", years: [2018, 2019], where: "nl-not-higher", within: { from: 2015, to: 2024 } },
    });
  });

  it("differs when another year is not above the EU, and when a year is missing", () => {
    const nl2021 = build("migr_asydcfsta-legacy.json", "annex", {
      edit: (d) => {
        const idx =
          Object.keys(d.dimension.geo.category.index).indexOf("NL") * 11 +
          6 +
          1 * Object.keys(d.dimension.geo.category.index).length * 11; // NL 2021 positive
        d.value[String(idx)] = 400; // 40 %: equal to the EU, not above
      },
    });
    expect(evaluateClaim(FIG7_CLAIMS[0], nl2021)).toMatchObject({
      status: "differs",
      computed: { kind: "years", years: [2018, 2019, 2021], where: "nl-not-higher", within: { from: 2015, to: 2024 } },
    });
    const euGap = build("migr_asydcfsta-legacy.json", "annex", {
      edit: (d) => {
        delete d.value[String(3)]; // EU27_2020 2018 total decisions absent
      },
    });
    expect(evaluateClaim(FIG7_CLAIMS[0], euGap)).toMatchObject({
      status: "differs",
      computed: { kind: "years", years: [2019], where: "nl-not-higher", within: { from: 2015, to: 2024 } },
      detail: "geen aandeel voor NL/EU27_2020 in 2018",
    });
  });
});

describe("without the data", () => {
  it("is registered last and reads the counts (required) and the percentages (optional)", () => {
    expect(FIGURES[FIGURES.length - 1].id).toBe("fig7");
    expect(fig7.sourceIds).toEqual([FIG7_SOURCE, FIG7_PC_SOURCE]);
    expect(sourceById(FIG7_SOURCE).need).toBe("required");
    expect(sourceById(FIG7_PC_SOURCE).need).toBe("optional");
  });

  it("reports needs-data naming the missing source and how to fetch it, never a filled-in figure", () => {
    const empty = tempRaw();
    expect(() => buildFigureData(fig7, { rawDir: empty, mode: "annex" })).toThrow(NeedsDataError);
    const status = buildFigure(fig7, { rawDir: empty, mode: "annex" });
    expect(status.status).toBe("needs-data");
    if (status.status !== "needs-data") return;
    expect(status.message).toMatch(/needs data: Eurostat migr_asydcfsta \(eurostat\/migr_asydcfsta\.json\) is not in /);
    expect(status.message).toContain("npm run figures -- --data raw`");
    // One hint, not the general one beside it.
    expect(status.message).not.toContain("MIGRATIE_MIRROR");
    expect(status.sources.map((s) => s.id)).toEqual([FIG7_SOURCE]);
  });

  it("makes its claim needs-data in the claims list, with the reason", () => {
    const status = buildFigure(fig7, { rawDir: tempRaw(), mode: "annex" });
    const message = status.status === "needs-data" ? status.message : "";
    const claims = evaluateClaims(new Map(), new Map([["fig7", message]])).filter((c) => c.figure === "fig7");
    const mine = claims.find((c) => c.id === "fig7-nl-above-eu-except-2018-2019")!;
    expect(mine).toMatchObject({ status: "needs-data", computed: null });
    expect(mine.detail).toContain("migr_asydcfsta");
    expect(claims.every((c) => c.status === "needs-data")).toBe(true);
  });

  it("still builds from the counts alone when the optional percentage table is absent", () => {
    const status = buildFigure(fig7, { rawDir: rawWith("migr_asydcfsta-current.json", { pc: null }), mode: "annex" });
    expect(status.status).toBe("built");
  });
});
