// The exercises of notebook fig4 (the motives of 1999-2023 together): the order of the motives, and
// a share as a percentage.
import { A_PERCENTAGE, argmax, figOf, motiveShare, rows, type FigureExercises } from "./check";

export const FIG4_EXERCISES: FigureExercises = {
  figure: "fig4",
  exercises: [
    {
      key: "largest",
      title: { nl: "het grootste motief", en: "the largest motive" },
      question: {
        nl: 'Welk motief (de sleutel in de kolom `motive`, bijvoorbeeld `"study"`) bracht over de periode de meeste niet-Nederlandse migranten?',
        en: 'Which motive (its key in the `motive` column, e.g. `"study"`) brought the most non-Dutch migrants over the period?',
      },
      trains: {
        nl: "een tabel op grootte lezen; en welke motieven er zijn hangt af van de definitie (gezinsleden apart of bij de hoofdmigrant)",
        en: "reading a table by size; and which motives there are depends on the definition (family members apart or with the main migrant)",
      },
      shape: {
        nl: 'een motief zoals in de kolom `motive` van de tabel (een tekst zoals "study")',
        en: 'a motive key as in the table\'s `motive` column (a string such as "study")',
      },
      hint: {
        nl: "het motief met de meeste personen; de kolom `share` geeft dezelfde volgorde, de volgorde van de rijen niet",
        en: "the motive with the most persons; the `share` column gives the same order, the order of the rows does not",
      },
      answer: "answerLargest",
      uses: [],
      starter: [],
      solution: [
        "const motiveTotals = fig.table.objects() as { motive: string; persons: number }[];",
        "const answerLargest = motiveTotals.reduce((best, r) => (r.persons > best.persons ? r : best)).motive;",
      ],
      mistake: {
        code: [
          "const motiveTotals = fig.table.objects() as { motive: string; persons: number }[];",
          "const answerLargest = motiveTotals[0].motive;",
        ],
        why: {
          nl: "de eerste rij is het eerste motief van de vaste volgorde (werk), niet het grootste",
          en: "the first row is the first motive of the fixed order (work), not the largest",
        },
      },
      expected: (ctx) => argmax(rows(figOf(ctx, "fig4")), "motive", "persons"),
    },
    {
      key: "asylum-share",
      ...A_PERCENTAGE,
      title: { nl: "het aandeel asiel", en: "asylum's share" },
      question: {
        nl:
          "Welk percentage van alle niet-Nederlandse migranten over de periode kwam met asiel als motief? Eén decimaal. " +
          "Vergelijk het met hoe vaak asiel het publieke debat beheerst.",
        en:
          "What percentage of all non-Dutch migrants over the period came with asylum as their motive? One decimal. " +
          "Compare it with how often asylum dominates the public debate.",
      },
      trains: {
        nl: "een aandeel (fractie) omzetten in een percentage",
        en: "turning a share (a fraction) into a percentage",
      },
      hint: {
        nl: "personen met motief `asylum` gedeeld door de personen van alle motieven, maal 100 (de kolom `share` is een fractie, geen percentage)",
        en: "persons of motive `asylum` divided by the persons of all motives, times 100 (the `share` column is a fraction, not a percentage)",
      },
      answer: "answerAsylumShare",
      uses: [],
      starter: [],
      solution: [
        'const asylumRow = (fig.table.objects() as { motive: string; share: number }[]).find((r) => r.motive === "asylum");',
        "const answerAsylumShare = Math.round(1000 * asylumRow.share) / 10;",
      ],
      mistake: {
        code: [
          'const asylumRow = (fig.table.objects() as { motive: string; share: number }[]).find((r) => r.motive === "asylum");',
          "const answerAsylumShare = Math.round(1000 * asylumRow.share) / 1000;",
        ],
        why: { nl: "geeft de fractie, niet het percentage", en: "gives the fraction, not the percentage" },
      },
      expected: (ctx) => motiveShare(rows(figOf(ctx, "fig4")), "asylum"),
    },
  ],
};
