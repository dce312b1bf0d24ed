// The readings as people see them: the robustness cell in both languages, the dot plot only for
// claims with more than two numeric readings (values, colours, the published value), the notebook table.
import { describe, expect, it } from "vitest";
import { formatValue, readingsFigure, readingsTable, robustnessText } from "../../../src/claims/readings/present";
import { summarize } from "../../../src/claims/readings/evaluate";
import type { ReadingResult } from "../../../src/claims/readings/types";

const reading = (id: string, status: ReadingResult["status"], value?: number, annex = false): ReadingResult => ({
  id,
  dimension: "countries",
  annex,
  name: id,
  basis: "",
  status,
  ...(value !== undefined
    ? { value, unit: "per1000" as const, threshold: { value: 1.42, holdsWhen: "below" as const } }
    : {}),
});
const rob = summarize([
  reading("eu27-aggregate", "holds", 1.2, true),
  reading("eu-efta-mean", "breaks", 2.3067),
  reading("eu27-mean", "breaks", 1.6033),
]);

describe("robustness cell", () => {
  it("says k of n and names the breaking readings with their values, in the language", () => {
    expect(robustnessText(rob, "nl")).toBe(
      "houdt in 1 van 3 lezingen; breekt onder: EU/EFTA: ongewogen gemiddelde van de landencijfers (2,31 per 1.000 inwoners); EU27: ongewogen gemiddelde van de lidstaten (1,60 per 1.000 inwoners)",
    );
    expect(robustnessText(rob, "en")).toMatch(
      /^holds in 1 of 3 readings; breaks under: EU\/EFTA: unweighted mean of the country rates \(2\.31 per 1,000 inhabitants\)/,
    );
  });

  it("counts needs-data apart and never as holding", () => {
    const r = summarize([
      reading("with-corrections", "holds"),
      { ...reading("without-corrections", "needs-data"), detail: "CBS 70707ned" },
    ]);
    expect(r).toMatchObject({ holds: 1, of: 2, needsData: 1, breaking: [] });
    expect(robustnessText(r, "en")).toBe("holds in 1 of 2 readings; 1 needs data");
  });

  it("formats units per language", () => {
    expect(formatValue(57.384, "percent", "nl")).toBe("57,4%");
    expect(formatValue(36675, "persons", "nl")).toBe("36.675 personen");
    expect(formatValue(3.8388, "millions", "en")).toBe("3.839 million");
  });
});

describe("readings figure", () => {
  it("draws one dot per numeric reading, green where it holds and red where it breaks, with the published value", () => {
    const f = readingsFigure("fig6-nl-vs-eu-2021", rob, "nl")!;
    expect(f.data[0].x).toEqual([1.2, 2.3067, 1.6033]);
    expect((f.data[0].marker as { color: string[] }).color).toEqual(["#4d8b31", "#b22222", "#b22222"]);
    expect((f.data[0].y as string[])[0]).toMatch(/\(bijlage\)$/);
    expect((f.layout.shapes as { x0: number }[])[0].x0).toBe(1.2);
  });

  it("is not drawn for two numeric readings or fewer", () => {
    expect(readingsFigure("fig6-nl-vs-eu-2021", summarize(rob.readings.slice(0, 2)), "nl")).toBeUndefined();
    expect(readingsFigure("x", undefined)).toBeUndefined();
  });
});

describe("readings table (notebooks)", () => {
  it("has one row per reading with its reason and basis", () => {
    const rows = readingsTable([{ id: "fig6-nl-vs-eu-2021", robustness: rob }, { id: "no-readings" }], "en");
    expect(rows.map((r) => [r.reading, r.status, r.value])).toEqual([
      ["Eurostat's EU27_2020 aggregate", "holds", "1.20 per 1,000 inhabitants"],
      ["EU/EFTA: unweighted mean of the country rates", "breaks", "2.31 per 1,000 inhabitants"],
      ["EU27: unweighted mean of the member states' rates", "breaks", "1.60 per 1,000 inhabitants"],
    ]);
    expect(rows[1].basis).toBe("annex footnote 2");
    expect(rows[1].threshold).toBe("< 1.42 per 1,000 inhabitants");
  });
});
