// The exercises of notebook fig6 (asylum applications per 1,000 inhabitants): the same mean of rates
// over another window, where Eurostat's series do not all start in the same year. The window's gaps
// are named in the questions (FIG6_WINDOW_GAPS) and test/notebook/exercises.test.ts checks them
// against the data, so the text cannot promise a comparison the data does not allow.
import { EU_AGGREGATE, shownGeos } from "../../catalog/annex";
import { euCrossSection, type YearlyValue } from "../../figures/eu-average";
import { fig6Yearly, loadFig6 } from "../../figures/fig6-eu-asylum-per-1000";
import { rowsOf } from "../../figures/rows";
import { ExerciseDataError, type ExerciseContext, type FigureExercises } from "./check";

/** The window of the exercises: the first ten years of migr_asyapp1mp (the figure: 2015-2024). */
export const FIG6_EXERCISE_WINDOW = { from: 2008, to: 2017 };
/** The years of the window without a rate, as the questions name them (checked against the data by a test). */
export const FIG6_WINDOW_GAPS = {
  [EU_AGGREGATE]: { from: 2008, to: 2013 },
  HU: { from: 2008, to: 2012 },
  AT: { from: 2008, to: 2013 },
};

const { from: FROM, to: TO } = FIG6_EXERCISE_WINDOW;
const GAP = (geo: keyof typeof FIG6_WINDOW_GAPS) => `${FIG6_WINDOW_GAPS[geo].from}-${FIG6_WINDOW_GAPS[geo].to}`;
const RATE = {
  nl: "een aantal per 1.000 inwoners met twee decimalen (een getal zoals 1.23)",
  en: "a rate per 1,000 inhabitants with two decimals (a number such as 1.23)",
};

function windowValues(ctx: ExerciseContext): YearlyValue[] {
  // The run's one data folder, as the notebook's figure.
  if (!ctx.rawDir) throw new ExerciseDataError((t) => t.exercise.needFigure);
  const { values } = fig6Yearly(loadFig6(ctx.rawDir));
  const nl = new Set(values.filter((v) => v.geo === "NL" && v.value !== null).map((v) => v.year));
  for (let y = FROM; y <= TO; y++) {
    const year = y;
    if (!nl.has(year)) throw new ExerciseDataError((t) => t.exercise.missingYear("NL", year));
  }
  return values.filter((v) => v.year >= FROM && v.year <= TO);
}
const averages = (values: YearlyValue[]) =>
  rowsOf<{ geo: string; average: number }>(euCrossSection(values, FROM, TO, shownGeos("fig6")).averages);
const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;

export const FIG6_EXERCISES: FigureExercises = {
  figure: "fig6",
  exercises: [
    {
      key: "window-nl",
      title: { nl: "een ander venster van tien jaar", en: "another ten-year window" },
      question: {
        nl:
          `De figuur middelt over 2015-2024. Bereken hetzelfde gemiddelde voor de eerste tien jaar die Eurostat heeft, ${FROM}-${TO}, ` +
          "met `euCrossSection` (de functie achter de figuur; de cel hieronder roept haar al aan): wat was het gemiddelde Nederlandse " +
          "aantal per 1.000 inwoners? Twee decimalen.",
        en:
          `The figure averages 2015-2024. Compute the same average for the first ten years Eurostat has, ${FROM}-${TO}, with ` +
          "`euCrossSection` (the function behind the figure; the cell below already calls it): what was the Dutch average rate per " +
          "1,000 inhabitants? Two decimals.",
      },
      trains: {
        nl: "de functie van de figuur hergebruiken voor een andere periode; het gemiddelde van jaarlijkse cijfers hangt af van het venster",
        en: "reusing the figure's function for another period; a mean of yearly rates depends on its window",
      },
      shape: RATE,
      decimals: 2,
      hint: {
        nl: `\`cross.averages\` heeft de gemiddelden van ${FROM}-${TO}: neem de rij van geo \`NL\` (niet de tabel van de figuur, die is 2015-2024)`,
        en: `\`cross.averages\` holds the averages of ${FROM}-${TO}: take the row of geo \`NL\` (not the figure's table, which is 2015-2024)`,
      },
      answer: "answerWindowNl",
      uses: ["euCrossSection", "fig6Yearly", "loadFig6", "shownGeos"],
      starter: [
        `const cross = euCrossSection(fig6Yearly(loadFig6(rawDir)).values, ${FROM}, ${TO}, shownGeos("fig6"));`,
        "// new dfd.DataFrame(cross.averages.objects()).print(); console.log(cross.notes);",
      ],
      solution: [
        `const cross = euCrossSection(fig6Yearly(loadFig6(rawDir)).values, ${FROM}, ${TO}, shownGeos("fig6"));`,
        'const nlWindow = (cross.averages.objects() as { geo: string; average: number }[]).find((r) => r.geo === "NL");',
        "const answerWindowNl = Math.round(100 * nlWindow.average) / 100;",
      ],
      mistake: {
        code: [
          'const nlWindow = (fig.table.objects() as { geo: string; average: number }[]).find((r) => r.geo === "NL");',
          "const answerWindowNl = Math.round(100 * nlWindow.average) / 100;",
        ],
        why: {
          nl: "leest het gemiddelde van de figuur (2015-2024), niet dat van het venster",
          en: "reads the figure's average (2015-2024), not the window's",
        },
      },
      expected: (ctx) => averages(windowValues(ctx)).find((r) => r.geo === "NL")!.average,
    },
    {
      key: "equal-terms",
      title: { nl: "vergelijken op gelijke voet", en: "comparing on equal terms" },
      question: {
        nl:
          `Was Nederland in ${FROM}-${TO} boven of onder de EU? Let op: Eurostat heeft geen EU-gemiddelde (\`EU27_2020\`) voor ` +
          `${GAP(EU_AGGREGATE)} (zie \`cross.notes\`). Het "gemiddelde" van de EU in \`cross.averages\` is dus een gemiddelde van ` +
          "alleen de latere jaren, en dat van Nederland van alle tien. Vergelijk op gelijke voet: het Nederlandse gemiddelde over de " +
          "jaren waarin de EU een waarde heeft, min het EU-gemiddelde over dezelfde jaren. Twee decimalen (negatief als Nederland lager lag).",
        en:
          `Was the Netherlands above or below the EU in ${FROM}-${TO}? Careful: Eurostat has no EU rate (\`EU27_2020\`) for ` +
          `${GAP(EU_AGGREGATE)} (see \`cross.notes\`). The EU's "average" in \`cross.averages\` is therefore a mean of the later ` +
          "years only, and the Dutch one of all ten. Compare on equal terms: the Dutch mean over the years in which the EU has a " +
          "rate, minus the EU's mean over the same years. Two decimals (negative if the Dutch rate was lower).",
      },
      trains: {
        nl: "twee gemiddelden alleen vergelijken over dezelfde jaren; ontbrekende jaren zijn geen 0 en geen detail",
        en: "comparing two means over the same years only; missing years are neither 0 nor a detail",
      },
      shape: {
        nl: "een verschil in aantal per 1.000 inwoners met twee decimalen (een getal zoals -0.25)",
        en: "a difference in rate per 1,000 inhabitants with two decimals (a number such as -0.25)",
      },
      decimals: 2,
      hint: {
        nl: "`cross.yearly` heeft de jaarcijfers (geo, year, value): neem de jaren waarin `EU27_2020` een waarde heeft, en middel Nederland en de EU over precies die jaren",
        en: "`cross.yearly` has the yearly rates (geo, year, value): take the years in which `EU27_2020` has a value, and average the Netherlands and the EU over exactly those years",
      },
      answer: "answerEqualTerms",
      uses: ["euCrossSection", "fig6Yearly", "loadFig6", "shownGeos"],
      starter: ["// cross.yearly.objects() has { geo, year, value } for every country and year of the window"],
      solution: [
        `const cross = euCrossSection(fig6Yearly(loadFig6(rawDir)).values, ${FROM}, ${TO}, shownGeos("fig6"));`,
        "const windowRates = cross.yearly.objects() as { geo: string; year: number; value: number | null }[];",
        'const euYears = windowRates.filter((r) => r.geo === "EU27_2020" && r.value !== null).map((r) => r.year);',
        "const meanOver = (geo: string) => { const v = windowRates.filter((r) => r.geo === geo && euYears.includes(r.year)).map((r) => r.value); return v.reduce((a, x) => a + x, 0) / v.length; };",
        'const answerEqualTerms = Math.round(100 * (meanOver("NL") - meanOver("EU27_2020"))) / 100;',
      ],
      mistake: {
        code: [
          `const cross = euCrossSection(fig6Yearly(loadFig6(rawDir)).values, ${FROM}, ${TO}, shownGeos("fig6"));`,
          "const windowAverages = cross.averages.objects() as { geo: string; average: number }[];",
          "const averageOf = (geo: string) => windowAverages.find((r) => r.geo === geo).average;",
          'const answerEqualTerms = Math.round(100 * (averageOf("NL") - averageOf("EU27_2020"))) / 100;',
        ],
        why: {
          nl: `vergelijkt tien Nederlandse jaren met de EU-jaren na ${FIG6_WINDOW_GAPS[EU_AGGREGATE].to}, waaronder de piek van 2015-2016`,
          en: `compares ten Dutch years with the EU's years after ${FIG6_WINDOW_GAPS[EU_AGGREGATE].to}, the 2015-2016 peak among them`,
        },
      },
      expected: (ctx) => {
        const values = windowValues(ctx).filter((v) => v.value !== null);
        const euYears = new Set(values.filter((v) => v.geo === EU_AGGREGATE).map((v) => v.year));
        const over = (geo: string) =>
          mean(values.filter((v) => v.geo === geo && euYears.has(v.year)).map((v) => v.value as number));
        return over("NL") - over(EU_AGGREGATE);
      },
    },
    {
      key: "window-top",
      title: { nl: "het hoogste aantal", en: "the highest rate" },
      question: {
        nl:
          `Welk land van de figuur had in ${FROM}-${TO} het hoogste gemiddelde? Niet elk land heeft alle tien jaar: Hongarije heeft ` +
          `geen waarde voor ${GAP("HU")}, Oostenrijk niet voor ${GAP("AT")} (\`cross.notes\` noemt ze allemaal). Vergelijk daarom alleen ` +
          'de landen met een waarde in elk jaar van het venster. Antwoord met de Eurostat-code (bijvoorbeeld `"BE"`).',
        en:
          `Which country of the figure had the highest average in ${FROM}-${TO}? Not every country has all ten years: Hungary has no ` +
          `rate for ${GAP("HU")}, Austria none for ${GAP("AT")} (\`cross.notes\` names them all). So compare only the countries with ` +
          'a rate in every year of the window. Answer with its Eurostat code (e.g. `"BE"`).',
      },
      trains: {
        nl: "een ranglijst van gemiddelden lezen met oog voor wat erin zit: een gemiddelde over minder jaren is niet vergelijkbaar",
        en: "reading a ranking of means for what is in it: a mean over fewer years is not comparable",
      },
      shape: {
        nl: 'een Eurostat-landcode (een tekst zoals "BE")',
        en: 'a Eurostat country code (a string such as "BE")',
      },
      hint: {
        nl: "de bovenste rij van `cross.averages` is een gemiddelde over minder jaren; tel per land de jaren met een waarde in `cross.yearly` en laat `EU27_2020` weg",
        en: "the top row of `cross.averages` is a mean over fewer years; count each country's years with a value in `cross.yearly`, and leave out `EU27_2020`",
      },
      answer: "answerWindowTop",
      uses: ["euCrossSection", "fig6Yearly", "loadFig6", "shownGeos"],
      starter: [],
      solution: [
        `const cross = euCrossSection(fig6Yearly(loadFig6(rawDir)).values, ${FROM}, ${TO}, shownGeos("fig6"));`,
        "const rateRows = cross.yearly.objects() as { geo: string; value: number | null }[];",
        "const yearsWithRate = (geo: string) => rateRows.filter((r) => r.geo === geo && r.value !== null).length;",
        `const answerWindowTop = (cross.averages.objects() as { geo: string }[]).find((r) => r.geo !== "EU27_2020" && yearsWithRate(r.geo) === ${TO - FROM + 1}).geo;`,
      ],
      mistake: {
        code: [
          `const cross = euCrossSection(fig6Yearly(loadFig6(rawDir)).values, ${FROM}, ${TO}, shownGeos("fig6"));`,
          'const answerWindowTop = (cross.averages.objects() as { geo: string }[]).find((r) => r.geo !== "EU27_2020").geo;',
        ],
        why: {
          nl: `neemt de bovenste rij: Hongarije, gemiddeld over alleen ${FIG6_WINDOW_GAPS.HU.to + 1}-${TO}, met de piek van 2015`,
          en: `takes the top row: Hungary, averaged over ${FIG6_WINDOW_GAPS.HU.to + 1}-${TO} only, with the 2015 peak`,
        },
      },
      expected: (ctx) => {
        const values = windowValues(ctx);
        const years = TO - FROM + 1;
        const full = (geo: string) => values.filter((v) => v.geo === geo && v.value !== null).length === years;
        const top = averages(values).find((r) => r.geo !== EU_AGGREGATE && full(r.geo));
        if (!top) throw new ExerciseDataError((t) => t.exercise.missingYear("?", FROM));
        return top.geo;
      },
    },
  ],
};
