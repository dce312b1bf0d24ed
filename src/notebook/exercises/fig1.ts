// The exercises of notebook fig1 (immigration and emigration): sums over periods, and the rate of
// the period against the mean of yearly rates.
import { A_PERCENTAGE, A_YEAR, argmax, figOf, pct, rows, sum, type FigureExercises } from "./check";

/** Net migration over the whole annex period, as the decades question names it (test/notebook checks it). */
export const FIG1_NET_TOTAL_MILLIONS = { nl: "1,44 miljoen", en: "1.44 million" };

const DECADES = [1995, 2005, 2015];

export const FIG1_EXERCISES: FigureExercises = {
  figure: "fig1",
  exercises: [
    {
      key: "decades",
      title: { nl: "migratiesaldo per decennium", en: "net migration by decade" },
      question: {
        nl:
          "Hoe groot was het migratiesaldo (immigratie min emigratie) in elk van de drie decennia 1995-2004, 2005-2014 en " +
          `2015-2024? Antwoord met een object \`{ "1995-2004": ..., "2005-2014": ..., "2015-2024": ... }\` van personen. ` +
          `Welk decennium droeg het meest bij aan de ${FIG1_NET_TOTAL_MILLIONS.nl} van de hele periode?`,
        en:
          "How large was net migration (immigration minus emigration) in each of the three decades 1995-2004, 2005-2014 and " +
          `2015-2024? Answer with an object \`{ "1995-2004": ..., "2005-2014": ..., "2015-2024": ... }\` of persons. ` +
          `Which decade contributed most to the ${FIG1_NET_TOTAL_MILLIONS.en} of the whole period?`,
      },
      trains: {
        nl: "een kolom filteren op een periode en optellen; periodegrenzen precies nemen (tien jaar, beide uiteinden meegeteld)",
        en: "filtering a column to a period and summing it; exact period bounds (ten years, both ends included)",
      },
      shape: {
        nl: 'een object met het migratiesaldo (personen) per decennium: { "1995-2004": ..., "2005-2014": ..., "2015-2024": ... }',
        en: 'an object with the net migration (persons) per decade: { "1995-2004": ..., "2005-2014": ..., "2015-2024": ... }',
      },
      decimals: 0,
      hint: {
        nl: "tel de kolom `net_migration` van `fig.table` op over de tien jaren van elk decennium, beide uiteinden meegeteld",
        en: "add up the `net_migration` column of `fig.table` over the ten years of each decade, both ends included",
      },
      answer: "answerDecades",
      uses: [],
      starter: ["const netRows = fig.table.objects() as { year: number; net_migration: number }[];"],
      solution: [
        "const netRows = fig.table.objects() as { year: number; net_migration: number }[];",
        "const netOf = (from: number, to: number) => netRows.filter((r) => r.year >= from && r.year <= to).reduce((total, r) => total + r.net_migration, 0);",
        'const answerDecades = { "1995-2004": netOf(1995, 2004), "2005-2014": netOf(2005, 2014), "2015-2024": netOf(2015, 2024) };',
      ],
      mistake: {
        code: [
          "const netRows = fig.table.objects() as { year: number; net_migration: number }[];",
          "const netOf = (from: number, to: number) => netRows.filter((r) => r.year >= from && r.year <= to).reduce((total, r) => total + r.net_migration, 0);",
          'const answerDecades = { "1995-2004": netOf(1995, 2005), "2005-2014": netOf(2005, 2015), "2015-2024": netOf(2015, 2024) };',
        ],
        why: {
          nl: "de decennia overlappen: 2005 en 2015 tellen twee keer mee (11 jaar per decennium)",
          en: "the decades overlap: 2005 and 2015 are counted twice (11 years per decade)",
        },
      },
      expected: (ctx) => {
        const rs = rows(figOf(ctx, "fig1"));
        const decade = (from: number) =>
          sum(
            rs.filter((r) => (r.year as number) >= from && (r.year as number) <= from + 9).map((r) => r.net_migration),
          );
        return Object.fromEntries(DECADES.map((from) => [`${from}-${from + 9}`, decade(from)]));
      },
    },
    {
      key: "peak",
      ...A_YEAR,
      title: { nl: "het piekjaar", en: "the peak year" },
      question: {
        nl: "In welk jaar was het migratiesaldo het hoogst?",
        en: "In which year was net migration highest?",
      },
      trains: {
        nl: "het jaar bij een maximum vinden, niet het maximum zelf",
        en: "finding the year of a maximum, not the maximum itself",
      },
      hint: {
        nl: "zoek de rij met de grootste `net_migration` in `fig.table` en geef het jaar van die rij",
        en: "find the row with the largest `net_migration` in `fig.table` and give that row's year",
      },
      answer: "answerPeak",
      uses: [],
      starter: [],
      solution: [
        "const peakRows = fig.table.objects() as { year: number; net_migration: number }[];",
        "const answerPeak = peakRows.reduce((best, r) => (r.net_migration > best.net_migration ? r : best)).year;",
      ],
      mistake: {
        code: [
          "const peakRows = fig.table.objects() as { year: number; net_migration: number }[];",
          "const answerPeak = Math.max(...peakRows.map((r) => r.net_migration));",
        ],
        why: {
          nl: "geeft het hoogste saldo (personen) in plaats van het jaar",
          en: "gives the highest net migration (persons) instead of its year",
        },
      },
      expected: (ctx) => argmax(rows(figOf(ctx, "fig1")), "year", "net_migration"),
    },
    {
      key: "emigration-ratio",
      ...A_PERCENTAGE,
      title: { nl: "emigratie als deel van immigratie", en: "emigration as a share of immigration" },
      question: {
        nl: "Hoeveel emigranten waren er over de hele periode per 100 immigranten? Antwoord als percentage met één decimaal.",
        en: "Over the whole period, how many emigrants were there per 100 immigrants? Answer as a percentage with one decimal.",
      },
      trains: {
        nl: "de verhouding van de periode (som gedeeld door som) tegenover het gemiddelde van jaarlijkse verhoudingen",
        en: "the ratio of the period (sum over sum) against the mean of yearly ratios",
      },
      hint: {
        nl: "over de hele periode: deel de totale emigratie door de totale immigratie; een gemiddelde van dertig jaarlijkse verhoudingen is iets anders",
        en: "for the whole period: divide total emigration by total immigration; a mean of thirty yearly ratios is something else",
      },
      answer: "answerRatio",
      uses: [],
      starter: [],
      solution: [
        "const flowRows = fig.table.objects() as { immigration: number; emigration: number }[];",
        'const totalOf = (key: "immigration" | "emigration") => flowRows.reduce((total, r) => total + r[key], 0);',
        'const answerRatio = Math.round((1000 * totalOf("emigration")) / totalOf("immigration")) / 10;',
      ],
      mistake: {
        code: [
          "const flowRows = fig.table.objects() as { immigration: number; emigration: number }[];",
          "const yearlyRatios = flowRows.map((r) => (100 * r.emigration) / r.immigration);",
          "const answerRatio = Math.round((10 * yearlyRatios.reduce((total, x) => total + x, 0)) / yearlyRatios.length) / 10;",
        ],
        why: {
          nl: "het gemiddelde van de jaarlijkse verhoudingen weegt elk jaar even zwaar, ook jaren met weinig immigratie",
          en: "the mean of the yearly ratios weighs every year the same, also years with little immigration",
        },
      },
      expected: (ctx) => {
        const rs = rows(figOf(ctx, "fig1"));
        return pct(sum(rs.map((r) => r.emigration)), sum(rs.map((r) => r.immigration)));
      },
    },
  ],
};
