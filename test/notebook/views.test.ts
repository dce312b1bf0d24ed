// The notebooks' side tables: views of the data, no verdicts (those are the audit's).
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { FIG4_CLAIMS } from "../../src/claims/fig4-claims";
import type { FigureData } from "../../src/figures/types";
import { fig4Published, fig4ShareView, meanAbsoluteChange, residentShareView } from "../../src/notebook/views";

const fig4Like = (rows: { motive: string; persons: number; share: number }[]): FigureData => ({
  id: "fig4",
  title: "t",
  mode: "annex",
  period: { from: 1999, to: 2023 },
  table: aq.from(rows),
  figure: { data: [], layout: {} },
  sources: [],
  notes: [],
});

describe("meanAbsoluteChange", () => {
  it("averages the size of the year-to-year changes over (from, to]", () => {
    const t = new Map([
      [2000, 100],
      [2001, 110],
      [2002, 99],
      [2003, 500],
    ]);
    expect(meanAbsoluteChange(t, 2000, 2002)).toBeCloseTo((0.1 + 0.1) / 2);
    expect(() => meanAbsoluteChange(t, 2005, 2006)).toThrow(/no two consecutive years/);
  });
});

describe("fig4ShareView", () => {
  it("reads the published shares from the figure 4 claims, not from a copy", () => {
    for (const g of ["work", "study", "asylum", "temporary_protection"] as const) {
      const def = FIG4_CLAIMS.find((c) => c.id.startsWith(`fig4-${g.replace("_", "-")}-`))!;
      expect(def.published).toMatchObject({ kind: "number", unit: "percent", value: fig4Published(g) });
    }
    expect(() => fig4Published("work", [])).toThrow(/no figure 4 claim/);
  });

  it("on main motives: no with-family share; implied family = published minus main", () => {
    const v = fig4ShareView(
      fig4Like([
        { motive: "work", persons: 30, share: 0.3 },
        { motive: "family", persons: 40, share: 0.4 },
        { motive: "study", persons: 10, share: 0.1 },
        { motive: "asylum", persons: 10, share: 0.1 },
        { motive: "temporary_protection", persons: 10, share: 0.1 },
      ]),
    );
    expect(v.split).toBe(false);
    expect(v.rows[0]).toEqual({
      motive: "werk",
      main_motive_pct: 30,
      with_family_pct: null,
      published_pct: fig4Published("work"),
      implied_family_members_pct: fig4Published("work") - 30,
    });
    expect(v.rows[3].implied_family_members_pct).toBeNull();
    expect(v.familyMainPct).toBeCloseTo(40);
  });
});

describe("residentShareView", () => {
  it("gives shares per candidate, or why a candidate is not computed", () => {
    const rows = residentShareView([
      { candidate: "sec", provenance: [], unavailable: () => "ontbreekt: x" },
      {
        candidate: "population",
        provenance: [],
        composition: {
          mode: "main",
          rows: [
            { motive: "asylum", persons: 1, share: 0.25 },
            { motive: "family", persons: 3, share: 0.75 },
          ],
        } as never,
      },
    ]);
    expect(rows).toEqual([
      { candidate: "sec", mode: null, asylum_pct: null, family_pct: null, unavailable: "ontbreekt: x" },
      { candidate: "population", mode: "main", asylum_pct: 25, family_pct: 75, unavailable: null },
    ]);
  });
});
