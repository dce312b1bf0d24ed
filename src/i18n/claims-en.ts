// The claims' texts in English: the same keys as claims-nl.ts (the type says so).
import type { ClaimMessages } from "./claims-nl";

export const claimsEn: ClaimMessages = {
  value: {
    millions: (x) => `${x} million`,
    percent: (x) => `${x}%`,
    perYear: (x) => `${x} per year`,
    over: (x) => `well over ${x}`,
    since: (year) => `from ${year}`,
    newest: (year) => `newest year ${year}`,
    measure: {
      cv: "coefficient of variation",
      "mean-yearly-change": "mean yearly change",
      "newest-year": "newest year",
      p75: "75th percentile",
    },
    yearsSome: {
      "net-not-positive": (years) => `not positive in ${years}`,
      "nl-not-lower": (years) => `not lower in ${years}`,
      "nl-not-higher": (years) => `not higher in ${years}`,
    },
    yearsNone: {
      "net-not-positive": (period) => `positive in every year ${period}`,
      "nl-not-lower": (period) => `lower in every year ${period}`,
      "nl-not-higher": (period) => `higher in every year ${period}`,
    },
    without: (geos) => `without ${geos}`,
    shown: (geos) => `in the figure: ${geos}`,
    group: { eu: "EU", "non-eu": "non-EU" },
    series: { requests: "requests", "asylum-migrants": "asylum migrants" },
    and: "and",
    comparison: (a, b, period, excess) => `${a} against ${b} ${period} (${excess})`,
    peaks: (overall, beforeYear, before) => `highest year ${overall}; highest before ${beforeYear}: ${before}`,
    periods: (own, years, others) => `${own} (${years} years) against ${others}`,
    version: (code, date) => `${code} version ${date}`,
    months: {
      1: "January",
      2: "February",
      3: "March",
      4: "April",
      5: "May",
      6: "June",
      7: "July",
      8: "August",
      9: "September",
      10: "October",
      11: "November",
      12: "December",
    },
    date: (day, month, year) => `${day} ${month} ${year}`,
  },
  phrases: {
    strongRiseAllMotives: "strongly risen since 2004, for all motives",
    dip2020: "dip in 2020",
    riseFlattens: "the rise flattens",
    nonEuFluctuatesMore: "non-EU fluctuates more than EU",
    asylumTemporaryProtectionMost: "asylum and temporary protection fluctuate most",
    residentsMoreAsylumFamily: "asylum and family higher among those who stayed than among entrants",
    fluctuatesStrongly: "fluctuates strongly",
    peaks1990s2015: "peaks in the 1990s and 2015/2016",
    last4YearsHigh: "2021-2024 high",
    longerPeriod: "a longer period than figures 1-4",
    slightlyHigher: "slightly higher",
    notAvailable2024: "2024 not yet available",
    nonEuOnly2024: "2024: non-EU yes, EU no",
  },
  check: {
    millionsOneDecimal: "millions, one decimal",
    equalAfterRounding: "equal after rounding",
    equalAfterRoundingMillions: (low, high) => `equal after rounding (exact sum ${low} to ${high} million)`,
    over100000: "'ruim' (well over) a round 100,000",
    between: (low, high) => `${low} < value < ${high}`,
    qualitativeThresholds: "qualitative: the rule's thresholds",
    qualitativeDirection: "qualitative: direction only",
    qualitativeRanking: "qualitative: ranking",
    flatFraction: (pct) => `recent yearly change < ${pct}% of the earlier one`,
    wholePercent: "whole percent",
    cvAbove: (x) => `coefficient of variation > ${x}`,
    higherBy: (max) => `higher by 0-${max}%`,
    twoDecimals: "two decimals (Eurostat publishes the rate to two decimals)",
    identicalTwoDecimals: "identical to two decimals",
    exactYears: "exact years",
    sameDayOrEarlier: "same day or earlier",
  },
  rules: {
    fig1Total: (column, period, published) =>
      `Sum of ${column} over the years ${period}, in millions, rounded to one decimal, equals ${published}.`,
    fig1NetPositive:
      "Immigration minus emigration is above 0 in every year 2008-2024 ('sinds ongeveer 2008' read as from 2008 on).",
    fig1Peak: "The year with the highest net migration in 1995-2024 is 2022.",
    fig1Ukrainians:
      "Figure 3's immigrants with motive temporary protection (CBS 84809NED, A052135) in 2022 number more than 100,000 " +
      "and less than 150,000 ('ruim 100.000'), and they are more than half of the rise in net migration from 2021 to 2022 " +
      "in figure 1 ('vooral': the peak came mainly from them).",
    fig2Rise:
      "'Sterk gestegen': the yearly total (84808NED total minus A009236) of 2022, the last year before the rise flattens, " +
      "is more than twice that of 2004; 'voor alle vormen': each motive (work, family, study, other) is higher in 2022 than in 2004. " +
      "The years with a fall are reported, not tested ('vrijwel continu').",
    fig2Dip:
      "The yearly total of EU/EFTA citizens excluding Dutch nationals in 2020 is below that of 2019 and of 2021.",
    fig2Flattens: (years, pct) =>
      `Trend reading (counts): the average yearly change of the total over the figure's last ${years} years (2019-2023; ` +
      "the annex's own 'afgelopen 4 jaar' window) is below half of the average yearly change from the 2004 enlargement to the " +
      `start of that window, which was a rise (threshold ${pct}%). One year's change (2022-2023) is too noisy to call a trend (one dip would do), so ` +
      "the last-year reading (last change below the average 2004-2022) is shown in the detail only.",
    fig3Fluctuates:
      "Over the years both figures cover (1999-2023), the yearly non-EU/EFTA totals (figure 3, 84809NED) against the yearly " +
      "EU/EFTA totals excluding Dutch nationals (figure 2, 84808NED). 'Fluctueert' read as going up and down: the mean absolute " +
      "change from one year to the next is larger for non-EU. This reading counts: the other one, the coefficient of variation " +
      "(standard deviation / mean of the levels), is shown in the detail but measures spread, and EU migration's steady rise " +
      "since 2004 gives it a large spread without any fluctuation.",
    fig3Most:
      "Among figure 3's motives (work, family, asylum, study, temporary protection, other), asylum and temporary protection have the " +
      "two highest coefficients of variation of their yearly numbers over 1999-2024. Years before temporary protection existed (before " +
      "2022, blank in CBS) count as 0 arrivals: nobody could come under it; its coefficient over 2022-2024 alone is in the detail.",
    fig4Entrants: (motives) =>
      `Share of ${motives} in all non-Dutch immigrants 1999-2023 (84808NED without A009236, plus 84809NED), ` +
      "family members attributed by the titles of the code lists' sub-categories, rounded to a whole percent.",
    fig4TemporaryProtection:
      "Share of temporary protection (84809NED A052135) in all non-Dutch immigrants 1999-2023, rounded to a whole percent. " +
      "Temporary protection has no family sub-category, so main motives and the split give the same share.",
    fig4Residents:
      "Among the non-Dutch immigrants of 1999-2023 still living in the Netherlands: candidate 'sec' (84808NED/84809NED, inflow minus " +
      "'niet meer aanwezig in Nederland' at the newest duration of stay; the annex's footnote 5 says figure 4 used the tables of figures 2 " +
      "and 3) when present, else candidate 'population' (85905NED/85904NED, population on 31 December 2023). Family attributed as in the figure.",
    fig4ResidentShare: (motives) => `Share of ${motives}, rounded to a whole percent.`,
    fig4ResidentsMore:
      "The share of asylum (with its family) and of other family migration is higher among those still resident than among all entrants (figure 4).",
    fig5Fluctuates:
      "The coefficient of variation (standard deviation / mean) of the yearly totals over the figure's period (1975-2024) " +
      "is above 0.5, the usual threshold for strong variation; the largest year-on-year change is reported.",
    fig5Peaks:
      "The highest yearly total of 1975-2024 falls in 2015 or 2016, and the highest of 1975-2014 falls in 1990-1999.",
    fig5Last4:
      "Each yearly total of the last 4 years of the figure (2021-2024) is above the 75th percentile (nearest rank) of all yearly totals 1975-2024.",
    fig5Since: (column, year, to) => `${column} has a value in every year ${year}-${to} and in no year before ${year}.`,
    fig5Longer:
      "Figure 5's period (annex: 1975-2024) starts earlier than that of each of figures 1-4 that is built, and is at least as long; figure 1 must be built.",
    fig5Requests: (max) =>
      "Over figure 3's years (1999-2024 in annex mode, all in figure 5), the sum of figure 5's totals (first and subsequent " +
      "requests and nareizigers, TotaalAsielverzoekenEnNareizigers_1: the series the figure shows and the footnote speaks of) " +
      "against the sum of figure 3's asylum immigrants (84809NED A009233, nareizigers included). 'Iets hoger' (slightly higher) " +
      `counts as higher by more than 0% and at most ${max}%: a quarter more is the most one still calls 'iets'; more is ` +
      "'aanzienlijk'. The second reading, first requests plus nareizigers only (a subsequent request is made by someone already " +
      "counted), is shown in the detail; the printed figure's total counts because the footnote compares the figure's number. " +
      "Sums over the whole period, so the registration delay of up to 6 months does not matter.",
    fig6Pair: (year) =>
      `Eurostat migr_asyapp1mp, unit NR, ${year}: NL and EU27_2020 as published to two decimals, and NL above the EU.`,
    fig6MostlyLower: "Over 2015-2024, the years in which NL's rate is not below EU27_2020's are exactly 2021 and 2022.",
    fig7AboveEu:
      "Eurostat migr_asydcfsta, per year 2015-2024: NL's share of positive first-instance decisions against EU27_2020's " +
      "(Dublin rejections left out where the data identifies them); the years in which NL is not above the EU are exactly 2018 and 2019.",
    period:
      "The figure built in annex mode covers the title's period. The figure modules refuse to build when a year of " +
      "the period is missing from the data, so a built figure with this period has data for all of it.",
    consulted: (day) =>
      `Every source of the figure is in the version the annex consulted on ${day}: the producer's modification date ` +
      "(CBS TableInfos.Modified, Eurostat 'updated') is on or before that day. A later version may hold revised values; " +
      "sources with no modification date make the claim needs-data.",
    notAvailable2024:
      "Checked in latest mode: figure 2 built up to the newest year in the data (CBS 84808NED) ends before 2024. " +
      "Once CBS publishes the 2024 EU/EFTA motives this claim differs: the figure can then be extended.",
    nonEuOnly2024:
      "Checked in latest mode: figure 3 (CBS 84809NED) reaches 2024 or later and figure 2 (84808NED) ends before 2024; " +
      "figure 4's annex period ending in 2023 is checked by fig4-period.",
    withoutHuLi:
      "A real exclusion: Hungary (HU) and Liechtenstein (LI) have decisions in the data for 2015-2024 (figure 7's excluded table, " +
      "from migr_asydcfsta) and no row in the figure's cross-section; every other EU/EFTA country with a share is in it. " +
      "A country absent from the data makes the claim needs-data: leaving out what is not there checks nothing.",
  },
  detail: {
    exactMillions: (exact) => `exact: ${exact} million`,
    exactMillionsOff: (exact, off) => `exact: ${exact} million; ${off} million against the published value`,
    exactPercent: (exact) => `exact: ${exact}%`,
    ukrainians: (rise, share) => `rise in net migration 2021-2022: ${rise}; share ${share}%`,
    netMissing: "net migration 2021 or 2022 missing in figure 1",
    notHigher2022: (motives) => `not higher in 2022: ${motives}`,
    factor: (factor) => `x${factor}`,
    falls: (years) => `falls in ${years}`,
    noFalls: "no fall",
    readingCounts: (text) => `reading 1 (counts): ${text}`,
    readingOther: (text) => `reading 2: ${text}`,
    flattenTrend: (years, recent, earlier) => `trend over the last ${years} years, ${recent} vs. ${earlier} per year`,
    flattenLastYear: (span, last, average, from) =>
      `last year ${span} ${last} vs. on average ${average} per year ${from}`,
    notByThisReading: "no flattening by this reading",
    swing: (nonEu, eu) => `year-on-year swings, non-EU ${nonEu}% vs. EU ${eu}%`,
    levels: (nonEu, eu) => `coefficient of variation of the levels, non-EU ${nonEu} vs. EU ${eu}`,
    notStronger: "not stronger by this reading",
    temporaryOnly: (period, cv) => `temporary protection over ${period} only: ${cv}`,
    candidate: (candidate) => `candidate ${candidate}`,
    otherCandidate: (candidate, share) => `${candidate}: ${share}%`,
    largestChange: (year, change) => `largest change: ${year} ${change}% against the year before`,
    notAboveP75: (years) => `not above the 75th percentile: ${years}`,
    firstYear: (year) => `first year with a value: ${year}`,
    none: "none",
    missingIn: (years) => `missing in ${years}`,
    notLongerThan: (figures) => `not longer than ${figures}`,
    allRequests: (req, mig, excess) => `all requests and nareizigers ${req} vs. ${mig}, ${excess}`,
    notSlightly: (max) => `not 'iets': more than 0-${max}%`,
    firstRequests: (req, mig, excess) => `first requests and nareizigers ${req} vs. ${mig}, ${excess}`,
    alsoNotSlightly: "not 'iets' either",
    noPairValue: (geos, year) => `no value for ${geos} in ${year}`,
    noShare: (geos, years) => `no share for ${geos} in ${years}`,
    newerThanConsulted: (day, codes) => `newer than the annex's (${day}): ${codes}; values may have been revised since`,
    yearsInData: (list) => `in the data: ${list}`,
    geoYears: (geo, years) => `${geo} ${years} years`,
    alsoMissing: (geos) => `also missing although in the data: ${geos}`,
  },
  needs: {
    familySplit: (sources, main) =>
      `figure 4 has main motives only; attributing family members needs the family sub-categories from ${sources} (main motive alone: ${main}%)`,
    familySplitOnly: (sources) =>
      `figure 4 has main motives only; attributing family members needs the family sub-categories from ${sources}`,
    residents: (sec, population) =>
      `the still-resident composition with family attributed needs ${sec} or ${population}`,
    residentsPresent: (candidates) => `present, main motives only: ${candidates}`,
    noTemporaryProtection2022: "figure 3 has no temporary protection value for 2022 (CBS 84809NED, A052135)",
    noAsylumYears: "figure 3 has no asylum values in figure 5's years",
    versionUnknown: (sources) => `version unknown: ${sources} has no producer modification date (TableInfos / updated)`,
    noDecisions: (geos) => `no decisions for ${geos} in the data: the exclusion cannot be checked`,
    figureMissing: "the figure's data is missing",
    wrongMode: (figure, mode, got) => `checked on ${figure} built in ${mode} mode (got ${got})`,
    alsoNeeds: (figures) => `needs ${figures} as well`,
    error: (message) => `the claim could not be computed: ${message}`,
  },
};
