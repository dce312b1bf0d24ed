// The exercises of notebook fig3 (non-EU migrants by motive): the peak of one motive, and the total
// of one year over all motives.
import { A_YEAR, argmax, figOf, rows, sum, type FigureExercises } from "./check";

export const FIG3_EXERCISES: FigureExercises = {
  figure: "fig3",
  exercises: [
    {
      key: "peak-asylum",
      ...A_YEAR,
      title: { nl: "asiel", en: "asylum" },
      question: {
        nl: "In welk jaar kwamen de meeste niet-EU-migranten met asiel als motief?",
        en: "In which year did the most non-EU migrants come with asylum as their motive?",
      },
      trains: {
        nl: "één motief uit een lange tabel kiezen; asiel en tijdelijke bescherming zijn verschillende motieven",
        en: "picking one motive from a long table; asylum and temporary protection are different motives",
      },
      hint: {
        nl: "houd alleen de rijen van motief `asylum` over en zoek het jaar met de meeste personen",
        en: "keep the rows of motive `asylum` only and find the year with the most persons",
      },
      answer: "answerAsylumPeak",
      uses: ["motiveRowsOf"],
      starter: ['// motiveRowsOf(fig, "asylum") gives the rows of one motive'],
      solution: [
        'const asylumRows = motiveRowsOf(fig, "asylum");',
        "const answerAsylumPeak = asylumRows.reduce((best, r) => (r.persons > best.persons ? r : best)).year;",
      ],
      mistake: {
        code: [
          "const allRows = fig.table.objects() as { year: number; persons: number }[];",
          "const answerAsylumPeak = allRows.reduce((best, r) => (r.persons > best.persons ? r : best)).year;",
        ],
        why: {
          nl: "zoekt de grootste cel van de hele tabel, van welk motief dan ook",
          en: "finds the largest cell of the whole table, whatever its motive",
        },
      },
      expected: (ctx) =>
        argmax(
          rows(figOf(ctx, "fig3")).filter((r) => r.motive === "asylum"),
          "year",
          "persons",
        ),
    },
    {
      key: "last-year-total",
      title: { nl: "het laatste jaar", en: "the last year" },
      question: {
        nl: "Hoeveel niet-EU-migranten kwamen er in het laatste jaar van de figuur (`fig.period.to`), alle motieven samen?",
        en: "How many non-EU migrants came in the figure's last year (`fig.period.to`), all motives together?",
      },
      trains: {
        nl: "een lange tabel filteren op één jaar en over de motieven optellen; lege cellen (tijdelijke bescherming vóór 2022) zijn geen 0",
        en: "filtering a long table to one year and summing over the motives; blank cells (temporary protection before 2022) are not 0",
      },
      shape: { nl: "een aantal personen (een geheel getal)", en: "a number of persons (a whole number)" },
      decimals: 0,
      hint: {
        nl: "neem de rijen van het laatste jaar van de figuur (`fig.period.to`) en tel `persons` op over alle motieven",
        en: "take the rows of the figure's last year (`fig.period.to`) and add up `persons` over all motives",
      },
      answer: "answerLastYear",
      uses: [],
      starter: [],
      solution: [
        "const yearRows = (fig.table.objects() as { year: number; persons: number | null }[]).filter((r) => r.year === fig.period.to);",
        "const answerLastYear = yearRows.reduce((total, r) => total + (r.persons ?? 0), 0);",
      ],
      mistake: {
        code: [
          "const tableRows = fig.table.objects() as { year: number; persons: number }[];",
          "const answerLastYear = tableRows[tableRows.length - 1].persons;",
        ],
        why: {
          nl: "de laatste rij van de tabel is één motief van het laatste jaar, niet alle motieven samen",
          en: "the table's last row is one motive of the last year, not all motives together",
        },
      },
      expected: (ctx) => {
        const fig = figOf(ctx, "fig3");
        return sum(
          rows(fig)
            .filter((r) => r.year === fig.period.to)
            .map((r) => r.persons),
        );
      },
    },
  ],
};
