// The registry of the annex "Bijlage: Migratie in cijfers" (figures 1 to 7): per figure its
// number, id, published title and period, the countries figures 6 and 7 show, the dates on which
// the annex consulted its sources; and every statement of the annex (all bullets, the figure
// titles and the footnotes, as printed, OCR glitches of the text file corrected), each with the
// claims that check it or the reason the data cannot check it. Figure modules, claims and the
// reports read these facts here; nothing else restates them. A claim's statement is the text of
// the statements that name it (claimStatement), never a copy.
// test/catalog/annex.test.ts proves against the publication's text that no bullet and
// no number of the annex is left out, that the registry's titles are the printed ones, and that
// every claim named here exists and every claim is named.

import type { Lang } from "../i18n/index";

export const FIGURE_IDS = ["fig1", "fig2", "fig3", "fig4", "fig5", "fig6", "fig7"] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export const isFigureId = (x: string): x is FigureId => (FIGURE_IDS as readonly string[]).includes(x);

/** The EU member states (Eurostat geo codes, EU27_2020). */
export const EU27_GEOS = [
  "BE",
  "BG",
  "CZ",
  "DK",
  "DE",
  "EE",
  "IE",
  "EL",
  "ES",
  "FR",
  "HR",
  "IT",
  "CY",
  "LV",
  "LT",
  "LU",
  "HU",
  "MT",
  "NL",
  "AT",
  "PL",
  "PT",
  "RO",
  "SI",
  "SK",
  "FI",
  "SE",
] as const;
/** The EFTA countries, which footnote 2 counts in the annex's "EU": Noorwegen, Zwitserland, Liechtenstein, IJsland. */
export const EFTA_GEOS = ["IS", "LI", "NO", "CH"] as const;
/** Eurostat's aggregate of the 27 member states: the annex's "gemiddeld in de EU" (EFTA not in it). */
export const EU_AGGREGATE = "EU27_2020";

interface CountrySet {
  /** What the annex calls "EU": footnote 2, "alle lidstaten van de EU inclusief de EFTA-landen". */
  geos: readonly string[];
  /** Countries the figure leaves out, with the annex's reason. */
  excluded: readonly string[];
  excludedBecause?: string;
  /** The line of the average: Eurostat's aggregate. */
  average: typeof EU_AGGREGATE;
}

export interface AnnexFigure {
  number: number;
  id: FigureId;
  /** The title as printed, with its period: the reference (Dutch). */
  title: string;
  /** Its English rendering, "Figure N: ...", for English output. */
  titleEn: string;
  /** The period of the title. */
  period: { from: number; to: number };
  /** Figures 6 and 7: the countries shown. */
  countries?: CountrySet;
  /** YYYY-MM-DD on which the annex consulted the figure's source(s), where it says so. */
  consulted?: string[];
}

const EU_EFTA = [...EU27_GEOS, ...EFTA_GEOS];

export const ANNEX_FIGURES: Record<FigureId, AnnexFigure> = {
  fig1: {
    number: 1,
    id: "fig1",
    title: "Figuur 1: Immigratie en emigratie, 1995-2024",
    titleEn: "Figure 1: Immigration and emigration, 1995-2024",
    period: { from: 1995, to: 2024 },
  },
  fig2: {
    number: 2,
    id: "fig2",
    title: "Figuur 2: Migratie van EU-burgers naar Nederland (exclusief Nederlanders) naar verblijfsdoel, 1999-2023",
    titleEn:
      "Figure 2: Migration of EU citizens to the Netherlands (excluding Dutch nationals) by purpose of stay, 1999-2023",
    period: { from: 1999, to: 2023 },
    consulted: ["2025-06-27"],
  },
  fig3: {
    number: 3,
    id: "fig3",
    title: "Figuur 3: Migratie van niet-EU-burgers naar Nederland, 1999-2024",
    titleEn: "Figure 3: Migration of non-EU citizens to the Netherlands, 1999-2024",
    period: { from: 1999, to: 2024 },
  },
  fig4: {
    number: 4,
    id: "fig4",
    title: "Figuur 4: Migratiemotieven niet-Nederlanders 1999-2023",
    titleEn: "Figure 4: Migration motives of non-Dutch nationals 1999-2023",
    period: { from: 1999, to: 2023 },
  },
  fig5: {
    number: 5,
    id: "fig5",
    title: "Figuur 5: Asielverzoeken en nareizigers, 1975-2024",
    titleEn: "Figure 5: Asylum requests and joining family members, 1975-2024",
    period: { from: 1975, to: 2024 },
  },
  fig6: {
    number: 6,
    id: "fig6",
    title: "Figuur 6: Gemiddeld jaarlijks aantal eerste asielaanvragen per 1.000 inwoners in de EU, 2015-2024",
    titleEn:
      "Figure 6: Average yearly number of first-time asylum applications per 1,000 inhabitants in the EU, 2015-2024",
    period: { from: 2015, to: 2024 },
    countries: { geos: EU_EFTA, excluded: [], average: EU_AGGREGATE },
    consulted: ["2025-06-26"],
  },
  fig7: {
    number: 7,
    id: "fig7",
    title: "Figuur 7: Gemiddeld jaarlijks aandeel positieve asielbeslissingen (%) in eerste aanleg in de EU, 2015-2024",
    titleEn: "Figure 7: Average yearly share of positive asylum decisions (%) at first instance in the EU, 2015-2024",
    period: { from: 2015, to: 2024 },
    countries: {
      geos: EU_EFTA,
      excluded: ["HU", "LI"],
      excludedBecause: "vanwege het geringe aantal beslissingen in sommige jaren",
      average: EU_AGGREGATE,
    },
    consulted: ["2025-06-26"],
  },
};

const PERIOD_AT_END = /(,?\s)(\d{4})-(\d{4})$/;

/** The published title (Dutch), or its English rendering. */
const titleIn = (id: FigureId, lang: Lang) => (lang === "en" ? ANNEX_FIGURES[id].titleEn : ANNEX_FIGURES[id].title);

/** The published title without "Figuur N: " and without its period, e.g. "Immigratie en emigratie". */
export function figureName(id: FigureId, lang: Lang = "nl"): string {
  return titleIn(id, lang)
    .replace(/^(Figuur|Figure) \d+: /, "")
    .replace(PERIOD_AT_END, "");
}

/** The published title without "Figuur N: ", with the given period written as the annex writes it. */
export function figureTitle(id: FigureId, from: number, to: number, lang: Lang = "nl"): string {
  const sep = PERIOD_AT_END.exec(titleIn(id, lang))?.[1] ?? ", ";
  return `${figureName(id, lang)}${sep}${from}-${to}`;
}

/** The countries a cross-section figure (6, 7) shows: the annex's EU/EFTA set without its exclusions. */
export function shownGeos(id: FigureId): string[] {
  const c = ANNEX_FIGURES[id].countries;
  if (!c) throw new Error(`${id} is not a figure by country`);
  return c.geos.filter((g) => !c.excluded.includes(g));
}

export interface AnnexStatement {
  figure: FigureId;
  /** Where the annex makes it. */
  where: "bullet" | "title" | "footnote";
  /** Footnote number, for footnotes. */
  footnote?: number;
  /** The text as printed (Dutch). A contiguous excerpt of the annex. */
  text: string;
  /** A faithful English rendering, shown beside the Dutch text in English output (never instead of it). */
  en: string;
  /** Ids of the claims (src/claims/*) that check the statement; empty only with notComputed. */
  claims: string[];
  /** Why the raw data cannot check it (a definition, a method choice, a registration rule), in both languages. */
  notComputed?: Record<Lang, string>;
}

/** A definition of what a figure counts, with what it is in this figure. */
const definition = (nl: string, en: string): Record<Lang, string> => ({
  nl: `een definitie van wat de figuur telt: uitgevoerd door de figuurmodule en haar verzoek in de catalogus, geen waarde om te reproduceren (${nl})`,
  en: `a definition of what the figure counts: implemented by the figure module and its catalog request, not a value to reproduce (${en})`,
});
const BRP_RULE: Record<Lang, string> = {
  nl: "over de inschrijvingsregels van de BRP (wie zich mag of moet inschrijven): de migratiedata kunnen niet tonen wat ze niet registreren",
  en: "about the registration rules of the BRP (who may or does register): the migration data cannot show what it does not register",
};

export const ANNEX_STATEMENTS: AnnexStatement[] = [
  // ---------------------------------------------------------------- figure 1
  {
    figure: "fig1",
    where: "bullet",
    text: "Over de periode 1995-2024 vestigden zich 5,3 miljoen mensen in Nederland.",
    en: "Over the period 1995-2024, 5.3 million people settled in the Netherlands.",
    claims: ["fig1-immigration-1995-2024"],
  },
  {
    figure: "fig1",
    where: "bullet",
    text: "In diezelfde periode vertrokken er 3,8 miljoen mensen.",
    en: "In the same period, 3.8 million people left.",
    claims: ["fig1-emigration-1995-2024"],
  },
  {
    figure: "fig1",
    where: "bullet",
    text: "Nederland kent sinds ongeveer 2008 een positief migratiesaldo.",
    en: "Since about 2008 the Netherlands has had positive net migration.",
    claims: ["fig1-net-positive-since-2008"],
  },
  {
    figure: "fig1",
    where: "bullet",
    text: "In 2022 was er een uitzonderlijke piek in het migratiesaldo.",
    en: "In 2022 there was an exceptional peak in net migration.",
    claims: ["fig1-peak-2022"],
  },
  {
    figure: "fig1",
    where: "bullet",
    text: "Dat kwam vooral door de komst van ruim 100.000 Oekraïense ontheemden.",
    en: "This was mainly due to the arrival of over 100,000 displaced Ukrainians.",
    claims: ["fig1-ukrainians-2022"],
  },
  {
    figure: "fig1",
    where: "title",
    text: ANNEX_FIGURES.fig1.title,
    en: ANNEX_FIGURES.fig1.titleEn,
    claims: ["fig1-period"],
  },
  {
    figure: "fig1",
    where: "footnote",
    footnote: 1,
    text: "De cijfers zijn inclusief migratie van personen met de Nederlandse nationaliteit.",
    en: "The figures include migration of persons with Dutch nationality.",
    claims: [],
    notComputed: definition(
      "CBS 83474NED telt alle immigranten en emigranten, Nederlanders inbegrepen",
      "CBS 83474NED counts all immigrants and emigrants, Dutch nationals included",
    ),
  },

  // ---------------------------------------------------------------- figure 2
  {
    figure: "fig2",
    where: "bullet",
    text: "Sinds de uitbreiding van de EU in 2004 en 2007 is de migratie van EU-burgers naar Nederland geleidelijk sterk gestegen.",
    en: "Since the enlargement of the EU in 2004 and 2007, migration of EU citizens to the Netherlands has gradually risen sharply.",
    claims: ["fig2-rise-since-enlargement"],
  },
  {
    figure: "fig2",
    where: "bullet",
    text: "Los van een 'dip' door de coronapandemie, zien we een vrijwel continue, opgaande lijn voor alle vormen van migratie vanuit de EU naar Nederland.",
    en: "Apart from a 'dip' due to the coronavirus pandemic, we see an almost continuous upward line for all forms of migration from the EU to the Netherlands.",
    claims: ["fig2-dip-2020"],
  },
  {
    figure: "fig2",
    where: "bullet",
    text: "Wel lijkt de stijging af te vlakken.",
    en: "The rise does seem to be levelling off.",
    claims: ["fig2-rise-flattens"],
  },
  {
    figure: "fig2",
    where: "footnote",
    footnote: 2,
    text: "Met EU bedoelen we alle lidstaten van de EU inclusief de EFTA-landen (Noorwegen, Zwitserland, Liechtenstein en IJsland). Voor de leesbaarheid schrijven we steeds EU in plaats van EU/EFTA.",
    en: "By EU we mean all member states of the EU including the EFTA countries (Norway, Switzerland, Liechtenstein and Iceland). For readability we always write EU instead of EU/EFTA.",
    claims: [],
    notComputed: definition("CBS 84808NED is de EU/EFTA-tabel", "CBS 84808NED is the EU/EFTA table"),
  },
  {
    figure: "fig2",
    where: "title",
    text: ANNEX_FIGURES.fig2.title,
    en: ANNEX_FIGURES.fig2.titleEn,
    claims: ["fig2-period"],
  },
  {
    figure: "fig2",
    where: "footnote",
    footnote: 3,
    text:
      "Figuur 2 heeft betrekking op de periode 1999-2023 omdat er vóór 1999 geen cijfers over nationaliteit beschikbaar zijn, " +
      "en de data voor de EU-nationaliteiten over het jaar 2024 bij het schrijven van dit stuk nog niet beschikbaar waren.",
    en: "Figure 2 covers the period 1999-2023 because no figures on nationality are available before 1999, and the data for the EU nationalities for the year 2024 were not yet available when this piece was written.",
    claims: ["fig2-period", "fig2-2024-not-available"],
  },
  {
    figure: "fig2",
    where: "footnote",
    footnote: 4,
    text: "Cijfers over 2024 zijn nog niet beschikbaar.",
    en: "Figures for 2024 are not yet available.",
    claims: ["fig2-2024-not-available"],
  },
  {
    figure: "fig2",
    where: "footnote",
    footnote: 4,
    text: "Statline geraadpleegd op 27 juni 2025.",
    en: "Statline consulted on 27 June 2025.",
    claims: ["fig2-consulted-2025-06-27"],
  },

  // ---------------------------------------------------------------- figure 3
  {
    figure: "fig3",
    where: "bullet",
    text:
      "De komst van migranten van buiten de EU fluctueert sterker dan die van EU-migranten en dan met name die van " +
      "asielmigranten en van migranten die vallen onder de tijdelijke beschermingsrichtlijn (Oekraïense ontheemden).",
    en: "The arrival of migrants from outside the EU fluctuates more strongly than that of EU migrants, in particular that of asylum migrants and of migrants covered by the Temporary Protection Directive (displaced Ukrainians).",
    claims: ["fig3-fluctuates-more-than-eu", "fig3-asylum-temporary-protection-most"],
  },
  {
    figure: "fig3",
    where: "title",
    text: ANNEX_FIGURES.fig3.title,
    en: ANNEX_FIGURES.fig3.titleEn,
    claims: ["fig3-period"],
  },

  // ---------------------------------------------------------------- figure 4
  {
    figure: "fig4",
    where: "bullet",
    text:
      "In de periode 1999-2023 kwam 33% van de (niet-Nederlandse) migranten voor werk, 17% voor studie, 13% voor asiel " +
      "en 4% voor tijdelijke bescherming (Oekraïense ontheemden) naar Nederland.",
    en: "In the period 1999-2023, 33% of (non-Dutch) migrants came to the Netherlands for work, 17% for study, 13% for asylum and 4% for temporary protection (displaced Ukrainians).",
    claims: [
      "fig4-work-with-family-33pct",
      "fig4-study-with-family-17pct",
      "fig4-asylum-with-family-13pct",
      "fig4-temporary-protection-4pct",
    ],
  },
  {
    figure: "fig4",
    where: "bullet",
    text: "Dit is inclusief meegekomen of later overgekomen gezinsleden.",
    en: "This includes family members who came along or joined later.",
    claims: ["fig4-work-with-family-33pct", "fig4-study-with-family-17pct", "fig4-asylum-with-family-13pct"],
  },
  {
    figure: "fig4",
    where: "bullet",
    text:
      "Studie- en arbeidsmigranten blijven over het algemeen korter in Nederland dan asiel- en gezinsmigranten. Daarom is " +
      "het aandeel asiel- (21%) en gezinsmigranten (25%) hoger bij de nog steeds in Nederland woonachtige bevolking dan als " +
      "je kijkt naar het aantal binnenkomsten.",
    en: "Study and labour migrants generally stay in the Netherlands for a shorter time than asylum and family migrants. That is why the share of asylum (21%) and family migrants (25%) is higher among the population still living in the Netherlands than when you look at the number of arrivals.",
    claims: [
      "fig4-still-resident-asylum-21pct",
      "fig4-still-resident-family-25pct",
      "fig4-residents-more-asylum-and-family",
    ],
  },
  {
    figure: "fig4",
    where: "bullet",
    text:
      "De omvang van asielmigratie en vooral van arbeidsmigratie van EU-burgers wordt enigszins onderschat omdat de " +
      "migratiecijfers gebaseerd zijn op inschrijvingen in de gemeentelijke basisregistratie personengegevens (BRP). Die " +
      "zijn met name voor deze twee groepen echter niet volledig.",
    en: "The size of asylum migration and especially of labour migration of EU citizens is somewhat underestimated because the migration figures are based on registrations in the municipal personal records database (BRP). For these two groups in particular, however, those registrations are incomplete.",
    claims: [],
    notComputed: BRP_RULE,
  },
  {
    figure: "fig4",
    where: "title",
    text: ANNEX_FIGURES.fig4.title,
    en: ANNEX_FIGURES.fig4.titleEn,
    claims: ["fig4-period"],
  },
  {
    figure: "fig4",
    where: "footnote",
    footnote: 5,
    text: "We hebben voor figuur 4 dezelfde statline tabellen gebruikt als voor de figuren 2 en 3.",
    en: "For figure 4 we used the same Statline tables as for figures 2 and 3.",
    claims: [],
    notComputed: definition(
      "figuren 2, 3 en 4 lezen CBS 84808NED en 84809NED",
      "figures 2, 3 and 4 read CBS 84808NED and 84809NED",
    ),
  },
  {
    figure: "fig4",
    where: "footnote",
    footnote: 5,
    text:
      "Cijfers over 2024 zijn beschikbaar voor migratie van niet-EU burgers, maar nog niet voor EU-burgers. Daarom is " +
      "2024 voor de uniformiteit niet meegenomen in deze figuur.",
    en: "Figures for 2024 are available for migration of non-EU citizens, but not yet for EU citizens. For uniformity, 2024 has therefore not been included in this figure.",
    claims: ["fig4-2024-non-eu-only", "fig4-period"],
  },
  {
    figure: "fig4",
    where: "footnote",
    footnote: 5,
    text:
      "Pas sinds 2013 wordt binnen de hoofdcategorie 'asiel' onderscheid gemaakt tussen 'nareis' en 'asiel exclusief " +
      "nareis'. Dus feitelijk was het aandeel 'nareis' iets hoger en het aandeel 'asiel exclusief nareis' iets lager.",
    en: "Only since 2013 has the main category 'asylum' distinguished between 'nareis' (family reunification of refugees) and 'asylum excluding nareis'. So in fact the share of 'nareis' was somewhat higher and the share of 'asylum excluding nareis' somewhat lower.",
    claims: [],
    notComputed: {
      nl:
        "een kanttekening bij de indeling van CBS (de subcategorie nareis bestaat pas vanaf 2013, dus het gepubliceerde " +
        "aandeel nareis is een ondergrens): ze geeft de richting van een vertekening, geen waarde om te reproduceren",
      en:
        "a caveat about CBS's classification (the nareis sub-category exists only from 2013, so the published nareis share " +
        "is a lower bound): it gives the direction of a bias, not a value to reproduce",
    },
  },
  {
    figure: "fig4",
    where: "footnote",
    footnote: 5,
    text:
      "Bij migratie van Nederlanders wordt geen motief vastgelegd. Die zijn daarom buiten beschouwing gelaten. Gezinsleden " +
      "die zijn meegekomen of die zich later hebben gevoegd bij migranten die voor asiel, studie en werk naar Nederland zijn " +
      "gekomen zijn apart weergegeven in deze figuur. Bij asiel is de gezinsmigratie die valt onder de speciale " +
      "nareisregeling apart weergegeven van de reguliere gezinsmigratie.",
    en: "No motive is recorded for migration of Dutch nationals. They have therefore been left out. Family members who came along with or later joined migrants who came to the Netherlands for asylum, study and work are shown separately in this figure. For asylum, family migration under the special nareis scheme (family reunification of refugees) is shown separately from regular family migration.",
    claims: [],
    notComputed: definition("de toerekening aan gezin in figuur 4", "the family attribution of figure 4"),
  },
  {
    figure: "fig4",
    where: "footnote",
    footnote: 6,
    text:
      "Dit komt omdat asielzoekers wier verzoek binnen zes maanden wordt afgewezen, zich niet mogen inschrijven in de BRP. " +
      "En een onbekend deel van de (tijdelijke) arbeidsmigranten uit de EU schrijft zich niet in bij een Nederlandse gemeente.",
    en: "This is because asylum seekers whose application is rejected within six months may not register in the BRP. And an unknown share of the (temporary) labour migrants from the EU does not register with a Dutch municipality.",
    claims: [],
    notComputed: BRP_RULE,
  },

  // ---------------------------------------------------------------- figure 5
  {
    figure: "fig5",
    where: "bullet",
    text: "Het jaarlijks aantal asielaanvragen schommelt sterk.",
    en: "The yearly number of asylum applications fluctuates strongly.",
    claims: ["fig5-fluctuates"],
  },
  {
    figure: "fig5",
    where: "bullet",
    text:
      "Er zijn meerdere pieken te zien: in de jaren '90 van de vorige eeuw ten tijde van de oorlog in voormalig " +
      "Joegoslavië, en een grote piek in de jaren 2015/2016.",
    en: "Several peaks can be seen: in the 1990s, at the time of the war in the former Yugoslavia, and a large peak in the years 2015/2016.",
    claims: ["fig5-peaks-1990s-2015"],
  },
  {
    figure: "fig5",
    where: "bullet",
    text: "De afgelopen 4 jaar was het aantal asielaanvragen ook hoog in historisch perspectief.",
    en: "In the past 4 years the number of asylum applications was also high in historical perspective.",
    claims: ["fig5-last-4-years-high"],
  },
  {
    figure: "fig5",
    where: "title",
    text: ANNEX_FIGURES.fig5.title,
    en: ANNEX_FIGURES.fig5.titleEn,
    claims: ["fig5-period"],
  },
  {
    figure: "fig5",
    where: "footnote",
    footnote: 7,
    text:
      "De grafiek laat per jaar zien hoeveel personen een eerste of volgende asielaanvraag hebben ingediend of zijn " +
      "nagereisd, zowel de totalen als de afzonderlijke categorieën.",
    en: "The graph shows per year how many persons submitted a first or subsequent asylum application or joined family as nareizigers (family reunification of refugees), both the totals and the separate categories.",
    claims: [],
    notComputed: definition("de getoonde reeks van CBS 80059NED", "the series of CBS 80059NED shown"),
  },
  {
    figure: "fig5",
    where: "footnote",
    footnote: 7,
    text: "Sinds 2007 kunnen de cijfers worden uitgesplitst naar eerste en vervolgaanvragen.",
    en: "Since 2007 the figures can be broken down into first and subsequent applications.",
    claims: ["fig5-subsequent-since-2007"],
  },
  {
    figure: "fig5",
    where: "footnote",
    footnote: 7,
    text: "Sinds 2013 worden nareizigers apart gerapporteerd, terwijl die voorheen als eerste aanvragen werden geteld.",
    en: "Since 2013 nareizigers (joining family members of refugees) have been reported separately, whereas before they were counted as first applications.",
    claims: ["fig5-nareizigers-since-2013"],
  },
  {
    figure: "fig5",
    where: "footnote",
    footnote: 7,
    text: "Deze grafiek gaat over een langere periode dan de voorgaande grafieken omdat we zo de fluctuatie beter kunnen laten zien.",
    en: "This graph covers a longer period than the preceding graphs because that lets us show the fluctuation better.",
    claims: ["fig5-longer-period"],
  },
  {
    figure: "fig5",
    where: "footnote",
    footnote: 7,
    text:
      "Het aantal asielaanvragen is iets hoger dan het aantal asielmigranten in figuur 3, omdat in de migratiecijfers " +
      "inschrijvingen in de basisregistratie personen (BRP) bij een gemeente worden geteld.",
    en: "The number of asylum applications is somewhat higher than the number of asylum migrants in figure 3, because the migration figures count registrations with a municipality in the personal records database (BRP).",
    claims: ["fig5-requests-above-fig3-asylum"],
  },
  {
    figure: "fig5",
    where: "footnote",
    footnote: 7,
    text:
      "Inschrijving vindt plaats na inwilliging van een asielverzoek of nadat een asielzoeker 6 maanden in procedure zit " +
      "(er zit dus ook enige vertraging in de asielmigratiecijfers). Dus personen wier asielverzoek binnen 6 maanden wordt " +
      "afgewezen worden niet meegeteld in de migratiecijfers.",
    en: "Registration takes place after an asylum application is granted or after an asylum seeker has been in the procedure for 6 months (so there is also some delay in the asylum migration figures). So persons whose asylum application is rejected within 6 months are not counted in the migration figures.",
    claims: [],
    notComputed: BRP_RULE,
  },

  // ---------------------------------------------------------------- figures 6 and 7
  {
    figure: "fig6",
    where: "bullet",
    text: "In de laatste tien jaar was het aantal asielaanvragen dat per 1.000 inwoners werd ingediend in Nederland meestal lager dan gemiddeld in de EU.",
    en: "In the last ten years the number of asylum applications submitted per 1,000 inhabitants in the Netherlands was mostly lower than the EU average.",
    claims: ["fig6-nl-mostly-lower"],
  },
  {
    figure: "fig6",
    where: "bullet",
    text:
      "Alleen in 2021 en 2022 was het aantal aanvragen per 1000 inwoners in Nederland hoger dan gemiddeld in de EU " +
      "(1,42 vs. 1,20, respectievelijk 2,02 vs. 1,96).",
    en: "Only in 2021 and 2022 was the number of applications per 1000 inhabitants in the Netherlands higher than the EU average (1.42 vs. 1.20, and 2.02 vs. 1.96 respectively).",
    claims: ["fig6-nl-vs-eu-2021", "fig6-nl-vs-eu-2022", "fig6-nl-mostly-lower"],
  },
  {
    figure: "fig7",
    where: "bullet",
    text:
      "Over de periode 2015-2024 lag het inwilligingspercentage in Nederland meestal hoger dan gemiddeld in de EU. " +
      "Alleen in de jaren 2018 en 2019 lag dat percentage onder het EU-gemiddelde.",
    en: "Over the period 2015-2024 the recognition rate in the Netherlands was mostly higher than the EU average. Only in the years 2018 and 2019 was that rate below the EU average.",
    claims: ["fig7-nl-above-eu-except-2018-2019"],
  },
  {
    figure: "fig7",
    where: "bullet",
    text:
      "Inwilligingspercentages zijn echter maar beperkt onderling vergelijkbaar tussen landen vanwege verschillen in de " +
      "samenstelling van de asielmigratie.",
    en: "Recognition rates are, however, only comparable between countries to a limited extent because of differences in the composition of asylum migration.",
    claims: [],
    notComputed: {
      nl: "een kanttekening bij het vergelijken van landen (de nationaliteiten van aanvragers verschillen), geen waarde in de data",
      en: "a caveat about comparing countries (the nationalities of applicants differ), not a value in the data",
    },
  },
  {
    figure: "fig6",
    where: "footnote",
    footnote: 8,
    text: "Eurostat Database First-time asylum applicants - per thousand persons, geraadpleegd op 26 juni 2025.",
    en: "Eurostat Database First-time asylum applicants - per thousand persons, consulted on 26 June 2025.",
    claims: ["fig6-consulted-2025-06-26"],
  },
  {
    figure: "fig7",
    where: "footnote",
    footnote: 9,
    text:
      "Eurostat Database [migr asydeclpc] Asylum decisions at first instance by type of decision - % of total decisions " +
      "at first instance, geraadpleegd op 26 juni 2025.",
    en: "Eurostat Database [migr asydeclpc] Asylum decisions at first instance by type of decision - % of total decisions at first instance, consulted on 26 June 2025.",
    claims: ["fig7-consulted-2025-06-26"],
  },
  {
    figure: "fig6",
    where: "title",
    text: ANNEX_FIGURES.fig6.title,
    en: ANNEX_FIGURES.fig6.titleEn,
    claims: ["fig6-period"],
  },
  {
    figure: "fig7",
    where: "title",
    text: ANNEX_FIGURES.fig7.title,
    en: ANNEX_FIGURES.fig7.titleEn,
    claims: ["fig7-period"],
  },
  {
    figure: "fig7",
    where: "footnote",
    footnote: 10,
    text:
      "Afwijzingen op grond van dat een andere lidstaat verantwoordelijk is voor de afhandeling van de asielaanvraag " +
      "('Dublinzaken') zijn niet meegeteld voor de berekening van de percentages.",
    en: "Rejections on the grounds that another member state is responsible for handling the asylum application ('Dublin cases') have not been counted in calculating the percentages.",
    claims: [],
    notComputed: definition(
      "de module van fig7 laat Dublin-afwijzingen weg waar de data ze aanwijzen",
      "the fig7 module leaves Dublin rejections out where the data identifies them",
    ),
  },
  {
    figure: "fig7",
    where: "footnote",
    footnote: 10,
    text: "Hongarije en Liechtenstein ontbreken vanwege het geringe aantal beslissingen in sommige jaren.",
    en: "Hungary and Liechtenstein are missing because of the small number of decisions in some years.",
    claims: ["fig7-without-hu-li"],
  },
];

/**
 * The statement a claim checks: the texts of the registry's statements that name the claim, in the
 * annex's order; undefined when none names it (the completeness test forbids that for CLAIMS).
 */
export function claimStatement(claimId: string): string | undefined {
  const texts = ANNEX_STATEMENTS.filter((s) => s.claims.includes(claimId)).map((s) => s.text);
  return texts.length ? [...new Set(texts)].join(" ") : undefined;
}

/** The English rendering of claimStatement, for English output beside the Dutch quote. */
export function claimStatementEn(claimId: string): string | undefined {
  const texts = ANNEX_STATEMENTS.filter((s) => s.claims.includes(claimId)).map((s) => s.en);
  return texts.length ? [...new Set(texts)].join(" ") : undefined;
}
