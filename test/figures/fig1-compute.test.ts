// Figure 1's compute and chart steps on small in-memory tables (no files): what the figure does
// with the rows it is given, in both modes and both languages.
import { describe, expect, it } from "vitest";
import {
  chartFig1,
  computeFig1,
  fig1CrossCheck,
  FIG1_CHECK_SOURCE,
  FIG1_SOURCE,
  type Fig1Tables,
} from "../../src/figures/fig1-immigration-emigration";
import { rowsOf } from "../../src/figures/rows";
import type { CbsRow } from "../../src/parse/cbs-odata";
import { memTable, notesIn } from "../helpers/tables";

const IMM = "Immigratie_4";
const EMI = "EmigratieInclusiefAdministratieveC_5";
const yearRow = (y: number, imm: number | null, emi: number | null): CbsRow => ({
  Perioden: `${y}JJ00`,
  [IMM]: imm,
  [EMI]: emi,
});

function tables(last = 2024, opts: { check?: CbsRow[]; extra?: CbsRow[] } = {}): Fig1Tables {
  const rows: CbsRow[] = [];
  for (let y = 1995; y <= last; y++) rows.push(yearRow(y, 1000 + y, 2000));
  rows.push({ Perioden: "2010MM03", [IMM]: 5, [EMI]: 5 }, ...(opts.extra ?? []));
  return {
    flows: memTable(FIG1_SOURCE, { metadata: "", rows }),
    check: opts.check ? memTable(FIG1_CHECK_SOURCE, opts.check) : { absent: "cbs/37296ned/UntypedDataSet.csv" },
  };
}
const rows = (t: Fig1Tables, mode: "annex" | "latest" = "annex") =>
  rowsOf<{ year: number; immigration: number; emigration: number; net_migration: number | null }>(
    computeFig1(t, { mode }).table,
  );

describe("figure 1 compute", () => {
  it("keeps the yearly rows of the annex period (months left out) with net migration = immigration - emigration", () => {
    const r = rows(tables(2026));
    expect(r.map((x) => x.year)).toEqual(Array.from({ length: 30 }, (_, i) => 1995 + i));
    expect(r[0]).toEqual({ year: 1995, immigration: 2995, emigration: 2000, net_migration: 995 });
  });

  it("runs to the newest year with an immigration value in latest mode", () => {
    const t = tables(2026, { extra: [yearRow(2027, null, 3000)] });
    expect(computeFig1(t, { mode: "latest" }).period).toEqual({ from: 1995, to: 2026 });
  });

  it("leaves a missing value empty (null), never 0, and its net migration too", () => {
    const t = tables(2024);
    (t.flows.data.rows as CbsRow[])[5] = yearRow(2000, 3000, null);
    expect(rows(t).find((x) => x.year === 2000)).toEqual({
      year: 2000,
      immigration: 3000,
      emigration: null,
      net_migration: null,
    });
  });

  it("names the file and the years when a year of the period is absent", () => {
    const t = tables(2024);
    (t.flows.data.rows as CbsRow[]).splice(3, 1); // 1998
    expect(() => computeFig1(t, { mode: "annex" })).toThrow(
      /cbs\/83474NED\/TypedDataSet.json: no yearly rows for 1998 \(figure 1 needs 1995-2024\)/,
    );
  });

  it("says in its notes, in the page's language, whether the 37296ned check was done and what it found", () => {
    expect(notesIn(computeFig1(tables(), { mode: "annex" }), "nl").at(-1)).toMatch(
      /niet uitgevoerd: het bestand ontbreekt \(cbs\/37296ned/,
    );
    const check = [
      { Perioden: "2001JJ00", Immigratie_73: 1000 + 2001, EmigratieInclusiefAdministratieveC_74: 2000 },
      { Perioden: "2002JJ00", Immigratie_73: 7, EmigratieInclusiefAdministratieveC_74: 2000 },
    ];
    const r = computeFig1(tables(2024, { check }), { mode: "annex" });
    expect(notesIn(r, "en").at(-1)).toBe(
      "Check against CBS 37296ned (Population; key figures), 2001-2002: immigration or emigration differs in 2002.",
    );
    expect(fig1CrossCheck(tables(2024, { check })).map((x) => x.year)).toEqual([2001, 2002]);
    expect(() => fig1CrossCheck(tables())).toThrow(/37296ned.*is not in the data folder/);
  });
});

describe("figure 1 chart", () => {
  it("draws net migration as bars and both flows as lines, labelled in the chart's language", () => {
    const r = computeFig1(tables(), { mode: "annex" });
    const en = chartFig1(r, "en");
    expect(en.data.map((d) => d.name)).toEqual(["Net migration", "Immigration", "Emigration"]);
    expect(en.data[1].y).toEqual(rows(tables()).map((x) => x.immigration));
    expect(chartFig1(r, "nl").data.map((d) => d.name)).toEqual(["Migratiesaldo", "Immigratie", "Emigratie"]);
  });
});
