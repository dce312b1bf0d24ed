// The English messages: the same keys as nl.ts (the type says so), for an international class.
// Dutch names of CBS tables and columns stay as CBS writes them; the annex's statements stay
// quoted in Dutch (their English rendering is in the annex registry, src/catalog/annex.ts).
import { claimsEn } from "./claims-en";
import type { Messages } from "./nl";
import { readingsEn } from "./readings-en";

export const en: Messages = {
  lang: "en",
  format: { separators: ".,", decimal: ".", locale: "en-GB" },
  source: {
    line: (provider, parts, data) =>
      `Source: ${provider} (${parts}), processed by Adviesraad Migratie${data ? `.<br>Data: ${data}` : ""}`,
    vintage: (modified, retrieved) =>
      modified ? `version ${modified}, retrieved ${retrieved}` : `retrieved ${retrieved}`,
    dataAnnex: "shipped annex vintage",
    dataLive: "live download",
    dataMirror: "mirror",
  },
  axis: {
    persons: "Number of persons",
    year: "Year",
    immigrants: "Number of immigrants",
    yearOfImmigration: "Year of immigration",
    fig6: "First-time asylum applicants per 1,000 inhabitants (mean per year)",
    fig7: "Positive first-instance decisions (% of decisions, mean per year)",
  },
  motives: {
    work: "Work",
    family_of_work: "Family: work",
    study: "Study",
    family_of_study: "Family: study",
    asylum: "Asylum",
    family_of_asylum_nareis: "Asylum: family reunification",
    family_of_asylum: "Family: asylum",
    temporary_protection: "Temporary protection",
    family: "Family",
    family_other: "Family: other",
    other: "Other",
  },
  countries: {
    BE: "Belgium",
    BG: "Bulgaria",
    CZ: "Czechia",
    DK: "Denmark",
    DE: "Germany",
    EE: "Estonia",
    IE: "Ireland",
    EL: "Greece",
    ES: "Spain",
    FR: "France",
    HR: "Croatia",
    IT: "Italy",
    CY: "Cyprus",
    LV: "Latvia",
    LT: "Lithuania",
    LU: "Luxembourg",
    HU: "Hungary",
    MT: "Malta",
    NL: "Netherlands",
    AT: "Austria",
    PL: "Poland",
    PT: "Portugal",
    RO: "Romania",
    SI: "Slovenia",
    SK: "Slovakia",
    FI: "Finland",
    SE: "Sweden",
    IS: "Iceland",
    LI: "Liechtenstein",
    NO: "Norway",
    CH: "Switzerland",
    EU27_2020: "EU average",
  },
  fig1: {
    net: "Net migration",
    immigration: "Immigration",
    emigration: "Emigration",
    noteEmigration:
      "Emigration includes the balance of administrative corrections (CBS: EmigratieInclusiefAdministratieveC_5).",
    noteDutch: "The figures include migration of persons with Dutch nationality.",
    noteProvisional: (to) => `The last year (${to}) may be provisional: see the status of the period at CBS.`,
    checkMissing: (file) =>
      `Check against CBS 37296ned (Population; key figures) not done: the file is missing (${file}).`,
    checkNoYears: "Check against CBS 37296ned (Population; key figures): no years in common.",
    checkDiffers: (span, years) =>
      `Check against CBS 37296ned (Population; key figures), ${span}: immigration or emigration differs in ${years}.`,
    checkEqual: (span, n) =>
      `Check against CBS 37296ned (Population; key figures), ${span}: immigration and emigration are equal in all ${n} years.`,
  },
  fig2: {
    noteEu:
      "EU here means all EU member states and the EFTA countries (Norway, Switzerland, Liechtenstein, Iceland), as composed in the year of immigration.",
    noteDutch: (key) => `Excluding Dutch nationals: CBS derives no migration motive for them (key ${key}).`,
    noteDerived:
      "CBS derives the migration motive from what the immigrant does after arrival (work within 120 days, a partner or parent within 120 days, study within 366 days); method revised in 2020.",
    noteStudy: (to) =>
      `According to CBS the number of study migrants in the last year (${to}) is underestimated: only provisional education data were available for it.`,
    noteGaps: (gaps) => `No value (left blank): ${gaps}.`,
  },
  fig3: {
    noteNonEu:
      "Non-EU covers all nationalities outside the EU and the EFTA countries, as composed in the year of immigration (United Kingdom from 2021).",
    noteMotive:
      "The motive is that of the first residence permit granted by the IND; family members joining a refugee (nareis rule) count as asylum.",
    noteTemporary: "Temporary protection: Ukrainians under the European Temporary Protection Directive, from 2022.",
    noteBlank: (motive, years) => `${motive}: no value in ${years} (left blank, not 0).`,
  },
  fig4: {
    groupEu: "EU/EFTA",
    groupNonEu: "non-EU/EFTA",
    noteNonDutch:
      "Non-Dutch: immigrants from EU/EFTA countries without Dutch nationals (no derived migration motive) plus all immigrants from outside the EU/EFTA.",
    noteMotives: "EU/EFTA: migration motive derived by CBS; non-EU/EFTA: motive of the first IND permit.",
    noteSplit:
      "Family members who came along or followed later are attributed to the motive of the principal migrant (work, study, asylum); for asylum, family reunification of refugees (nareis) is shown apart from regular family migration.",
    noteNareis:
      "Family reunification of refugees (nareis) is counted separately only from 2013; before that it is part of asylum (so its share is in fact somewhat higher).",
    noteMain:
      "The publication attributes family members to the motive of the principal migrant (work, study, asylum); that needs the sub-categories of family migration, which are missing here. So family is larger, and work, study and asylum smaller, than in the publication.",
    residentUnavailable: (candidate, why) => `Still living in the Netherlands (${candidate}): not computed (${why}).`,
    residentSplit: (candidate) => `Still living in the Netherlands (${candidate}): with family members attributed.`,
    residentMain: (candidate) => `Still living in the Netherlands (${candidate}): main motives only.`,
    subtitleMain:
      "Main motives only: family members not attributed to the principal migrant (sub-categories missing from the data)",
    subtitleSplit: "Family members attributed to the motive of the principal migrant",
    noCodeList: (label) => `${label}: no code list, so the sub-categories cannot be recognised`,
    noFamilySubs: (label) => `${label}: the data holds no sub-categories of family`,
    ignoredSubs: (label, list) => `${label}: sub-categories of other motives, counted in their main motive: ${list}.`,
    mainOnly: (reasons) => `Main motives only: ${reasons}.`,
    unmeasured: (table, years) =>
      `Still in the Netherlands (${table}): no measurement after immigration yet for ${years}; counted as still present.`,
    secLabel: (label, table) => `${label} (${table}, socio-economic category)`,
    populationLabel: (group, table, to) => `${group} (${table}, population on 31 December ${to})`,
    absent: (ids) => `missing: ${ids}`,
    notComputable: (why) => `cannot be computed: ${why}`,
  },
  fig5: {
    first: "First asylum requests",
    subsequent: "Subsequent asylum requests",
    nareizigers: "Family reunification (refugees)",
    total: "Total",
    noteSubsequent:
      "Subsequent asylum requests are counted separately only from 2007; before that they are blank (unknown), not 0.",
    noteNareizigers:
      "Family members joining refugees are counted separately from 2013; before that they were counted as first asylum requests.",
  },
  eu: {
    noValue: (country, geo, period) => `${country} (${geo}): no value at all in ${period}; not in the figure.`,
    missingYears: (country, geo, years) => `${country} (${geo}): no value for ${years}; mean over the other years.`,
    euEftaNote: (aggregate) =>
      "EU as the publication means it (footnote 2): the 27 member states and the EFTA countries Iceland, Liechtenstein, Norway and Switzerland. " +
      `The EU average is Eurostat's aggregate ${aggregate} of the 27 member states (the EFTA countries are not in it).`,
  },
  fig6: {
    provisional: (list) => `Provisional values (Eurostat flag p): ${list}.`,
  },
  fig7: {
    dublinTaken: (code, label) =>
      `Dublin cases: the Eurostat category ${code} ("${label}") is subtracted from the total: share = positive / (all decisions - Dublin rejections).`,
    dublinGaps: (list) => `No number of Dublin rejections for ${list}: there the share is computed over all decisions.`,
    dublinNone: (codes) =>
      `Dublin cases: the Eurostat table has no separate category for Dublin rejections (decision codes: ${codes}). ` +
      `So the share is positive / all first-instance decisions as Eurostat counts them; ` +
      `whether a country counts Dublin inadmissibility decisions as rejections is not in this table (see notebook 07).`,
    excluded: "Hungary and Liechtenstein are left out because of the small number of decisions, as in the publication.",
    euAverage: (aggregate) =>
      `EU average: the yearly share of Eurostat's aggregate ${aggregate} (all decisions in the EU, Hungary included). ` +
      `Each average is the unweighted mean of the yearly shares, not the share over all years together.`,
    codeList: (legacy, codes) => `Decision codes of this download: ${legacy ? "old" : "new"} code list (${codes}).`,
    flags: (list) => `Eurostat flags: ${list}.`,
    checkDone: (n, max) =>
      `Check against migr_asydec1pc: ${n} country-years compared, largest difference ${max} percentage points`,
    checkOff: (tolerance, list) => `; more than ${tolerance} for ${list}.`,
    checkFailed: (why) => `Check against migr_asydec1pc not possible: ${why}`,
    checkSkipped: (file, hint) => `Check against migr_asydec1pc not done: ${file} is missing (optional; \`${hint}\`).`,
  },
  page: {
    otherLanguage: "Nederlandse versie",
    notBuilt: (command) => `(not built yet: ${command})`,
  },
  dataSource: {
    line: (description) => `Data: ${description}`,
    retrieved: (dates) => `retrieved ${dates}`,
    noFiles: "no catalogued files",
    annex: (folder, retrieved) => `annex vintage ${folder} (shipped with the package; ${retrieved})`,
    mirror: (folder, retrieved) => `mirror ${folder} (${retrieved})`,
    liveEmpty: (folder) => `live downloads in ${folder} (none yet: missing files are downloaded live)`,
    live: (folder, retrieved, copied) => `live downloads in ${folder} (${retrieved}${copied})`,
    copied: (n, total, mirrors) => `; ${n} of ${total} file(s) copied from mirror ${mirrors}`,
  },
  citation: {
    version: (date) => `version ${date}`,
    lastUpdate: (date) => `last update ${date}`,
    noVersion: "version not recorded",
    retrieved: (date) => `retrieved ${date}`,
    licence: {
      CBS: "licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
      Eurostat:
        "reuse with acknowledgement of the source (https://ec.europa.eu/eurostat/web/main/help/copyright-notice)",
    },
  },
  report: {
    pageTitle: "Migratie in cijfers: figures and audit",
    intro: (mode, latest, summary) =>
      `The figures of the annex "Migratie in cijfers" (Adviesraad Migratie, July 2025), rebuilt from the raw CBS StatLine and Eurostat downloads. ` +
      `Figures in ${mode}; claims are checked in annex mode unless marked ${latest}. ${summary}.`,
    modeAnnex: (mode) => `${mode} mode (the publication's periods)`,
    modeLatest: (mode) => `${mode} mode (up to the newest year in the data)`,
    latest: "latest",
    needsDataHeading: "Figures that need data",
    noneNeedData: "None: every figure was built.",
    notBuiltInRun: "Not built in this run",
    notBuiltWhy: "not built in this run",
    couldNotBuild: "Could not be built",
    needsData: "Needs data",
    missingFiles: "Missing",
    missingValue: "missing",
    rows: (n) => (n === 1 ? "1 row" : `${n} rows`),
    claimsHeading: "Claims",
    notesHeading: "Notes",
    sourcesHeading: "Sources",
    auditHeading: "Audit",
    modePeriod: (mode, from, to) => `Mode: ${mode}, period ${from}-${to}.`,
    auditIntro: (summary) =>
      `${summary}. Hover a statement for the rule it is checked by; out/audit.md has the rules, roundings, tolerances and vintages.`,
    noClaims: "No claims for this figure.",
    notebookLinks: {
      notebook: "Notebook",
      page: "executed page",
      solutions: "solutions for teachers",
      otherEdition: "Dutch edition",
      when: "after npm run notebooks",
    },
    figure: "figure",
    statement: "statement",
    published: "published",
    computed: "computed",
    status: "status",
    vintage: "vintage",
    from: "from",
    file: "file",
    request: "request",
    citeAs: "cite as",
    sourceKind: { recorded: "recorded", reconstructed: "reconstructed" },
    originAnnex: (folder) => `the shipped annex vintage (${folder})`,
    originLive: (date, folder) => `live download of ${date} (${folder})`,
    originMirror: (folder) => `mirror ${folder}`,
    originMirrorCopy: (mirror, folder) => `copy of mirror ${mirror} in ${folder}`,
    noStatement: (id) => `(no statement of the annex registry names ${id})`,
    reproduced: "reproduced",
    differs: "differs",
    differsDetail: (published, computed) => `published ${published}, computed ${computed}`,
    needsDataStatus: "needs data",
    figureDataMissing: "the figure's data is missing",
    error: "error",
    summary: (claims, reproduced, differ, needData, errors) =>
      `${claims} claims: ${reproduced} reproduced, ${differ} differ, ${needData} need data${errors ? `, ${errors} could not be computed (error)` : ""}`,
    noModule: (id) => `${id} is not built by this package yet (no figure module)`,
    notInRun: (id) => `${id} was not built in this run (--only)`,
    needsSource: (source, hint) =>
      `${source} is not in this run's data. Download it live and build every figure from it with \`${hint}\` (or \`npm run update\`), or read a mirror that has it (--mirror).`,
    failed: (id, message) => `${id} could not be built: ${message}`,
    alsoNeeds: (id, why) => `needs ${id} as well: ${why}`,
    figureStatus: { built: "built", "needs-data": "needs-data", failed: "failed", absent: "not in this run" },
    auditTitle: "Audit: the annex's numbers against the raw data",
    auditAbout:
      'Every quantitative statement of "Bijlage: Migratie in cijfers" (Adviesraad Migratie, *Van crisisaanpak naar ' +
      "toekomstgericht migratiebeleid*, July 2025), computed from the raw CBS and Eurostat downloads.",
    auditModes:
      "Published values are checked on the figures built for the publication's periods (**annex** mode). Statements " +
      'about what the data holds (e.g. "2024 is not yet available") are checked on the figures built up to the newest ' +
      "year in the data (**latest** mode) and change when new data appears.",
    annexFigure: "annex-mode figure",
    claimsCount: "claims",
    reproducedCount: "reproduced",
    differCount: "differ",
    needDataCount: "need data",
    dataNotBuilt: (why) => `Data: ${why}.`,
    dataStatus: (status, why) => `Data: **${status}**: ${why}`,
    dataUsed: "Data used (vintage):",
    publishedTitle: (title) => `Published title: "${title}"`,
    figureDataAbove: "needs data (the figure's data, see above)",
    howChecked: "How each is checked:",
    rounding: "rounding",
    tolerance: "tolerance",
    data: "data",
    notComputedHeading: "Statements the data cannot check",
    uncoveredHeading: "Statements without a claim in this run",
    where: { bullet: "bullet", title: "title", footnote: (n) => `footnote ${n}` },
    withEnglish: (text, english) => `${text} (English: ${english})`,
  },
  exercise: {
    heading: (n, title) => `Exercise ${n} (${title})`,
    right: "✅ right.",
    wrong: (why, hint) => `❌ ${why} Hint: ${hint}`,
    notAnswered: (shape) => `not answered yet. Replace \`undefined\` by ${shape}, then run this cell again.`,
    notNumber: (shape, given) => `the answer should be ${shape}, not ${given}.`,
    notString: (shape, given) => `the answer should be ${shape}, not ${given}.`,
    notObject: (shape) => `the answer should be ${shape}.`,
    keys: (keys) => `the answer should have exactly the keys ${keys}.`,
    numberWrong: "the number is not right yet.",
    persons: "that looks like a number of persons, not a year.",
    stringWrong: (given) => `"${given}" is not right yet.`,
    valuesWrong: (keys, many) => `the value${many ? "s" : ""} for ${keys} ${many ? "are" : "is"} not right yet.`,
    cannotCheck: (why) => `cannot be checked: ${why}.`,
    unknown: (key, known) => `No exercise "${key}" (known: ${known}).`,
    needFigure: "pass the notebook's figure",
    otherFigure: (wanted, given) => `this exercise is about ${wanted}, not ${given}`,
    missingYear: (what, year) => `the download has no value of ${what} for ${year}`,
    unexpected: (id, wanted, got, message) =>
      `Exercise ${id}: expected ${wanted}, but the check says ${got}: ${message}`,
    section: (module) =>
      "## Exercises\n\nEach exercise has an answer cell: compute the answer with the same functions as above, put it in place of " +
      "`undefined`, and run the cell. The check computes the expected answer from the same data " +
      `(\`${module}\`) and says whether yours is right; when it is not, it gives a hint, never the answer. You do not need to change anything in \`src/\`.`,
    question: (n, title, question) => `**Exercise ${n} (${title}).** ${question}`,
    solutionsTitle: (title) => `# Solutions: ${title}`,
    solutionsIntro: (student) =>
      `For teachers: the worked solution of every exercise of the notebook \`${student}\`, and a typical mistake with what the check ` +
      "says to it. The same code as the student's notebook up to the exercises; every solution must be right and every mistake wrong, " +
      "or this notebook stops (`npm run notebooks` executes it).",
    trains: (what) => `*Trains:* ${what}.`,
    solution: "Worked solution:",
    mistake: (why) => `*Typical mistake:* ${why}. What the check says:`,
  },
  notebook: {
    noReadings:
      "This figure's claims have no other defensible readings in the audit; docs/readings.md says which readings were left out and why.",
    syntheticTitle: (title) => `SYNTHETIC DEMO DATA (not Eurostat figures): ${title}`,
    heading: (title, mode) => `### ${title} (mode: ${mode})`,
    request: "request",
    vintage: (label, data, file, kind, sha) =>
      `vintage: ${label}, from ${data}; file \`${file}\` (${kind}, sha256 \`${sha}…\`)`,
    citeAs: "cite as",
    notes: "Notes",
    missingHeading: (figure) => `### The data for ${figure} is missing`,
    failedHeading: (figure) => `### Could not build ${figure}`,
    fetchFailed: (failed) => `Download attempts failed: ${failed}`,
    fetchHint: (command) =>
      `Fetch it with \`${command}\` on a machine with internet access (the files go to \`data/raw/\`), then run this notebook ` +
      "again with `MIGRATIE_DATA=raw`.",
    noFigure: (command) => `*No figure: the run's data is missing. Run \`${command}\`.*`,
    claimsLead:
      "The audit's results for this figure, from the same code and figures as out/claims.json (out/audit.md gives each claim's rule).",
    claimsHeader: { id: "id", claim: "claim", published: "published", computed: "computed", status: "status" },
    latest: "(latest)",
    yourAnswer: "your answer",
    readingsSection:
      "## Does the statement depend on choices?\n\nThe audit above tests each statement on the annex's own reading of the data. A careful " +
      'reader can make other defensible choices: another EU average, another measure of "fluctuates", another threshold of ' +
      '"high". Below, per claim: in how many readings it holds, and the value under each reading beside its threshold. ' +
      "docs/readings.md names every reading with its reason and source.",
    ownReading:
      "**Add a reading of your own.** A reading is a choice with a computation: `evaluate` gets the figures (annex mode) and returns " +
      "a value, a threshold and whether the statement then holds. `tryReading` puts it beside the audit's readings and counts again.",
  },
  /** The readings of the claims (robustness audit): names, reasons, bases, column texts. */
  readings: readingsEn,
  claims: claimsEn,
};
