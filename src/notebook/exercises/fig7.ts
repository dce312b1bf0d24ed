// The exercises of notebook fig7 (positive first-instance decisions): what leaving out Dublin
// rejections does to a share, by hand and on the notebook's synthetic files.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildFigureData } from "../../figures/build-figure";
import { fig7, FIG7_PC_SOURCE, FIG7_SOURCE, positiveShare } from "../../figures/fig7-eu-positive-decisions";
import { rowsOf } from "../../figures/rows";
import type { FigureData } from "../../figures/types";
import { stageDecisionFile, syntheticDecisionDir } from "../decision-fixtures";
import type { FigureExercises } from "./check";

/** The numbers of the arithmetic exercise. */
const FIG7_ARITHMETIC = { positive: 360, decisions: 1200, dublin: 300 };
const { positive: P, decisions: D, dublin: DUB } = FIG7_ARITHMETIC;

// The synthetic decision files of notebook fig7 (data/synthetic/eurostat/), built as the notebook does.
function syntheticFig7(file: string): FigureData {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-exercise-"));
  try {
    const fixtures = syntheticDecisionDir();
    stageDecisionFile(dir, FIG7_SOURCE, path.join(fixtures, file));
    stageDecisionFile(dir, FIG7_PC_SOURCE, path.join(fixtures, "migr_asydec1pc.json"));
    return buildFigureData(fig7, { rawDir: dir, mode: "annex" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const nlAverage = (fig: FigureData) =>
  rowsOf<{ geo: string; average: number }>(fig.table).find((r) => r.geo === "NL")!.average;
const fmt = (n: number, lang: "nl" | "en") => n.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB");

export const FIG7_EXERCISES: FigureExercises = {
  figure: "fig7",
  // Offline the notebook has no real figure 7: the exercises use the synthetic builds only.
  context: "{ rawDir: rawDir }",
  exercises: [
    {
      key: "arithmetic",
      title: { nl: "de rekensom", en: "the arithmetic" },
      question: {
        nl:
          `Een land beslist in eerste aanleg over ${fmt(D, "nl")} asielaanvragen: ${P} zijn positief, en ${DUB} van de negatieve ` +
          "beslissingen zijn Dublinafwijzingen. Wat is het aandeel positieve beslissingen (%) met alle beslissingen meegeteld, en met de " +
          "Dublinafwijzingen weggelaten? Gebruik `positiveShare` en antwoord `{ all: ..., withoutDublin: ... }`, elk met één decimaal.",
        en:
          `A country decides on ${fmt(D, "en")} asylum applications in first instance: ${P} are positive, and ${DUB} of the negative ` +
          "decisions are Dublin rejections. What is its positive share (%) with all decisions counted, and with the Dublin rejections " +
          "left out? Use `positiveShare` and answer `{ all: ..., withoutDublin: ... }`, one decimal each.",
      },
      trains: {
        nl: "wat een definitie met een percentage doet: minder beslissingen in de noemer, een hoger aandeel",
        en: "what a definition does to a percentage: fewer decisions in the denominator, a higher share",
      },
      shape: {
        nl: "een object met twee percentages met één decimaal: { all: ..., withoutDublin: ... }",
        en: "an object with two percentages with one decimal: { all: ..., withoutDublin: ... }",
      },
      decimals: 1,
      hint: {
        nl: "`positiveShare` met de positieve beslissingen en het totaal, en nog eens met de Dublinafwijzingen als derde argument: die gaan uit de noemer, niet uit de positieve",
        en: "`positiveShare` with the positive decisions and the total, and once more with the Dublin rejections as its third argument: they leave the denominator, not the positives",
      },
      answer: "answerShares",
      uses: ["positiveShare"],
      starter: [],
      solution: [
        `const answerShares = { all: positiveShare(${P}, ${D}), withoutDublin: positiveShare(${P}, ${D}, ${DUB}) };`,
      ],
      mistake: {
        code: [
          `const answerShares = { all: positiveShare(${P}, ${D}), withoutDublin: positiveShare(${P} - ${DUB}, ${D} - ${DUB}) };`,
        ],
        why: {
          nl: "haalt de Dublinafwijzingen ook van de positieve beslissingen af, terwijl het afwijzingen zijn",
          en: "also takes the Dublin rejections off the positive decisions, though they are rejections",
        },
      },
      expected: () => ({ all: positiveShare(P, D)!, withoutDublin: positiveShare(P, D, DUB)! }),
    },
    {
      key: "dublin-gap",
      title: { nl: "met en zonder Dublin, synthetische data", en: "with and without Dublin, synthetic data" },
      question: {
        nl:
          "Met hoeveel procentpunt verhoogt het weglaten van Dublinafwijzingen het gemiddelde Nederlandse aandeel in de synthetische " +
          "bestanden hierboven (`withoutDublin` tegenover `demo`)? Eén decimaal. Waarom is het effect groter voor een land met veel Dublinzaken?",
        en:
          "On the synthetic files above, by how many percentage points does leaving out Dublin rejections raise the Dutch average " +
          "share (`withoutDublin` against `demo`)? One decimal. Why is the effect larger for a country with many Dublin cases?",
      },
      trains: {
        nl: "een verschil in procentpunten tussen twee definities van hetzelfde cijfer, met het teken in de goede richting",
        en: "a difference in percentage points between two definitions of the same number, with the sign the right way round",
      },
      shape: {
        nl: "een verschil in procentpunten met één decimaal (een getal zoals 2.5)",
        en: "a difference in percentage points with one decimal (a number such as 2.5)",
      },
      decimals: 1,
      hint: {
        nl: "het `average` van NL in `withoutDublin.table` min dat in `demo.table`: weglaten verhoogt het aandeel",
        en: "NL's `average` in `withoutDublin.table` minus NL's `average` in `demo.table`: leaving out raises the share",
      },
      answer: "answerGap",
      uses: [],
      starter: [],
      solution: [
        'const nlAverageOf = (f: typeof demo) => (f.table.objects() as { geo: string; average: number }[]).find((r) => r.geo === "NL").average;',
        "const answerGap = Math.round(10 * (nlAverageOf(withoutDublin) - nlAverageOf(demo))) / 10;",
      ],
      mistake: {
        code: [
          'const nlAverageOf = (f: typeof demo) => (f.table.objects() as { geo: string; average: number }[]).find((r) => r.geo === "NL").average;',
          "const answerGap = Math.round(10 * (nlAverageOf(demo) - nlAverageOf(withoutDublin))) / 10;",
        ],
        why: { nl: "trekt andersom af: het teken is verkeerd", en: "subtracts the other way round: the sign is wrong" },
      },
      expected: () =>
        nlAverage(syntheticFig7("migr_asydcfsta-dublin.json")) - nlAverage(syntheticFig7("migr_asydcfsta-legacy.json")),
    },
  ],
};
