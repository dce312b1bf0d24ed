// buildBothModes (report/audit-run.ts): every registered figure honours both modes on the real raw
// data: annex reproduces the title's period; latest runs to the newest year its data holds and is
// never shorter. New figures are checked as soon as they are registered in FIGURES.
import { beforeAll, describe, expect, it } from "vitest";
import { ANNEX_FIGURES } from "../../src/catalog/annex";
import { FIGURES } from "../../src/figures/index";
import type { FigureData, FigureStatus } from "../../src/figures/types";
import { buildBothModes } from "../../src/report/audit-run";
import { realRawDir } from "../helpers/raw";

let annex: FigureStatus[];
let latest: FigureStatus[];

beforeAll(async () => {
  ({ annex, latest } = buildBothModes(FIGURES, await realRawDir()));
});

/** The years in a figure's tables (main and extra), where a table has a year column. */
function yearsOf(f: FigureData): number[] {
  const tables = [f.table, ...Object.values(f.extraTables ?? {})];
  return tables.flatMap((t) => (t.columnNames().includes("year") ? (t.array("year") as number[]) : []));
}

describe.each(FIGURES.map((m) => m.id))("%s in annex and latest mode", (id) => {
  it("is built the same way in both modes (or needs the same data)", () => {
    const a = annex.find((f) => f.id === id)!;
    const l = latest.find((f) => f.id === id)!;
    expect(l.status).toBe(a.status);
  });

  it("annex mode shows the title's period; latest mode is never shorter", () => {
    const a = annex.find((f) => f.id === id)!;
    const l = latest.find((f) => f.id === id)!;
    if (a.status !== "built" || l.status !== "built") return; // needs data: reported by the audit
    const { period } = ANNEX_FIGURES[id];
    expect(a.data.mode).toBe("annex");
    expect(l.data.mode).toBe("latest");
    expect(a.data.period).toEqual(period);
    expect(l.data.period.to).toBeGreaterThanOrEqual(a.data.period.to);
    const years = yearsOf(l.data);
    if (years.length) expect(Math.max(...years)).toBe(l.data.period.to);
  });
});

describe("latest mode on the mirror", () => {
  it("extends at least one figure beyond the annex (the mirror has newer years than the publication)", () => {
    const extended = latest.filter((l) => {
      const a = annex.find((f) => f.id === l.id)!;
      return l.status === "built" && a.status === "built" && l.data.period.to > a.data.period.to;
    });
    expect(extended.length).toBeGreaterThan(0);
  });
});
