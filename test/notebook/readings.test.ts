// The notebooks' readings section: the table of a figure's claims under their readings, and a
// student's own reading added beside the declared ones and counted like them.
import { describe, expect, it } from "vitest";
import { FIGURES } from "../../src/figures/index";
import type { FigureData } from "../../src/figures/types";
import { readingsMarkdown, tryReading } from "../../src/notebook/readings";
import { annexVintageDir } from "../../src/paths";
import { auditFigures } from "../../src/report/audit-run";
import type { Reading } from "../../src/claims/readings/types";

const { builds, claims } = auditFigures(
  FIGURES.filter((f) => f.id === "fig5" || f.id === "fig3"),
  annexVintageDir(),
);
const figures = new Map(
  builds.annex.flatMap((s) => (s.status === "built" ? [[s.id, s.data] as [string, FigureData]] : [])),
);

describe("readings in the notebooks", () => {
  it("shows each claim's k of n and one table row per reading", () => {
    const md = readingsMarkdown(
      claims.filter((c) => c.id === "fig5-last-4-years-high"),
      "en",
    );
    expect(md).toMatch(/^\*\*`fig5-last-4-years-high`\*\*: holds in 4 of 4 readings/);
    expect(md.split("\n").filter((l) => l.startsWith("| Each of the last 4 years"))).toHaveLength(3);
  });

  it("adds a student's reading: 'hoog' as above the 95th percentile breaks the statement, and the count says so", () => {
    const claim = claims.find((c) => c.id === "fig5-last-4-years-high")!;
    const top5: Reading = {
      id: "my-top-5-percent",
      dimension: "threshold",
      needs: ["fig5"],
      evaluate(figs) {
        const rows = figs.get("fig5")!.table.objects() as { year: number; series: string; persons: number }[];
        const totals = rows
          .filter((r) => r.series === "total")
          .map((r) => r.persons)
          .sort((a, b) => a - b);
        const line = totals[Math.ceil(0.95 * totals.length) - 1];
        const last4 = rows.filter((r) => r.series === "total" && r.year >= 2021).map((r) => r.persons);
        return {
          value: Math.min(...last4),
          unit: "persons",
          threshold: { value: line, holdsWhen: "above" },
          holds: Math.min(...last4) > line,
        };
      },
    };
    const mine = tryReading(claim, top5, figures);
    expect(mine.robustness).toMatchObject({ holds: 4, of: 5, breaking: ["my-top-5-percent"] });
    expect(claim.robustness!.of).toBe(4); // the audit's result is left as it was
  });
});
