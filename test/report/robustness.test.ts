// The robustness audit in the outputs: auditClaims attaches each claim's readings (claims.json),
// audit.md has the robustness column and the readings per claim, index.html the column, the
// readings table and a dot plot per claim with more than two numeric readings. Values invented.
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { CLAIMS } from "../../src/claims/index";
import type { FigureData, FigureModule, FigureStatus } from "../../src/figures/types";
import { auditClaims, auditMarkdown } from "../../src/report/audit";
import { indexHtml } from "../../src/report/index-page";

// Figure 6 where NL is above the EU27_2020 aggregate in 2021 as printed, but below the mean of the countries.
const yearly = [
  ...["NL", "EU27_2020", "CY", "DE"].flatMap((geo) =>
    Array.from({ length: 10 }, (_, i) => ({
      geo,
      year: 2015 + i,
      value: { NL: i === 6 ? 1.42 : 1, EU27_2020: i === 6 ? 1.2 : 2, CY: 5, DE: 0.5 }[geo]!,
    })),
  ),
];
const fig6: FigureData = {
  id: "fig6",
  title: "Figuur 6",
  mode: "annex",
  period: { from: 2015, to: 2024 },
  table: aq.from([{ geo: "NL", label: "Nederland", average: 1 }]),
  extraTables: { yearly: aq.from(yearly) },
  figure: { data: [], layout: {} },
  sources: [],
  notes: [],
};
const built: FigureStatus = { id: "fig6", status: "built", dir: "", data: fig6 };
const builds = { annex: [built], latest: [{ ...built, data: { ...fig6, mode: "latest" as const } }] };
const notUsed = () => {
  throw new Error("not used");
};
const modules: FigureModule[] = [
  {
    id: "fig6",
    title: "Figuur 6",
    notebook: "fig6-test",
    sourceIds: [],
    load: notUsed,
    compute: notUsed,
    chart: notUsed,
  },
];
const claims = auditClaims(builds, {
  claims: CLAIMS.filter((c) => c.id === "fig6-nl-vs-eu-2021" || c.id === "fig6-period"),
});

describe("robustness in the outputs", () => {
  it("claims.json: the claim with readings carries holds k of n and the breaking readings; one without has none", () => {
    const c = claims.find((x) => x.id === "fig6-nl-vs-eu-2021")!;
    expect(c.status).toBe("reproduced");
    expect(c.robustness).toMatchObject({ holds: 1, of: 3, needsData: 0, breaking: ["eu-efta-mean", "eu27-mean"] });
    expect(claims.find((x) => x.id === "fig6-period")!.robustness).toBeUndefined();
    expect(JSON.parse(JSON.stringify(claims))[0].robustness.readings[1]).toMatchObject({
      id: "eu-efta-mean",
      name: "EU/EFTA: unweighted mean of the country rates",
      status: "breaks",
      value: 2.3067,
    });
  });

  it("audit.md: a robustness column and each reading with its status and value", () => {
    const md = auditMarkdown({ modules, builds, claims, lang: "en" });
    expect(md).toContain("| # | statement | published | computed | status | robustness |");
    expect(md).toContain(
      "| reproduced | holds in 1 of 3 readings; breaks under: EU/EFTA: unweighted mean of the country rates (2.31 per 1,000 inhabitants); EU27: ",
    );
    expect(md).toContain("### Does the statement depend on choices?");
    expect(md).toContain(
      "  - Eurostat's EU27_2020 aggregate *(annex)*: **holds**, 1.20 per 1,000 inhabitants; threshold &lt; 1.42 per 1,000 inhabitants (Eurostat migr_asyapp1mp / migr_asydcfsta, geo EU27_2020)",
    );
  });

  it("index.html: the column, the readings table and the claim's dot plot", () => {
    const page = indexHtml({ modules, figures: [built], mode: "annex", claims, lang: "nl", plotly: "loaded" });
    expect(page).toContain('<td class="robustness">houdt in 1 van 3 lezingen; breekt onder: EU/EFTA');
    expect(page).toContain('<details class="readings" data-claim="fig6-nl-vs-eu-2021">');
    expect(page).toContain('<tr data-reading="eu-efta-mean" data-status="breaks">');
    expect(page).toContain('<div class="plot" id="readings-fig6-nl-vs-eu-2021"></div>');
    expect(page).toContain("Hangt de uitspraak af van keuzes?");
    // The plot's spec is in the page's plot list.
    expect(page).toMatch(/readings-fig6-nl-vs-eu-2021[\s\S]*Lezingen van fig6-nl-vs-eu-2021/);
  });
});
