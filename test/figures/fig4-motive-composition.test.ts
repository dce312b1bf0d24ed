// Figure 4: the composition of non-Dutch immigrants 1999-2023 by motive. On the real data (the
// mirror: main motives only) the published temporary-protection share is asserted and the claims
// that need the family sub-categories must say needs-data. The family attribution and the published
// 33/17/13% and still-resident 21/25% shares are tested on SYNTHETIC fixtures in CBS's format.
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigureData } from "../../src/figures/build-figure";
import { FIG4_CLAIMS, shareOf, WITH_FAMILY } from "../../src/claims/fig4-claims";
import { evaluateClaim, type ClaimResult } from "../../src/claims/types";
import { fig4 } from "../../src/figures/fig4-motive-composition";
import { MAIN_ORDER, SPLIT_ORDER, type CompositionMotive } from "../../src/figures/family-split";
import { rowsOf } from "../../src/figures/rows";
import type { FigureData } from "../../src/figures/types";
import { requireRaw } from "../helpers/raw";
import { fixtureText, motiveFixtureRawDir, put } from "../helpers/motive-fixtures";

type Row = { motive: CompositionMotive; persons: number; share: number };
const tableRows = (fig: FigureData) => rowsOf<Row>(fig.table);
const claims = (fig: FigureData): Map<string, ClaimResult> =>
  new Map(FIG4_CLAIMS.map((c) => [c.id, evaluateClaim(c, fig)]));
const pct = (x: number) => Math.round(x * 100);

describe("figure 4 on the real data (main motives only)", () => {
  let fig: FigureData;
  beforeAll(async () => {
    fig = buildFigureData(fig4, { rawDir: await requireRaw("cbs-84808NED-data", "cbs-84809NED-data"), mode: "annex" });
  });

  it("has motive,persons,share with the six main motives; shares sum to 1", () => {
    expect(fig.table.columnNames()).toEqual(["motive", "persons", "share"]);
    expect(tableRows(fig).map((r) => r.motive)).toEqual(MAIN_ORDER);
    expect(tableRows(fig).reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12);
    expect(fig.period).toEqual({ from: 1999, to: 2023 });
  });

  it("temporary protection is 4% of non-Dutch immigrants 1999-2023 (published: 4%)", () => {
    expect(pct(shareOf(tableRows(fig), ["temporary_protection"]))).toBe(4);
    expect(claims(fig).get("fig4-temporary-protection-4pct")!.status).toBe("reproduced");
  });

  it("matches the main-motive reference computation in ../shared/docs/sources.md (cross-check of the method)", () => {
    const share = (m: CompositionMotive) => (shareOf(tableRows(fig), [m]) * 100).toFixed(1);
    expect([
      share("work"),
      share("study"),
      share("asylum"),
      share("temporary_protection"),
      share("family"),
      share("other"),
    ]).toEqual(["23.9", "15.8", "11.7", "4.2", "30.6", "13.8"]);
  });

  it("says on the figure and in the notes that it shows main motives only", () => {
    expect(JSON.stringify(fig.figure.layout.title)).toContain("Alleen hoofdmotieven");
    expect(fig.notes.join(" ")).toMatch(/Alleen hoofdmotieven/);
    expect(fig.title).toBe("Migratiemotieven niet-Nederlanders 1999-2023");
  });

  it("reports the family-split and still-resident claims as needs-data, naming the sources", () => {
    const c = claims(fig);
    for (const id of ["fig4-work-with-family-33pct", "fig4-study-with-family-17pct", "fig4-asylum-with-family-13pct"]) {
      expect(c.get(id)!.status, id).toBe("needs-data");
      expect(c.get(id)!.detail).toContain(
        'CBS 84809NED ("Immigranten niet EU/EFTA; migratiemotief, sociaaleconomische categorie")',
      );
    }
    for (const id of [
      "fig4-still-resident-asylum-21pct",
      "fig4-still-resident-family-25pct",
      "fig4-residents-more-asylum-and-family",
    ]) {
      expect(c.get(id)!.status, id).toBe("needs-data");
      expect(c.get(id)!.detail).toContain(
        'CBS 85904NED ("Bevolking op 31 december, immigranten niet-EU/EFTA, migratiemotief")',
      );
      expect(c.get(id)!.detail).not.toMatch(/cbs-\d/); // named by table and title, not by the catalog's internal ids
    }
    expect(fig.extraTables?.still_resident).toBeUndefined();
  });
});

describe("figure 4 on synthetic fixtures with the family sub-categories", () => {
  let dir: string;
  let fig: FigureData;
  beforeAll(() => {
    dir = motiveFixtureRawDir();
    fig = buildFigureData(fig4, { rawDir: dir, mode: "annex" });
  });

  it("attributes family members as the publication does, with its category names", () => {
    expect(tableRows(fig).map((r) => r.motive)).toEqual(SPLIT_ORDER);
    const persons = Object.fromEntries(tableRows(fig).map((r) => [r.motive, r.persons]));
    // 25 years of the fixture's yearly values (README): EU + non-EU.
    expect(persons.family_of_work).toBe(25 * (300 + 200));
    expect(persons.family_of_asylum_nareis).toBe(11 * 200); // nareis apart only from 2013
    expect(persons.asylum).toBe(14 * 1100 + 11 * 900);
    expect(persons.family_other).toBe(25 * 2000);
    expect(tableRows(fig).reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12);
    expect(JSON.stringify(fig.figure.layout.title)).toContain("toegerekend");
  });

  it("reproduces the published 33% work, 17% study, 13% asylum and 4% temporary protection", () => {
    const c = claims(fig);
    expect(pct(shareOf(tableRows(fig), WITH_FAMILY.work))).toBe(33);
    for (const id of [
      "fig4-work-with-family-33pct",
      "fig4-study-with-family-17pct",
      "fig4-asylum-with-family-13pct",
      "fig4-temporary-protection-4pct",
    ]) {
      expect(c.get(id)!.status, `${id}: ${c.get(id)!.detail}`).toBe("reproduced");
    }
  });

  it("computes both still-resident candidates; the socio-economic one gives the published 21% and 25%", () => {
    const rows = rowsOf<Row & { candidate: string }>(fig.extraTables!.still_resident!);
    const of = (candidate: string, ms: CompositionMotive[]) =>
      pct(
        shareOf(
          rows.filter((r) => r.candidate === candidate),
          ms,
        ),
      );
    expect([of("sec", WITH_FAMILY.asylum), of("sec", ["family_other"])]).toEqual([21, 25]);
    expect([of("population", WITH_FAMILY.asylum), of("population", ["family_other"])]).toEqual([22, 24]);
    const c = claims(fig);
    expect(c.get("fig4-still-resident-asylum-21pct")!.status).toBe("reproduced");
    expect(c.get("fig4-still-resident-asylum-21pct")!.detail).toContain("population: 22,0%");
    expect(c.get("fig4-still-resident-family-25pct")!.status).toBe("reproduced");
    expect(c.get("fig4-residents-more-asylum-and-family")!.status).toBe("reproduced");
    // Non-EU 2024 has no measurement after immigration yet; the annex period ends in 2023 anyway.
    expect(fig.sources.map((p) => p.sourceId)).toContain("cbs-84809NED-sec");
  });

  it("uses the population tables when the socio-economic request is absent", () => {
    const f = buildFigureData(fig4, { rawDir: motiveFixtureRawDir({ without: ["cbs-84808NED-sec"] }), mode: "annex" });
    const r = claims(f).get("fig4-still-resident-asylum-21pct")!;
    expect(r.status).toBe("differs");
    expect(r.computed).toMatchObject({ kind: "number", unit: "percent", of: { motive: "asylum" } });
    expect(Math.round((r.computed as { value: number }).value)).toBe(22);
    expect(r.detail).toMatch(/^kandidaat population/);
  });

  it("finds the population measure without DataProperties (the one numeric column)", () => {
    const f = buildFigureData(fig4, {
      rawDir: motiveFixtureRawDir({
        without: ["cbs-85904NED-properties", "cbs-85905NED-properties", "cbs-84809NED-sec"],
      }),
      mode: "annex",
    });
    const rows = rowsOf<Row & { candidate: string }>(f.extraTables!.still_resident!);
    expect(pct(shareOf(rows, ["family_other"]))).toBe(24);
  });

  it("falls back to main motives when a code list is absent, and says so", () => {
    const f = buildFigureData(fig4, {
      rawDir: motiveFixtureRawDir({ tables: ["84808NED", "84809NED"], without: ["cbs-84808NED-AfgeleidMigratiedoel"] }),
      mode: "annex",
    });
    expect(tableRows(f).map((r) => r.motive)).toEqual(MAIN_ORDER);
    expect(f.notes.join(" ")).toContain("84808NED");
    expect(claims(f).get("fig4-work-with-family-33pct")!.status).toBe("needs-data");
    // Sub-category rows of the data are not counted twice: the main motives still sum to all non-Dutch immigrants.
    expect(tableRows(f).reduce((a, r) => a + r.persons, 0)).toBe(25 * 10000);
  });

  it("stops with a clear error on an unrecognised family sub-category", () => {
    const d = motiveFixtureRawDir({ tables: ["84808NED", "84809NED"] });
    put(
      d,
      "cbs-84809NED-Migratiemotief",
      fixtureText("cbs/84809NED/Migratiemotief.json").replace('"Gezin: asiel"', '"Gezin: nieuwe regeling"'),
    );
    expect(() => buildFigureData(fig4, { rawDir: d, mode: "annex" })).toThrow(
      /X000103 "Gezin: nieuwe regeling" is not recognised/,
    );
  });

  it("stops with a clear error when the family parts do not add up to the family total", () => {
    const d = motiveFixtureRawDir({ tables: ["84808NED", "84809NED"] });
    // Drop one family sub-category from the code list: its rows are no longer recognised as family.
    const list = JSON.parse(fixtureText("cbs/84808NED/AfgeleidMigratiedoel.json"));
    list.value = list.value.filter((e: { Key: string }) => e.Key !== "X000104");
    put(d, "cbs-84808NED-AfgeleidMigratiedoel", JSON.stringify(list));
    expect(() => buildFigureData(fig4, { rawDir: d, mode: "annex" })).toThrow(
      /family sub-categories \(X000101, X000102\) add up to 400, not to the family total 1000/,
    );
  });

  it("refuses a main key whose title is not its motive (a reused key)", () => {
    const d = motiveFixtureRawDir({ tables: ["84808NED", "84809NED"] });
    put(
      d,
      "cbs-84809NED-Migratiemotief",
      fixtureText("cbs/84809NED/Migratiemotief.json").replace('"Title":"Studie"', '"Title":"Seizoensarbeid"'),
    );
    expect(() => buildFigureData(fig4, { rawDir: d, mode: "annex" })).toThrow(/A009235 has title "Seizoensarbeid"/);
  });
});
