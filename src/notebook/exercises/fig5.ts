// The exercises of notebook fig5 (asylum requests since 1975): the right series, and a share of a
// period against the wrong denominator.
import { A_PERCENTAGE, A_YEAR, argmax, figOf, pct, rows, sum, type FigureExercises } from "./check";

/** The period of the nareizigers exercise: the annex's last ten years. */
const DECADE = { from: 2015, to: 2024 };

export const FIG5_EXERCISES: FigureExercises = {
  figure: "fig5",
  exercises: [
    {
      key: "peak",
      ...A_YEAR,
      title: { nl: "de piek", en: "the peak" },
      question: {
        nl: "In welk jaar waren er in totaal de meeste asielverzoeken (eerste, volgende en nareizigers samen: de reeks `total`)?",
        en: "In which year were there most asylum requests in total (first, subsequent and nareizigers together: the series `total`)?",
      },
      trains: {
        nl: "de juiste reeks kiezen: eerste verzoeken alleen geven een andere piek dan het totaal",
        en: "choosing the right series: first requests alone have another peak than the total",
      },
      hint: {
        nl: "gebruik alleen de reeks `total` en zoek haar grootste waarde",
        en: "use the series `total` only, and find its largest value",
      },
      answer: "answerPeak",
      uses: [],
      starter: ["// fig.table has the columns year, series, persons"],
      solution: [
        'const totalRows = (fig.table.objects() as { year: number; series: string; persons: number }[]).filter((r) => r.series === "total");',
        "const answerPeak = totalRows.reduce((best, r) => (r.persons > best.persons ? r : best)).year;",
      ],
      mistake: {
        code: [
          'const firstRows = (fig.table.objects() as { year: number; series: string; persons: number }[]).filter((r) => r.series === "first");',
          "const answerPeak = firstRows.reduce((best, r) => (r.persons > best.persons ? r : best)).year;",
        ],
        why: {
          nl: "eerste verzoeken alleen: zonder volgende verzoeken en nareizigers ligt de piek in een ander jaar",
          en: "first requests only: without subsequent requests and nareizigers the peak falls in another year",
        },
      },
      expected: (ctx) =>
        argmax(
          rows(figOf(ctx, "fig5")).filter((r) => r.series === "total"),
          "year",
          "persons",
        ),
    },
    {
      key: "nareizigers-share",
      ...A_PERCENTAGE,
      title: { nl: "nareizigers", en: "nareizigers" },
      question: {
        nl: `Welk percentage van het totaal waren nareizigers (gezinsleden die een vluchteling volgen) over ${DECADE.from}-${DECADE.to}? Eén decimaal.`,
        en: `Over ${DECADE.from}-${DECADE.to}, what percentage of the total were nareizigers (family members following a refugee)? One decimal.`,
      },
      trains: {
        nl: "de noemer kiezen: een deel van het totaal, niet van een andere reeks",
        en: "choosing the denominator: a part of the total, not of another series",
      },
      hint: {
        nl: `over ${DECADE.from}-${DECADE.to}: de som van reeks \`nareizigers\` gedeeld door de som van reeks \`total\`, maal 100`,
        en: `over ${DECADE.from}-${DECADE.to}: the sum of series \`nareizigers\` divided by the sum of series \`total\`, times 100`,
      },
      answer: "answerNareisShare",
      uses: [],
      starter: [],
      solution: [
        `const decadeRows = (fig.table.objects() as { year: number; series: string; persons: number }[]).filter((r) => r.year >= ${DECADE.from} && r.year <= ${DECADE.to});`,
        "const seriesSum = (series: string) => decadeRows.filter((r) => r.series === series).reduce((total, r) => total + r.persons, 0);",
        'const answerNareisShare = Math.round((1000 * seriesSum("nareizigers")) / seriesSum("total")) / 10;',
      ],
      mistake: {
        code: [
          `const decadeRows = (fig.table.objects() as { year: number; series: string; persons: number }[]).filter((r) => r.year >= ${DECADE.from} && r.year <= ${DECADE.to});`,
          "const seriesSum = (series: string) => decadeRows.filter((r) => r.series === series).reduce((total, r) => total + r.persons, 0);",
          'const answerNareisShare = Math.round((1000 * seriesSum("nareizigers")) / seriesSum("first")) / 10;',
        ],
        why: {
          nl: "deelt door de eerste verzoeken in plaats van het totaal",
          en: "divides by the first requests instead of the total",
        },
      },
      expected: (ctx) => {
        const rs = rows(figOf(ctx, "fig5")).filter(
          (r) => (r.year as number) >= DECADE.from && (r.year as number) <= DECADE.to,
        );
        const of = (series: string) => sum(rs.filter((r) => r.series === series).map((r) => r.persons));
        return pct(of("nareizigers"), of("total"));
      },
    },
  ],
};
