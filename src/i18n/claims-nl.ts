// The claims' texts in Dutch: how a typed value reads (claims/value.ts formats the numbers and
// calls these with the formatted parts), the annex's qualitative readings, and each claim's rule,
// tolerance, details and needs-data reasons. claims-en.ts has the same keys (type ClaimMessages).
// Arguments are data already formatted in this language (numbers, years, lists, names).

export const claimsNl = {
  /** Pieces of a formatted value. */
  value: {
    millions: (x: string) => `${x} miljoen`,
    percent: (x: string) => `${x}%`,
    perYear: (x: string) => `${x} per jaar`,
    over: (x: string) => `ruim ${x}`,
    since: (year: string) => `vanaf ${year}`,
    newest: (year: string) => `nieuwste jaar ${year}`,
    measure: {
      cv: "variatiecoëfficiënt",
      "mean-yearly-change": "gemiddelde jaarlijkse verandering",
      "newest-year": "nieuwste jaar",
      p75: "75e percentiel",
    },
    yearsSome: {
      "net-not-positive": (years: string) => `niet positief in ${years}`,
      "nl-not-lower": (years: string) => `niet lager in ${years}`,
      "nl-not-higher": (years: string) => `niet hoger in ${years}`,
    },
    yearsNone: {
      "net-not-positive": (period: string) => `positief in elk jaar ${period}`,
      "nl-not-lower": (period: string) => `lager in elk jaar ${period}`,
      "nl-not-higher": (period: string) => `hoger in elk jaar ${period}`,
    },
    without: (geos: string) => `zonder ${geos}`,
    shown: (geos: string) => `in de figuur: ${geos}`,
    group: { eu: "EU", "non-eu": "niet-EU" },
    series: { requests: "aanvragen", "asylum-migrants": "asielmigranten" },
    /** The word between the last two items of a list. */
    and: "en",
    comparison: (a: string, b: string, period: string, excess: string) => `${a} tegen ${b} ${period} (${excess})`,
    peaks: (overall: string, beforeYear: string, before: string) =>
      `hoogste jaar ${overall}; hoogste voor ${beforeYear}: ${before}`,
    periods: (own: string, years: string, others: string) => `${own} (${years} jaar) tegen ${others}`,
    version: (code: string, date: string) => `${code} versie ${date}`,
    months: {
      1: "januari",
      2: "februari",
      3: "maart",
      4: "april",
      5: "mei",
      6: "juni",
      7: "juli",
      8: "augustus",
      9: "september",
      10: "oktober",
      11: "november",
      12: "december",
    },
    date: (day: string, month: string, year: string) => `${day} ${month} ${year}`,
  },
  /** The annex's qualitative statements as the published value of their claims. */
  phrases: {
    strongRiseAllMotives: "sterk gestegen sinds 2004, voor alle motieven",
    dip2020: "dip in 2020",
    riseFlattens: "stijging vlakt af",
    nonEuFluctuatesMore: "niet-EU fluctueert sterker dan EU",
    asylumTemporaryProtectionMost: "asiel en tijdelijke bescherming fluctueren het sterkst",
    residentsMoreAsylumFamily: "asiel en gezin hoger bij blijvers dan bij binnenkomst",
    fluctuatesStrongly: "schommelt sterk",
    peaks1990s2015: "pieken in de jaren '90 en 2015/2016",
    last4YearsHigh: "2021-2024 hoog",
    longerPeriod: "langere periode dan figuren 1-4",
    slightlyHigher: "iets hoger",
    notAvailable2024: "2024 nog niet beschikbaar",
    nonEuOnly2024: "2024: niet-EU wel, EU niet",
  },
  /** Roundings and tolerances. */
  check: {
    millionsOneDecimal: "miljoenen, één decimaal",
    equalAfterRounding: "gelijk na afronding",
    equalAfterRoundingMillions: (low: string, high: string) =>
      `gelijk na afronding (exacte som ${low} tot ${high} miljoen)`,
    over100000: "'ruim' een rond getal van 100.000",
    between: (low: string, high: string) => `${low} < waarde < ${high}`,
    qualitativeThresholds: "kwalitatief: de drempels van de regel",
    qualitativeDirection: "kwalitatief: alleen de richting",
    qualitativeRanking: "kwalitatief: rangorde",
    flatFraction: (pct: string) => `recente jaarlijkse verandering < ${pct}% van de eerdere`,
    wholePercent: "hele procenten",
    cvAbove: (x: string) => `variatiecoëfficiënt > ${x}`,
    higherBy: (max: string) => `hoger met 0-${max}%`,
    twoDecimals: "twee decimalen (Eurostat publiceert het cijfer met twee decimalen)",
    identicalTwoDecimals: "gelijk op twee decimalen",
    exactYears: "precies dezelfde jaren",
    sameDayOrEarlier: "dezelfde dag of eerder",
  },
  rules: {
    fig1Total: (column: string, period: string, published: string) =>
      `Som van ${column} over de jaren ${period}, in miljoenen, afgerond op één decimaal, is ${published}.`,
    fig1NetPositive:
      "Immigratie min emigratie is groter dan 0 in elk jaar 2008-2024 ('sinds ongeveer 2008' gelezen als vanaf 2008).",
    fig1Peak: "Het jaar met het hoogste migratiesaldo in 1995-2024 is 2022.",
    fig1Ukrainians:
      "De immigranten van figuur 3 met motief tijdelijke bescherming (CBS 84809NED, A052135) in 2022 zijn meer dan 100.000 en minder " +
      "dan 150.000 ('ruim 100.000'), en ze zijn meer dan de helft van de stijging van het migratiesaldo van 2021 op 2022 in figuur 1 " +
      "('vooral': de piek kwam vooral door hen).",
    fig2Rise:
      "'Sterk gestegen': het jaartotaal (84808NED totaal min A009236) van 2022, het laatste jaar voordat de stijging afvlakt, is meer " +
      "dan twee keer dat van 2004; 'voor alle vormen': elk motief (arbeid, gezin, studie, overig) is in 2022 hoger dan in 2004. " +
      "De jaren met een daling worden gemeld, niet getoetst ('vrijwel continu').",
    fig2Dip: "Het jaartotaal van EU/EFTA-burgers zonder Nederlanders is in 2020 lager dan in 2019 en dan in 2021.",
    fig2Flattens: (years: string, pct: string) =>
      `Trendlezing (aantallen): de gemiddelde jaarlijkse verandering van het totaal over de laatste ${years} jaar van de figuur ` +
      "(2019-2023; het eigen venster 'afgelopen 4 jaar' van de bijlage) is kleiner dan de helft van de gemiddelde jaarlijkse " +
      `verandering van de uitbreiding van 2004 tot het begin van dat venster, die een stijging was (drempel ${pct}%). De verandering van ` +
      "één jaar (2022-2023) is te grillig om een trend te noemen (één dip zou volstaan); die lezing (laatste verandering onder het " +
      "gemiddelde 2004-2022) staat alleen in de toelichting.",
    fig3Fluctuates:
      "Over de jaren die beide figuren beslaan (1999-2023): de jaartotalen van niet-EU/EFTA (figuur 3, 84809NED) tegen die van " +
      "EU/EFTA zonder Nederlanders (figuur 2, 84808NED). 'Fluctueert' gelezen als op en neer gaan: de gemiddelde absolute verandering " +
      "van jaar op jaar is groter voor niet-EU. Deze lezing telt; de andere, de variatiecoëfficiënt (standaardafwijking / gemiddelde " +
      "van de niveaus), staat in de toelichting maar meet spreiding, en de gestage stijging van EU-migratie sinds 2004 geeft die een " +
      "grote spreiding zonder enige schommeling.",
    fig3Most:
      "Van de motieven van figuur 3 (arbeid, gezin, asiel, studie, tijdelijke bescherming, overig) hebben asiel en tijdelijke bescherming " +
      "de twee hoogste variatiecoëfficiënten van hun jaarcijfers over 1999-2024. Jaren voordat tijdelijke bescherming bestond (voor " +
      "2022, leeg bij CBS) tellen als 0 aankomsten: niemand kon eronder vallen; de variatiecoëfficiënt over alleen 2022-2024 staat in de toelichting.",
    fig4Entrants: (motives: string) =>
      `Aandeel van ${motives} in alle niet-Nederlandse immigranten 1999-2023 (84808NED zonder A009236, plus 84809NED), gezinsleden ` +
      "toegerekend volgens de titels van de subcategorieën in de codelijsten, afgerond op hele procenten.",
    fig4TemporaryProtection:
      "Aandeel van tijdelijke bescherming (84809NED A052135) in alle niet-Nederlandse immigranten 1999-2023, afgerond op hele procenten. " +
      "Tijdelijke bescherming heeft geen subcategorie gezin, dus hoofdmotieven en de uitsplitsing geven hetzelfde aandeel.",
    fig4Residents:
      "Van de niet-Nederlandse immigranten van 1999-2023 die nog in Nederland wonen: kandidaat 'sec' (84808NED/84809NED, instroom min " +
      "'niet meer aanwezig in Nederland' bij de nieuwste verblijfsduur; voetnoot 5 van de bijlage zegt dat figuur 4 de tabellen van figuur 2 " +
      "en 3 gebruikte) als die er is, anders kandidaat 'population' (85905NED/85904NED, bevolking op 31 december 2023). Gezinsleden " +
      "toegerekend zoals in de figuur.",
    fig4ResidentShare: (motives: string) => `Aandeel van ${motives}, afgerond op hele procenten.`,
    fig4ResidentsMore:
      "Het aandeel van asiel (met zijn gezinsleden) en van overige gezinsmigratie is hoger bij wie nog in Nederland woont dan bij alle binnenkomsten (figuur 4).",
    fig5Fluctuates:
      "De variatiecoëfficiënt (standaardafwijking / gemiddelde) van de jaartotalen over de periode van de figuur (1975-2024) is groter " +
      "dan 0,5, de gangbare drempel voor sterke variatie; de grootste verandering van jaar op jaar wordt gemeld.",
    fig5Peaks: "Het hoogste jaartotaal van 1975-2024 valt in 2015 of 2016, en het hoogste van 1975-2014 in 1990-1999.",
    fig5Last4:
      "Elk jaartotaal van de laatste 4 jaar van de figuur (2021-2024) ligt boven het 75e percentiel (dichtstbijzijnde rang) van alle jaartotalen 1975-2024.",
    fig5Since: (column: string, year: string, to: string) =>
      `${column} heeft een waarde in elk jaar ${year}-${to} en in geen jaar voor ${year}.`,
    fig5Longer:
      "De periode van figuur 5 (annex: 1975-2024) begint eerder dan die van elk van de figuren 1-4 die gemaakt is, en is minstens zo lang; figuur 1 moet gemaakt zijn.",
    fig5Requests: (max: string) =>
      "Over de jaren van figuur 3 (1999-2024 in modus annex, alle in figuur 5): de som van de totalen van figuur 5 (eerste en volgende " +
      "verzoeken en nareizigers, TotaalAsielverzoekenEnNareizigers_1: de reeks die de figuur toont en waar de voetnoot over spreekt) " +
      "tegen de som van de asielmigranten van figuur 3 (84809NED A009233, nareizigers inbegrepen). 'Iets hoger' telt als meer dan 0% " +
      `en hoogstens ${max}% hoger: een kwart meer is het meeste dat nog 'iets' heet; meer is 'aanzienlijk'. De tweede lezing, alleen eerste ` +
      "verzoeken plus nareizigers (een volgend verzoek komt van iemand die al geteld is), staat in de toelichting; het totaal van de figuur " +
      "telt omdat de voetnoot het getal van de figuur vergelijkt. Sommen over de hele periode, dus de registratievertraging van tot 6 maanden doet er niet toe.",
    fig6Pair: (year: string) =>
      `Eurostat migr_asyapp1mp, eenheid NR, ${year}: NL en EU27_2020 zoals gepubliceerd op twee decimalen, en NL boven de EU.`,
    fig6MostlyLower:
      "Over 2015-2024 zijn de jaren waarin het cijfer van NL niet lager is dan dat van EU27_2020 precies 2021 en 2022.",
    fig7AboveEu:
      "Eurostat migr_asydcfsta, per jaar 2015-2024: het aandeel positieve beslissingen in eerste aanleg van NL tegen dat van EU27_2020 " +
      "(Dublin-afwijzingen weggelaten waar de data ze aanwijst); de jaren waarin NL niet boven de EU ligt zijn precies 2018 en 2019.",
    period:
      "De figuur in modus annex beslaat de periode van de titel. De figuurmodules weigeren te bouwen als een jaar van de periode in de " +
      "data ontbreekt, dus een gemaakte figuur met deze periode heeft data voor de hele periode.",
    consulted: (day: string) =>
      `Elke bron van de figuur is in de versie die de bijlage raadpleegde op ${day}: de wijzigingsdatum van de producent ` +
      "(CBS TableInfos.Modified, Eurostat 'updated') valt op of voor die dag. Een latere versie kan herziene waarden bevatten; " +
      "bronnen zonder wijzigingsdatum maken de bewering 'heeft data nodig'.",
    notAvailable2024:
      "Gecontroleerd in modus latest: figuur 2, gemaakt tot het nieuwste jaar in de data (CBS 84808NED), eindigt voor 2024. " +
      "Zodra CBS de motieven van EU/EFTA over 2024 publiceert, wijkt deze bewering af: de figuur kan dan worden verlengd.",
    nonEuOnly2024:
      "Gecontroleerd in modus latest: figuur 3 (CBS 84809NED) loopt tot 2024 of later en figuur 2 (84808NED) eindigt voor 2024; " +
      "dat de annex-periode van figuur 4 in 2023 eindigt, controleert fig4-period.",
    withoutHuLi:
      "Een echte uitsluiting: Hongarije (HU) en Liechtenstein (LI) hebben beslissingen in de data voor 2015-2024 (de tabel excluded van " +
      "figuur 7, uit migr_asydcfsta) en geen rij in de doorsnede van de figuur; elk ander EU/EFTA-land met een aandeel staat erin. Een " +
      "land dat in de data ontbreekt maakt de bewering 'heeft data nodig': weglaten wat er niet is, controleert niets.",
  },
  /** What the detail column says beside a computed value. */
  detail: {
    exactMillions: (exact: string) => `exact: ${exact} miljoen`,
    exactMillionsOff: (exact: string, off: string) => `exact: ${exact} miljoen; ${off} miljoen t.o.v. gepubliceerd`,
    exactPercent: (exact: string) => `exact: ${exact}%`,
    ukrainians: (rise: string, share: string) => `stijging migratiesaldo 2021-2022: ${rise}; aandeel ${share}%`,
    netMissing: "migratiesaldo 2021 of 2022 ontbreekt in figuur 1",
    notHigher2022: (motives: string) => `niet hoger in 2022: ${motives}`,
    factor: (factor: string) => `x${factor}`,
    falls: (years: string) => `dalingen in ${years}`,
    noFalls: "geen daling",
    readingCounts: (text: string) => `lezing 1 (telt): ${text}`,
    readingOther: (text: string) => `lezing 2: ${text}`,
    flattenTrend: (years: string, recent: string, earlier: string) =>
      `trend over de laatste ${years} jaar, ${recent} vs. ${earlier} per jaar`,
    flattenLastYear: (span: string, last: string, average: string, from: string) =>
      `laatste jaar ${span} ${last} vs. gemiddeld ${average} per jaar ${from}`,
    notByThisReading: "volgens deze lezing geen afvlakking",
    swing: (nonEu: string, eu: string) => `schommeling van jaar op jaar, niet-EU ${nonEu}% vs. EU ${eu}%`,
    levels: (nonEu: string, eu: string) => `variatiecoëfficiënt van de niveaus, niet-EU ${nonEu} vs. EU ${eu}`,
    notStronger: "volgens deze lezing niet sterker",
    temporaryOnly: (period: string, cv: string) => `tijdelijke bescherming alleen over ${period}: ${cv}`,
    candidate: (candidate: string) => `kandidaat ${candidate}`,
    otherCandidate: (candidate: string, share: string) => `${candidate}: ${share}%`,
    largestChange: (year: string, change: string) => `grootste verandering: ${year} ${change}% t.o.v. het jaar ervoor`,
    notAboveP75: (years: string) => `niet boven het 75e percentiel: ${years}`,
    firstYear: (year: string) => `eerste jaar met waarde: ${year}`,
    none: "geen",
    missingIn: (years: string) => `ontbreekt in ${years}`,
    notLongerThan: (figures: string) => `niet langer dan ${figures}`,
    allRequests: (req: string, mig: string, excess: string) =>
      `alle aanvragen en nareizigers ${req} vs. ${mig}, ${excess}`,
    notSlightly: (max: string) => `niet 'iets': meer dan 0-${max}%`,
    firstRequests: (req: string, mig: string, excess: string) =>
      `eerste aanvragen en nareizigers ${req} vs. ${mig}, ${excess}`,
    alsoNotSlightly: "ook niet 'iets'",
    noPairValue: (geos: string, year: string) => `geen waarde voor ${geos} in ${year}`,
    noShare: (geos: string, years: string) => `geen aandeel voor ${geos} in ${years}`,
    newerThanConsulted: (day: string, codes: string) =>
      `nieuwer dan die van de bijlage (${day}): ${codes}; de waarden kunnen sindsdien zijn herzien`,
    yearsInData: (list: string) => `in de data: ${list}`,
    geoYears: (geo: string, years: string) => `${geo} ${years} jaar`,
    alsoMissing: (geos: string) => `ook ontbrekend hoewel in de data: ${geos}`,
  },
  /** Why a claim needs data: the sources are named by producer, table and title. */
  needs: {
    familySplit: (sources: string, main: string) =>
      `figuur 4 heeft alleen hoofdmotieven; gezinsleden toerekenen vraagt de subcategorieën van gezin uit ${sources} (alleen het hoofdmotief: ${main}%)`,
    familySplitOnly: (sources: string) =>
      `figuur 4 heeft alleen hoofdmotieven; gezinsleden toerekenen vraagt de subcategorieën van gezin uit ${sources}`,
    residents: (sec: string, population: string) =>
      `de samenstelling van wie nog in Nederland woont, met gezinsleden toegerekend, vraagt ${sec} of ${population}`,
    residentsPresent: (candidates: string) => `aanwezig, alleen hoofdmotieven: ${candidates}`,
    noTemporaryProtection2022: "figuur 3 heeft geen waarde voor tijdelijke bescherming in 2022 (CBS 84809NED, A052135)",
    noAsylumYears: "figuur 3 heeft geen asielwaarden in de jaren van figuur 5",
    versionUnknown: (sources: string) =>
      `versie onbekend: ${sources} heeft geen wijzigingsdatum van de producent (TableInfos / updated)`,
    noDecisions: (geos: string) => `geen beslissingen voor ${geos} in de data: de uitsluiting valt niet te controleren`,
    /** A figure the claim reads is not there (report/audit.ts says why). */
    figureMissing: "de data van de figuur ontbreekt",
    wrongMode: (figure: string, mode: string, got: string) =>
      `gecontroleerd op ${figure} gemaakt in modus ${mode} (kreeg ${got})`,
    alsoNeeds: (figures: string) => `heeft ook ${figures} nodig`,
    error: (message: string) => `de bewering kon niet worden berekend: ${message}`,
  },
};

/** The claims' texts of one language (claims-en.ts is checked against this shape). */
export type ClaimMessages = typeof claimsNl;
/** A qualitative reading in the message tables. */
export type PhraseKey = keyof ClaimMessages["phrases"];
