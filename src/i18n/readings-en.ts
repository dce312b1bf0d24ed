// English names, reasons and bases of the readings (src/claims/readings/registry.ts), and the
// texts of the robustness column. Same keys as readings-nl.ts (its type says so).
import type { ReadingMessages } from "./readings-nl";

export const readingsEn: ReadingMessages = {
  names: {
    "cbs-immigration": {
      name: "Immigration as CBS counts it",
      reason: "Immigratie_4 of 83474NED, the series figure 1 shows; corrections do not touch immigration.",
      basis: "annex figure 1; CBS 83474NED",
    },
    "with-corrections": {
      name: "Emigration including administrative corrections",
      reason: "The series CBS publishes as emigration and figure 1 shows (EmigratieInclusiefAdministratieveC_5).",
      basis: "CBS 83474NED definition",
    },
    "without-corrections": {
      name: "Emigration without administrative corrections",
      reason:
        "CBS adds the balance of persons removed from the register without notice; a reader counting reported departures only leaves it out.",
      basis: "CBS definition of administrative corrections (70707ned, 85848NED)",
    },
    "window-3": {
      name: "Last 3 years against the years since 2004",
      reason: "A shorter recent window: flattening shows sooner, and one dip weighs more.",
      basis: "annex bullet (no window stated)",
    },
    "window-4": {
      name: "Last 4 years against the years since 2004",
      reason: "The annex's own window for 'recent' ('De afgelopen 4 jaar', figure 5).",
      basis: "annex bullet, figure 5",
    },
    "window-5": {
      name: "Last 5 years against the years since 2004",
      reason: "A longer window that the pandemic dip of 2020 does not start.",
      basis: "annex bullet (no window stated)",
    },
    "last-year": {
      name: "Last year's change against the average since 2004",
      reason: "'Lijkt af te vlakken' read as the newest change only.",
      basis: "annex bullet (no window stated)",
    },
    "mean-abs-change": {
      name: "Mean absolute year-on-year change",
      reason: "'Fluctuates' as going up and down from one year to the next; a steady trend adds little.",
      basis: "annex bullet (no measure stated)",
    },
    cv: {
      name: "Coefficient of variation of the yearly numbers",
      reason: "The usual spread measure (standard deviation / mean); a trend inflates it too.",
      basis: "annex bullet (no measure stated)",
    },
    "sd-log-change": {
      name: "Standard deviation of yearly log changes",
      reason: "Volatility as economists measure it: the spread of growth rates.",
      basis: "annex bullet (no measure stated)",
    },
    "abs-change-over-level": {
      name: "Mean absolute yearly change over the mean level",
      reason: "Swings that stay defined for a series starting at 0 (temporary protection before 2022).",
      basis: "annex bullet (no measure stated)",
    },
    "all-requests": {
      name: "All requests: first, subsequent and nareizigers",
      reason: "The total the figure shows and its footnote describes.",
      basis: "annex footnote 7; CBS 80059NED",
    },
    "first-and-nareizigers": {
      name: "First requests and nareizigers, without subsequent requests",
      reason:
        "'Asielaanvragen' as first applications, as Eurostat counts them: a subsequent request comes from someone already counted; nareizigers stay in, as CBS counted them as first requests before 2013.",
      basis: "annex footnote 7; CBS 80059NED; Eurostat first-time applicant definition",
    },
    "above-p75": {
      name: "Each of the last 4 years above the 75th percentile",
      reason: "'High in historical perspective' as in the top quarter of all years since 1975.",
      basis: "annex bullet (no threshold stated)",
    },
    "above-median": {
      name: "Each of the last 4 years above the median",
      reason: "'High' as higher than in most years of the figure.",
      basis: "annex bullet (no threshold stated)",
    },
    "above-mean": {
      name: "Each of the last 4 years above the mean of all years",
      reason: "'High' as above the long-run average.",
      basis: "annex bullet (no threshold stated)",
    },
    "slightly-25": {
      name: "Higher by more than 0% and at most 25%",
      reason: "'Iets hoger' as higher by at most a quarter; more would be 'considerably'.",
      basis: "annex footnote 7 (no threshold stated)",
    },
    "slightly-10": {
      name: "Higher by more than 0% and at most 10%",
      reason: "'Iets' (slightly) read strictly: within a tenth.",
      basis: "annex footnote 7 (no threshold stated)",
    },
    "higher-at-all": {
      name: "Higher at all",
      reason: "The footnote's point is the direction, which the BRP registration rule explains; 'iets' as a hedge.",
      basis: "annex footnote 7",
    },
    "eu27-aggregate": {
      name: "Eurostat's EU27_2020 aggregate",
      reason: "The printed EU values (1.20, 1.96) are this aggregate's.",
      basis: "Eurostat migr_asyapp1mp / migr_asydcfsta, geo EU27_2020",
    },
    "eu-efta-mean": {
      name: "EU/EFTA: unweighted mean of the country rates",
      reason:
        "Footnote 2: 'EU' means EU/EFTA; Eurostat has no EU/EFTA aggregate, so the countries' own rates are averaged.",
      basis: "annex footnote 2",
    },
    "eu27-mean": {
      name: "EU27: unweighted mean of the member states' rates",
      reason: "'Gemiddeld in de EU' as the average country, not the average inhabitant.",
      basis: "annex figures 6 and 7 (countries shown)",
    },
    "mostly-majority": {
      name: "'Meestal' as in more than half of the years",
      reason: "The first sentence on its own: NL lower than the EU in most of the ten years.",
      basis: "annex bullet, figure 6",
    },
    "period-mean": {
      name: "The figure's bars: mean of the ten yearly rates",
      reason: "Figure 6 shows each country's mean of yearly rates; NL's bar below the EU's.",
      basis: "annex figure 6 title ('gemiddeld jaarlijks')",
    },
    "vintage-annex": {
      name: "The shipped annex vintage",
      reason: "The data shipped with the package (data/annex-2025), closest to what the annex consulted.",
      basis: "data/annex-2025/README.md",
    },
    "vintage-raw": {
      name: "Live downloads (data/raw)",
      reason: "The producers' newest values: CBS and Eurostat revise their series.",
      basis: "CBS and Eurostat revision policies",
    },
    "vintage-mirror": {
      name: "The mirror (MIGRATIE_MIRROR)",
      reason: "Another stored download of the same sources.",
      basis: "MIGRATIE_MIRROR",
    },
  },
  column: "robustness",
  holdsOf: (k: number, n: number) => `holds in ${k} of ${n} readings`,
  breaksUnder: "breaks under",
  needsData: (m: number) => (m === 1 ? "1 needs data" : `${m} need data`),
  annexMark: "annex",
  status: { holds: "holds", breaks: "breaks", "needs-data": "needs data" },
  heading: "Does the statement depend on choices?",
  figureTitle: (claim: string) => `Readings of ${claim}`,
  published: "published",
  threshold: "threshold",
  noReadings: "–",
  readingHeader: "reading",
  valueHeader: "value",
  reasonHeader: "reason",
  basisHeader: "basis",
  docs: "Every reading, its reason and the readings left out: docs/readings.md.",
  texts: {
    withoutCorrectionsSource:
      "emigration without administrative corrections (or the balance of administrative corrections per year, 1995-2024): " +
      "CBS 70707ned 'Immi- en emigratie; geslacht, geboorteland en plaats in gezin, 1995-2009' and CBS 85848NED " +
      "'Immi- en emigratie; nationaliteit, leeftijd en geslacht' (from 2010); 83474NED and 37296ned hold emigration " +
      "only including the corrections. Not in the package's source catalog, so no command fetches it",
    noAsylumYears: "figure 3 has no asylum values in figure 5's years",
    noValueIn: (year: number) => `no value for NL or the EU average in ${year}`,
    notBuilt: "not built",
    notComputable: (message: string) => `could not be computed: ${message}`,
  },
  units: {
    millions: "million",
    persons: "persons",
    per1000: "per 1,000 inhabitants",
    percent: "%",
    ratio: "ratio",
    years: "years",
  },
};
