// Dutch names, reasons and bases of the readings (src/claims/readings/registry.ts), and the texts
// of the robustness column (index.html, audit.md). readings-en.ts has the same keys.

export interface ReadingText {
  name: string;
  reason: string;
  /** Where the reason comes from: the annex's own text or footnote, a CBS or Eurostat definition. */
  basis: string;
}

export const readingsNl = {
  names: {
    "cbs-immigration": {
      name: "Immigratie zoals CBS die telt",
      reason: "Immigratie_4 van 83474NED, de reeks van figuur 1; correcties raken immigratie niet.",
      basis: "bijlage figuur 1; CBS 83474NED",
    },
    "with-corrections": {
      name: "Emigratie inclusief administratieve correcties",
      reason: "De reeks die CBS als emigratie publiceert en figuur 1 toont (EmigratieInclusiefAdministratieveC_5).",
      basis: "definitie CBS 83474NED",
    },
    "without-corrections": {
      name: "Emigratie zonder administratieve correcties",
      reason:
        "CBS telt het saldo van ambtshalve uitgeschreven personen mee; wie alleen gemelde vertrekken telt, laat het weg.",
      basis: "CBS-definitie administratieve correcties (70707ned, 85848NED)",
    },
    "window-3": {
      name: "Laatste 3 jaar tegen de jaren sinds 2004",
      reason: "Een korter recent venster: afvlakking is eerder te zien, één dip weegt zwaarder.",
      basis: "bijlage, opsomming (geen venster genoemd)",
    },
    "window-4": {
      name: "Laatste 4 jaar tegen de jaren sinds 2004",
      reason: "Het eigen venster van de bijlage voor 'recent' ('De afgelopen 4 jaar', figuur 5).",
      basis: "bijlage, opsomming figuur 5",
    },
    "window-5": {
      name: "Laatste 5 jaar tegen de jaren sinds 2004",
      reason: "Een langer venster dat niet bij de coronadip van 2020 begint.",
      basis: "bijlage, opsomming (geen venster genoemd)",
    },
    "last-year": {
      name: "Verandering van het laatste jaar tegen het gemiddelde sinds 2004",
      reason: "'Lijkt af te vlakken' gelezen als alleen de nieuwste verandering.",
      basis: "bijlage, opsomming (geen venster genoemd)",
    },
    "mean-abs-change": {
      name: "Gemiddelde absolute verandering van jaar op jaar",
      reason: "'Fluctueert' als op en neer gaan van jaar tot jaar; een gestage trend telt nauwelijks.",
      basis: "bijlage, opsomming (geen maat genoemd)",
    },
    cv: {
      name: "Variatiecoëfficiënt van de jaarcijfers",
      reason: "De gebruikelijke spreidingsmaat (standaardafwijking / gemiddelde); ook een trend vergroot hem.",
      basis: "bijlage, opsomming (geen maat genoemd)",
    },
    "sd-log-change": {
      name: "Standaardafwijking van de jaarlijkse logveranderingen",
      reason: "Volatiliteit zoals economen die meten: de spreiding van groeivoeten.",
      basis: "bijlage, opsomming (geen maat genoemd)",
    },
    "abs-change-over-level": {
      name: "Gemiddelde absolute jaarverandering gedeeld door het gemiddelde niveau",
      reason: "Schommelingen, ook gedefinieerd voor een reeks die bij 0 begint (tijdelijke bescherming voor 2022).",
      basis: "bijlage, opsomming (geen maat genoemd)",
    },
    "all-requests": {
      name: "Alle verzoeken: eerste, volgende en nareizigers",
      reason: "Het totaal dat de figuur toont en de voetnoot beschrijft.",
      basis: "bijlage voetnoot 7; CBS 80059NED",
    },
    "first-and-nareizigers": {
      name: "Eerste verzoeken en nareizigers, zonder volgende verzoeken",
      reason:
        "'Asielaanvragen' als eerste aanvragen, zoals Eurostat ze telt: een volgend verzoek komt van iemand die al geteld is; nareizigers blijven erin, want CBS telde ze voor 2013 als eerste verzoeken.",
      basis: "bijlage voetnoot 7; CBS 80059NED; Eurostat-definitie eerste aanvrager",
    },
    "above-p75": {
      name: "Elk van de laatste 4 jaar boven het 75e percentiel",
      reason: "'Hoog in historisch perspectief' als in het hoogste kwart van alle jaren sinds 1975.",
      basis: "bijlage, opsomming (geen drempel genoemd)",
    },
    "above-median": {
      name: "Elk van de laatste 4 jaar boven de mediaan",
      reason: "'Hoog' als hoger dan in de meeste jaren van de figuur.",
      basis: "bijlage, opsomming (geen drempel genoemd)",
    },
    "above-mean": {
      name: "Elk van de laatste 4 jaar boven het gemiddelde van alle jaren",
      reason: "'Hoog' als boven het langjarig gemiddelde.",
      basis: "bijlage, opsomming (geen drempel genoemd)",
    },
    "slightly-25": {
      name: "Meer dan 0% en hooguit 25% hoger",
      reason: "'Iets hoger' als hooguit een kwart hoger; meer is 'aanzienlijk'.",
      basis: "bijlage voetnoot 7 (geen drempel genoemd)",
    },
    "slightly-10": {
      name: "Meer dan 0% en hooguit 10% hoger",
      reason: "'Iets' streng gelezen: binnen een tiende.",
      basis: "bijlage voetnoot 7 (geen drempel genoemd)",
    },
    "higher-at-all": {
      name: "Hoger, hoeveel ook",
      reason:
        "Waar het de voetnoot om gaat is de richting, die de BRP-inschrijfregel verklaart; 'iets' als voorbehoud.",
      basis: "bijlage voetnoot 7",
    },
    "eu27-aggregate": {
      name: "Het EU27_2020-aggregaat van Eurostat",
      reason: "De gedrukte EU-waarden (1,20, 1,96) zijn die van dit aggregaat.",
      basis: "Eurostat migr_asyapp1mp / migr_asydcfsta, geo EU27_2020",
    },
    "eu-efta-mean": {
      name: "EU/EFTA: ongewogen gemiddelde van de landencijfers",
      reason:
        "Voetnoot 2: 'EU' betekent EU/EFTA; Eurostat heeft geen EU/EFTA-aggregaat, dus worden de landencijfers gemiddeld.",
      basis: "bijlage voetnoot 2",
    },
    "eu27-mean": {
      name: "EU27: ongewogen gemiddelde van de lidstaten",
      reason: "'Gemiddeld in de EU' als het gemiddelde land, niet de gemiddelde inwoner.",
      basis: "bijlage figuren 6 en 7 (getoonde landen)",
    },
    "mostly-majority": {
      name: "'Meestal' als in meer dan de helft van de jaren",
      reason: "De eerste zin op zichzelf: NL lager dan de EU in de meeste van de tien jaren.",
      basis: "bijlage, opsomming figuur 6",
    },
    "period-mean": {
      name: "De staven van de figuur: gemiddelde van de tien jaarcijfers",
      reason: "Figuur 6 toont per land het gemiddelde van de jaarcijfers; de staaf van NL lager dan die van de EU.",
      basis: "titel figuur 6 ('gemiddeld jaarlijks')",
    },
    "vintage-annex": {
      name: "De meegeleverde annex-vintage",
      reason: "De data die met het pakket meekomt (data/annex-2025), het dichtst bij wat de bijlage raadpleegde.",
      basis: "data/annex-2025/README.md",
    },
    "vintage-raw": {
      name: "Live downloads (data/raw)",
      reason: "De nieuwste waarden van de producenten: CBS en Eurostat herzien hun reeksen.",
      basis: "herzieningsbeleid CBS en Eurostat",
    },
    "vintage-mirror": {
      name: "De mirror (MIGRATIE_MIRROR)",
      reason: "Een andere opgeslagen download van dezelfde bronnen.",
      basis: "MIGRATIE_MIRROR",
    },
  } as Record<string, ReadingText>,
  column: "robuustheid",
  holdsOf: (k: number, n: number) => `houdt in ${k} van ${n} lezingen`,
  breaksUnder: "breekt onder",
  needsData: (m: number) => (m === 1 ? "1 heeft data nodig" : `${m} hebben data nodig`),
  annexMark: "bijlage",
  status: { holds: "houdt", breaks: "breekt", "needs-data": "data nodig" } as Record<
    "holds" | "breaks" | "needs-data",
    string
  >,
  heading: "Hangt de uitspraak af van keuzes?",
  figureTitle: (claim: string) => `Lezingen van ${claim}`,
  published: "gepubliceerd",
  threshold: "drempel",
  noReadings: "–",
  readingHeader: "lezing",
  valueHeader: "waarde",
  reasonHeader: "reden",
  basisHeader: "grond",
  docs: "Alle lezingen, hun redenen en de weggelaten lezingen: docs/readings.md.",
  /** What a reading found or lacks, where that is words rather than years or numbers. */
  texts: {
    withoutCorrectionsSource:
      "emigratie zonder administratieve correcties (of het saldo van de administratieve correcties per jaar, 1995-2024): " +
      "CBS 70707ned 'Immi- en emigratie; geslacht, geboorteland en plaats in gezin, 1995-2009' en CBS 85848NED " +
      "'Immi- en emigratie; nationaliteit, leeftijd en geslacht' (vanaf 2010); 83474NED en 37296ned hebben emigratie " +
      "alleen inclusief de correcties. Niet in de broncatalogus van het pakket, dus geen commando haalt het op",
    noAsylumYears: "figuur 3 heeft geen asielwaarden in de jaren van figuur 5",
    noValueIn: (year: number) => `geen waarde voor NL of het EU-gemiddelde in ${year}`,
    notBuilt: "niet gemaakt",
    notComputable: (message: string) => `niet te berekenen: ${message}`,
  },
  units: {
    millions: "miljoen",
    persons: "personen",
    per1000: "per 1.000 inwoners",
    percent: "%",
    ratio: "verhouding",
    years: "jaar",
  } as Record<"millions" | "persons" | "per1000" | "percent" | "ratio" | "years", string>,
};

export type ReadingMessages = typeof readingsNl;
