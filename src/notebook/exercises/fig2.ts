// The exercises of notebook fig2 (EU migrants by motive): a share of the period, and the peak of one
// motive against the peak of the total.
import { A_PERCENTAGE, A_YEAR, argmax, figOf, motiveShare, rows, type FigureExercises } from "./check";

export const FIG2_EXERCISES: FigureExercises = {
  figure: "fig2",
  exercises: [
    {
      key: "work-share",
      ...A_PERCENTAGE,
      title: { nl: "het aandeel werk", en: "the share of work" },
      question: {
        nl: "Welk percentage van de EU-migranten (exclusief Nederlanders) kwam over de hele periode van de figuur voor werk? Eén decimaal.",
        en: "Over the figure's whole period, what percentage of EU migrants (excluding Dutch nationals) came for work? One decimal.",
      },
      trains: {
        nl: "een aandeel over een periode: alle personen met motief werk gedeeld door alle personen, niet het gemiddelde van jaarlijkse aandelen",
        en: "a share over a period: all persons with motive work divided by all persons, not the mean of yearly shares",
      },
      hint: {
        nl: "tel `persons` van motief `work` op over alle jaren en deel door de som van `persons` over alle motieven en jaren",
        en: "sum `persons` of motive `work` over all years and divide by the sum of `persons` over all motives and years",
      },
      answer: "answerWorkShare",
      uses: ["motiveRowsOf"],
      starter: ['// motiveRowsOf(fig, "work") gives the rows of one motive; fig.table.objects() all rows'],
      solution: [
        "const personsOf = (rs: { persons: number }[]) => rs.reduce((total, r) => total + r.persons, 0);",
        "const allMotives = fig.table.objects() as { persons: number }[];",
        'const answerWorkShare = Math.round((1000 * personsOf(motiveRowsOf(fig, "work"))) / personsOf(allMotives)) / 10;',
      ],
      mistake: {
        code: [
          "const motiveRows = fig.table.objects() as { year: number; motive: string; persons: number }[];",
          "const yearsOf = [...new Set(motiveRows.map((r) => r.year))];",
          'const shareIn = (y: number) => { const ofYear = motiveRows.filter((r) => r.year === y); return (100 * ofYear.filter((r) => r.motive === "work").reduce((t, r) => t + r.persons, 0)) / ofYear.reduce((t, r) => t + r.persons, 0); };',
          "const answerWorkShare = Math.round((10 * yearsOf.reduce((t, y) => t + shareIn(y), 0)) / yearsOf.length) / 10;",
        ],
        why: {
          nl: "het gemiddelde van de jaarlijkse aandelen weegt de kleine jaren rond 2000 even zwaar als de grote van de laatste jaren",
          en: "the mean of the yearly shares weighs the small years around 2000 as much as the large recent ones",
        },
      },
      expected: (ctx) => motiveShare(rows(figOf(ctx, "fig2")), "work"),
    },
    {
      key: "peak-family",
      ...A_YEAR,
      title: { nl: "gezinsmigratie", en: "family migration" },
      question: {
        nl: "In welk jaar kwamen de meeste EU-burgers om gezinsredenen?",
        en: "In which year did the most EU citizens come for family reasons?",
      },
      trains: {
        nl: "één reeks uit een lange tabel kiezen; de piek van een motief is niet de piek van het totaal",
        en: "picking one series from a long table; a motive's peak is not the peak of the total",
      },
      hint: {
        nl: "houd alleen de rijen van motief `family` over en zoek het jaar met de meeste personen",
        en: "keep the rows of motive `family` only and find the year with the most persons",
      },
      answer: "answerFamilyPeak",
      uses: ["motiveRowsOf"],
      starter: [],
      solution: [
        'const familyRows = motiveRowsOf(fig, "family");',
        "const answerFamilyPeak = familyRows.reduce((best, r) => (r.persons > best.persons ? r : best)).year;",
      ],
      mistake: {
        code: [
          "const totalsByYear = new Map<number, number>();",
          "for (const r of fig.table.objects() as { year: number; persons: number }[]) totalsByYear.set(r.year, (totalsByYear.get(r.year) ?? 0) + r.persons);",
          "const answerFamilyPeak = [...totalsByYear].reduce((best, e) => (e[1] > best[1] ? e : best))[0];",
        ],
        why: {
          nl: "zoekt de piek van alle motieven samen, niet die van gezin",
          en: "finds the peak of all motives together, not of family",
        },
      },
      expected: (ctx) =>
        argmax(
          rows(figOf(ctx, "fig2")).filter((r) => r.motive === "family"),
          "year",
          "persons",
        ),
    },
  ],
};
