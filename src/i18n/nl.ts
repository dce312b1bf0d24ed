// The Dutch messages: every fixed text of the figures (titles come from the annex registry), their
// notes and source lines, in the publication's language. en.ts has the same keys (type Messages);
// test/i18n/messages.test.ts checks that, and that an English build shows none of these texts.
// Functions for texts with values; their arguments are data (years, codes, names), never wording.
import type { LangSetting } from "../config";
import { claimsNl } from "./claims-nl";
import { readingsNl } from "./readings-nl";

export const nl = {
  /** The table's language (not a text). */
  lang: "nl" as LangSetting,
  /** Number format: Plotly's separators (decimal, thousands) and the decimal mark of labels. */
  format: { separators: ",.", decimal: ",", locale: "nl-NL" },
  source: {
    /** The line under every figure: provider, the sources with their vintages, the data used. */
    line: (provider: string, parts: string, data: string) =>
      `Bron: ${provider} (${parts}), bewerking Adviesraad Migratie${data ? `.<br>Data: ${data}` : ""}`,
    vintage: (modified: string | undefined, retrieved: string) =>
      modified ? `versie ${modified}, opgehaald ${retrieved}` : `opgehaald ${retrieved}`,
    dataAnnex: "meegeleverde annex-vintage",
    dataLive: "live download",
    dataMirror: "mirror",
  },
  axis: {
    persons: "Aantal personen",
    year: "Jaar",
    immigrants: "Aantal immigranten",
    yearOfImmigration: "Jaar van immigratie",
    fig6: "Eerste asielaanvragen per 1.000 inwoners (gemiddelde per jaar)",
    fig7: "Positieve beslissingen in eerste aanleg (% van de beslissingen, gemiddelde per jaar)",
  },
  /** Motives of figures 2, 3 and 4 (figure 4's categories with family members attributed). */
  motives: {
    work: "Arbeid",
    family_of_work: "Gezin: arbeid",
    study: "Studie",
    family_of_study: "Gezin: studie",
    asylum: "Asiel",
    family_of_asylum_nareis: "Asiel: nareis",
    family_of_asylum: "Gezin: asiel",
    temporary_protection: "Tijdelijke bescherming",
    family: "Gezin",
    family_other: "Gezin: overig",
    other: "Overig",
  },
  /** Countries of figures 6 and 7 (Eurostat geo codes) and the EU aggregate's line. */
  countries: {
    BE: "België",
    BG: "Bulgarije",
    CZ: "Tsjechië",
    DK: "Denemarken",
    DE: "Duitsland",
    EE: "Estland",
    IE: "Ierland",
    EL: "Griekenland",
    ES: "Spanje",
    FR: "Frankrijk",
    HR: "Kroatië",
    IT: "Italië",
    CY: "Cyprus",
    LV: "Letland",
    LT: "Litouwen",
    LU: "Luxemburg",
    HU: "Hongarije",
    MT: "Malta",
    NL: "Nederland",
    AT: "Oostenrijk",
    PL: "Polen",
    PT: "Portugal",
    RO: "Roemenië",
    SI: "Slovenië",
    SK: "Slowakije",
    FI: "Finland",
    SE: "Zweden",
    IS: "IJsland",
    LI: "Liechtenstein",
    NO: "Noorwegen",
    CH: "Zwitserland",
    EU27_2020: "EU-gemiddelde",
  } as Record<string, string>,
  fig1: {
    net: "Migratiesaldo",
    immigration: "Immigratie",
    emigration: "Emigratie",
    noteEmigration:
      "Emigratie is inclusief het saldo van administratieve correcties (CBS: EmigratieInclusiefAdministratieveC_5).",
    noteDutch: "De cijfers zijn inclusief migratie van personen met de Nederlandse nationaliteit.",
    noteProvisional: (to: number) =>
      `Het laatste jaar (${to}) kan voorlopig zijn: zie de status van de periode bij CBS.`,
    checkMissing: (file: string) =>
      `Controle met CBS 37296ned (Bevolking; kerncijfers) niet uitgevoerd: het bestand ontbreekt (${file}).`,
    checkNoYears: "Controle met CBS 37296ned (Bevolking; kerncijfers): geen gemeenschappelijke jaren.",
    checkDiffers: (span: string, years: string) =>
      `Controle met CBS 37296ned (Bevolking; kerncijfers), ${span}: immigratie of emigratie wijkt af in ${years}.`,
    checkEqual: (span: string, n: number) =>
      `Controle met CBS 37296ned (Bevolking; kerncijfers), ${span}: immigratie en emigratie zijn in alle ${n} jaren gelijk.`,
  },
  fig2: {
    noteEu:
      "EU omvat hier alle EU-lidstaten en de EFTA-landen (Noorwegen, Zwitserland, Liechtenstein, IJsland), naar de samenstelling in het jaar van immigratie.",
    noteDutch: (key: string) =>
      `Exclusief Nederlanders: voor hen bepaalt CBS geen afgeleid migratiedoel (sleutel ${key}).`,
    noteDerived:
      "Het afgeleid migratiedoel is door CBS bepaald uit wat de immigrant na aankomst doet (werk binnen 120 dagen, partner of ouder binnen 120 dagen, studie binnen 366 dagen); methode herzien in 2020.",
    noteStudy: (to: number) =>
      `Het aantal studiemigranten in het laatste jaar (${to}) is volgens CBS onderschat: daarvoor waren alleen voorlopige onderwijsgegevens beschikbaar.`,
    noteGaps: (gaps: string) => `Geen waarde (leeg gelaten): ${gaps}.`,
  },
  fig3: {
    noteNonEu:
      "Niet-EU omvat alle nationaliteiten buiten de EU en de EFTA-landen, naar de samenstelling in het jaar van immigratie (Verenigd Koninkrijk vanaf 2021).",
    noteMotive:
      "Het motief is dat van de eerste verblijfsvergunning van de IND; nareizigers (gezinsleden onder de nareisregeling) tellen als asiel.",
    noteTemporary: "Tijdelijke bescherming: Oekraïners onder de Europese richtlijn tijdelijke bescherming, vanaf 2022.",
    noteBlank: (motive: string, years: string) => `${motive}: geen waarde in ${years} (leeg gelaten, niet 0).`,
  },
  fig4: {
    groupEu: "EU/EFTA",
    groupNonEu: "niet-EU/EFTA",
    noteNonDutch:
      "Niet-Nederlanders: immigranten uit EU/EFTA-landen zonder Nederlanders (geen afgeleid migratiedoel) plus alle immigranten van buiten de EU/EFTA.",
    noteMotives: "EU/EFTA: door CBS afgeleid migratiedoel; niet-EU/EFTA: motief van de eerste IND-vergunning.",
    noteSplit:
      "Gezinsleden die meekwamen of later volgden zijn toegerekend aan het motief van de hoofdmigrant (arbeid, studie, asiel); nareis apart van reguliere gezinsmigratie bij asiel.",
    noteNareis:
      "Nareis wordt pas sinds 2013 apart geteld; daarvoor valt het onder asiel (het aandeel nareis is dus feitelijk iets hoger).",
    noteMain:
      "De publicatie rekent gezinsleden toe aan het motief van de hoofdmigrant (arbeid, studie, asiel); dat vraagt de subcategorieën van gezinsmigratie, die hier ontbreken. Gezin is daardoor groter en arbeid, studie en asiel kleiner dan in de publicatie.",
    residentUnavailable: (candidate: string, why: string) =>
      `Nog in Nederland woonachtig (${candidate}): niet berekend (${why}).`,
    residentSplit: (candidate: string) =>
      `Nog in Nederland woonachtig (${candidate}): met toerekening van gezinsleden.`,
    residentMain: (candidate: string) => `Nog in Nederland woonachtig (${candidate}): alleen hoofdmotieven.`,
    subtitleMain:
      "Alleen hoofdmotieven: gezinsleden niet toegerekend aan de hoofdmigrant (subcategorieën ontbreken in de gegevens)",
    subtitleSplit: "Gezinsleden toegerekend aan het motief van de hoofdmigrant",
    // Family split (family-split.ts) and the still-resident composition (still-resident.ts).
    noCodeList: (label: string) => `${label}: geen codelijst, dus de subcategorieën zijn niet te herkennen`,
    noFamilySubs: (label: string) => `${label}: de gegevens bevatten geen subcategorieën van gezin`,
    ignoredSubs: (label: string, list: string) =>
      `${label}: subcategorieën van andere motieven, meegeteld in hun hoofdmotief: ${list}.`,
    mainOnly: (reasons: string) => `Alleen hoofdmotieven: ${reasons}.`,
    unmeasured: (table: string, years: string) =>
      `Nog in Nederland (${table}): voor ${years} nog geen meting na immigratie; als nog aanwezig geteld.`,
    secLabel: (label: string, table: string) => `${label} (${table}, sociaaleconomische categorie)`,
    populationLabel: (group: string, table: string, to: number) => `${group} (${table}, bevolking 31 december ${to})`,
    absent: (ids: string) => `ontbreekt: ${ids}`,
    notComputable: (why: string) => `niet te berekenen: ${why}`,
  },
  fig5: {
    first: "Eerste asielverzoeken",
    subsequent: "Volgende asielverzoeken",
    nareizigers: "Nareizigers",
    total: "Totaal",
    noteSubsequent:
      "Volgende asielverzoeken worden pas sinds 2007 apart geteld; daarvoor zijn ze leeg (onbekend), niet 0.",
    noteNareizigers:
      "Nareizigers worden sinds 2013 apart geteld; daarvoor zijn ze als eerste asielverzoeken meegeteld.",
  },
  /** Figures 6 and 7: the EU cross-section. */
  eu: {
    noValue: (country: string, geo: string, period: string) =>
      `${country} (${geo}): geen enkele waarde in ${period}; niet in de figuur.`,
    missingYears: (country: string, geo: string, years: string) =>
      `${country} (${geo}): geen waarde voor ${years}; gemiddelde over de overige jaren.`,
    euEftaNote: (aggregate: string) =>
      "EU zoals de publicatie het bedoelt (voetnoot 2): de 27 lidstaten en de EFTA-landen IJsland, Liechtenstein, Noorwegen en Zwitserland. " +
      `Het EU-gemiddelde is Eurostats aggregaat ${aggregate} van de 27 lidstaten (de EFTA-landen tellen daarin niet mee).`,
  },
  fig6: {
    provisional: (list: string) => `Voorlopige waarden (Eurostat-vlag p): ${list}.`,
  },
  fig7: {
    dublinTaken: (code: string, label: string) =>
      `Dublinzaken: de Eurostat-categorie ${code} ("${label}") is van het totaal afgetrokken: ` +
      `aandeel = positief / (alle beslissingen - Dublin-afwijzingen).`,
    dublinGaps: (list: string) =>
      `Geen aantal Dublin-afwijzingen voor ${list}: daar is het aandeel over alle beslissingen berekend.`,
    dublinNone: (codes: string) =>
      `Dublinzaken: de Eurostat-tabel heeft geen aparte categorie voor Dublin-afwijzingen (beslissingscodes: ${codes}). ` +
      `Het aandeel is daarom positief / alle beslissingen in eerste aanleg zoals Eurostat die telt; ` +
      `of een land Dublin-niet-ontvankelijkheidsbeslissingen als afwijzing meetelt, staat niet in deze tabel (zie notebook 07).`,
    excluded:
      "Hongarije en Liechtenstein zijn weggelaten vanwege het geringe aantal beslissingen, zoals in de publicatie.",
    euAverage: (aggregate: string) =>
      `EU-gemiddelde: het jaarlijkse aandeel van Eurostats aggregaat ${aggregate} (alle beslissingen in de EU, Hongarije inbegrepen). ` +
      `Elk gemiddelde is het ongewogen gemiddelde van de jaarlijkse aandelen, niet het aandeel over alle jaren samen.`,
    codeList: (legacy: boolean, codes: string) =>
      `Beslissingscodes van deze download: ${legacy ? "oude" : "nieuwe"} codelijst (${codes}).`,
    flags: (list: string) => `Eurostat-vlaggen: ${list}.`,
    checkDone: (n: number, max: string) =>
      `Controle met migr_asydec1pc: ${n} land-jaren vergeleken, grootste verschil ${max} procentpunt`,
    checkOff: (tolerance: string, list: string) => `; meer dan ${tolerance} bij ${list}.`,
    checkFailed: (why: string) => `Controle met migr_asydec1pc niet mogelijk: ${why}`,
    checkSkipped: (file: string, hint: string) =>
      `Controle met migr_asydec1pc niet gedaan: ${file} ontbreekt (optioneel; \`${hint}\`).`,
  },
  /** index.html: the link to the other language's page. */
  page: {
    otherLanguage: "English version",
    notBuilt: (command: string) => `(nog niet gebouwd: ${command})`,
  },
  /** The run's data (raw/data-source.ts's dataLine): the first line of audit.md and index.html. */
  dataSource: {
    line: (description: string) => `Data: ${description}`,
    retrieved: (dates: string) => `opgehaald ${dates}`,
    noFiles: "geen gecatalogiseerde bestanden",
    annex: (folder: string, retrieved: string) => `annex-vintage ${folder} (meegeleverd met het pakket; ${retrieved})`,
    mirror: (folder: string, retrieved: string) => `mirror ${folder} (${retrieved})`,
    liveEmpty: (folder: string) =>
      `live gedownloade bestanden in ${folder} (nog geen: ontbrekende bestanden worden live gedownload)`,
    live: (folder: string, retrieved: string, copied: string) =>
      `live gedownloade bestanden in ${folder} (${retrieved}${copied})`,
    copied: (n: number, total: number, mirrors: string) =>
      `; ${n} van ${total} bestand(en) gekopieerd uit mirror ${mirrors}`,
  },
  /** How a source is cited (parse/citation.ts's citationLine); producer, codes, URL stay as they are. */
  citation: {
    version: (date: string) => `versie ${date}`,
    /** Eurostat's version: the date of its last update. */
    lastUpdate: (date: string) => `laatst bijgewerkt ${date}`,
    noVersion: "versie niet vastgelegd",
    retrieved: (date: string) => `opgehaald ${date}`,
    licence: {
      CBS: "licentie CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
      Eurostat: "hergebruik met bronvermelding (https://ec.europa.eu/eurostat/web/main/help/copyright-notice)",
    },
  },
  /**
   * index.html and audit.md: headings, table headers, labels and summaries. Claim and figure
   * status codes (reproduced, needs-data, ...) stay codes in claims.json, CSS classes and data
   * attributes; these are the words readers see. Arguments marked html are already escaped.
   */
  report: {
    /** index.html's <title>. */
    pageTitle: "Migratie in cijfers: figuren en audit",
    /** index.html's introduction; mode, latest and summary are html. */
    intro: (mode: string, latest: string, summary: string) =>
      `De figuren van de bijlage "Migratie in cijfers" (Adviesraad Migratie, juli 2025), opnieuw gemaakt uit de ruwe downloads van CBS StatLine en Eurostat. ` +
      `Figuren in modus ${mode}; beweringen worden gecontroleerd in modus annex, tenzij gemarkeerd met ${latest}. ${summary}.`,
    modeAnnex: (mode: string) => `${mode} (de perioden van de publicatie)`,
    modeLatest: (mode: string) => `${mode} (tot het nieuwste jaar in de data)`,
    /** The mark of a claim checked on the newest data (latest mode). */
    latest: "nieuwste data",
    needsDataHeading: "Figuren die data nodig hebben",
    noneNeedData: "Geen: alle figuren zijn gemaakt.",
    notBuiltInRun: "Niet gemaakt in deze run",
    notBuiltWhy: "niet gemaakt in deze run",
    couldNotBuild: "Kon niet worden gemaakt",
    needsData: "Heeft data nodig",
    missingFiles: "Ontbreekt",
    /** The title of an empty table cell. */
    missingValue: "ontbreekt",
    rows: (n: number) => (n === 1 ? "1 rij" : `${n} rijen`),
    claimsHeading: "Beweringen",
    notesHeading: "Toelichting",
    sourcesHeading: "Bronnen",
    auditHeading: "Audit",
    modePeriod: (mode: string, from: number, to: number) => `Modus: ${mode}, periode ${from}-${to}.`,
    auditIntro: (summary: string) =>
      `${summary}. Houd de muis boven een uitspraak voor de regel waarmee die wordt gecontroleerd; out/audit.md geeft de regels, afrondingen, toleranties en versies van de data.`,
    noClaims: "Geen beweringen bij deze figuur.",
    /** The links of a figure's section to its notebook pages (npm run notebooks writes them). */
    notebookLinks: {
      notebook: "Notebook",
      page: "uitgevoerde pagina",
      solutions: "uitwerkingen voor docenten",
      otherEdition: "Engelse editie",
      when: "na npm run notebooks",
    },
    // Table headers.
    figure: "figuur",
    statement: "uitspraak",
    published: "gepubliceerd",
    computed: "berekend",
    status: "status",
    // A source: its vintage, where it was read from, the request and how to cite it.
    vintage: "stand",
    from: "uit",
    file: "bestand",
    request: "opvraagadres",
    citeAs: "bronvermelding",
    /** How a source's metadata was obtained (the sidecar's kind). */
    sourceKind: { recorded: "vastgelegd", reconstructed: "gereconstrueerd" },
    /** Which data a source was read from (parse/citation.ts's dataLabel, in the output's language). */
    originAnnex: (folder: string) => `de meegeleverde annex-vintage (${folder})`,
    originLive: (date: string, folder: string) => `live download van ${date} (${folder})`,
    originMirror: (folder: string) => `mirror ${folder}`,
    originMirrorCopy: (mirror: string, folder: string) => `kopie van mirror ${mirror} in ${folder}`,
    // Claim statuses as readers see them.
    /** A claim that no statement of the annex registry names (claims/types.ts's stand-in statement). */
    noStatement: (id: string) => `(geen uitspraak in het register van de bijlage noemt ${id})`,
    reproduced: "gereproduceerd",
    differs: "wijkt af",
    differsDetail: (published: string, computed: string) => `gepubliceerd ${published}, berekend ${computed}`,
    needsDataStatus: "heeft data nodig",
    figureDataMissing: "de data van de figuur ontbreekt",
    error: "fout",
    summary: (claims: number, reproduced: number, differ: number, needData: number, errors: number) =>
      `${claims} ${claims === 1 ? "bewering" : "beweringen"}: ${reproduced} gereproduceerd, ${differ} ${differ === 1 ? "wijkt" : "wijken"} af, ` +
      `${needData} ${needData === 1 ? "heeft" : "hebben"} data nodig${errors ? `, ${errors} niet te berekenen (fout)` : ""}`,
    // Why a figure is not there.
    noModule: (id: string) => `${id} wordt nog niet gemaakt door dit pakket (geen figuurmodule)`,
    /** A figure this package makes, left out of a partial run (--only). */
    notInRun: (id: string) => `${id} is niet gemaakt in deze run (--only)`,
    /** A figure's missing source, named by producer, table and title, and how to get it (a command that does what it says). */
    needsSource: (source: string, hint: string) =>
      `${source} ontbreekt in de data van deze run. Download het live en bouw alle figuren daaruit met \`${hint}\` (of \`npm run update\`), of lees een mirror die het heeft (--mirror).`,
    failed: (id: string, message: string) => `${id} kon niet worden gemaakt: ${message}`,
    alsoNeeds: (id: string, why: string) => `heeft ook ${id} nodig: ${why}`,
    /** A figure's status in audit.md's overview. */
    figureStatus: { built: "gemaakt", "needs-data": "heeft data nodig", failed: "mislukt", absent: "niet in deze run" },
    // audit.md.
    auditTitle: "Audit: de cijfers van de bijlage vergeleken met de ruwe data",
    auditAbout:
      'Elke kwantitatieve uitspraak van "Bijlage: Migratie in cijfers" (Adviesraad Migratie, *Van crisisaanpak naar ' +
      "toekomstgericht migratiebeleid*, juli 2025), berekend uit de ruwe downloads van CBS en Eurostat.",
    auditModes:
      "Gepubliceerde waarden worden gecontroleerd op de figuren voor de perioden van de publicatie (modus **annex**). Uitspraken " +
      'over wat de data bevat (bijvoorbeeld "2024 is nog niet beschikbaar") worden gecontroleerd op de figuren tot het nieuwste ' +
      "jaar in de data (modus **latest**, in de tabellen gemarkeerd met *nieuwste data*) en veranderen als er nieuwe data verschijnt.",
    // The overview's headers (figure: above).
    annexFigure: "figuur in modus annex",
    claimsCount: "beweringen",
    reproducedCount: "gereproduceerd",
    differCount: "wijken af",
    needDataCount: "hebben data nodig",
    dataNotBuilt: (why: string) => `Data: ${why}.`,
    dataStatus: (status: string, why: string) => `Data: **${status}**: ${why}`,
    dataUsed: "Gebruikte data (stand):",
    publishedTitle: (title: string) => `Gepubliceerde titel: "${title}"`,
    figureDataAbove: "heeft data nodig (de data van de figuur, zie boven)",
    howChecked: "Hoe elke bewering wordt gecontroleerd:",
    rounding: "afronding",
    tolerance: "tolerantie",
    data: "data",
    notComputedHeading: "Uitspraken die de data niet kan controleren",
    uncoveredHeading: "Uitspraken zonder bewering in deze run",
    where: { bullet: "opsomming", title: "titel", footnote: (n: string) => `voetnoot ${n}` },
    /** A Dutch text with its English rendering (English output only). */
    withEnglish: (text: string, english: string) => `${text} (Engels: ${english})`,
  },
  /** The claims' values, rules, details and needs-data reasons (claims-nl.ts). */
  claims: claimsNl,
  /** The notebooks' exercise checks (src/notebook/exercises/): what a student sees under an answer cell. */
  exercise: {
    heading: (n: number, title: string) => `Opgave ${n} (${title})`,
    right: "✅ goed.",
    wrong: (why: string, hint: string) => `❌ ${why} Hint: ${hint}`,
    notAnswered: (shape: string) =>
      `nog niet beantwoord. Vervang \`undefined\` door ${shape} en voer deze cel opnieuw uit.`,
    notNumber: (shape: string, given: string) => `het antwoord moet ${shape} zijn, niet ${given}.`,
    notString: (shape: string, given: string) => `het antwoord moet ${shape} zijn, niet ${given}.`,
    notObject: (shape: string) => `het antwoord moet ${shape} zijn.`,
    keys: (keys: string) => `het antwoord moet precies de sleutels ${keys} hebben.`,
    numberWrong: "het getal klopt nog niet.",
    persons: "dat lijkt een aantal personen, geen jaartal.",
    stringWrong: (given: string) => `"${given}" klopt nog niet.`,
    valuesWrong: (keys: string, many: boolean) =>
      `de waarde${many ? "n" : ""} voor ${keys} ${many ? "kloppen" : "klopt"} nog niet.`,
    cannotCheck: (why: string) => `kan niet worden gecontroleerd: ${why}.`,
    unknown: (key: string, known: string) => `Opgave "${key}" bestaat niet (wel: ${known}).`,
    needFigure: "geef de figuur van het notebook mee",
    otherFigure: (wanted: string, given: string) => `deze opgave gaat over ${wanted}, niet over ${given}`,
    missingYear: (what: string, year: number) => `de download heeft geen waarde van ${what} voor ${year}`,
    /** The solutions notebooks: a worked solution must be right, a typical mistake wrong. */
    unexpected: (id: string, wanted: string, got: string, message: string) =>
      `Opgave ${id}: verwacht ${wanted}, maar de controle zegt ${got}: ${message}`,
    /** The notebooks' exercise section and the solutions notebooks (src/notebook/edition.ts). */
    section: (module: string) =>
      "## Opgaven\n\nElke opgave heeft een antwoordcel: bereken het antwoord met dezelfde functies als hierboven, zet het op de plaats " +
      "van `undefined` en voer de cel uit. De controle berekent het verwachte antwoord uit dezelfde data " +
      `(\`${module}\`) en zegt of het jouwe klopt; zo niet, dan geeft ze een hint, nooit het antwoord. Je hoeft niets in \`src/\` te veranderen.`,
    question: (n: number, title: string, question: string) => `**Opgave ${n} (${title}).** ${question}`,
    solutionsTitle: (title: string) => `# Uitwerkingen: ${title}`,
    solutionsIntro: (student: string) =>
      `Voor docenten: de uitgewerkte oplossing van elke opgave van het notebook \`${student}\`, en een typische fout met wat de controle ` +
      "erop zegt. Dezelfde code als het notebook van de student tot aan de opgaven; elke oplossing moet goed zijn en elke fout fout, " +
      "anders stopt dit notebook (`npm run notebooks` voert het uit).",
    trains: (what: string) => `*Oefent:* ${what}.`,
    solution: "Uitgewerkte oplossing:",
    mistake: (why: string) => `*Typische fout:* ${why}. Wat de controle zegt:`,
  },
  /** The notebooks' own texts (src/notebook/open-figure.ts, present.ts, edition.ts): setup, provenance, claims, readings. */
  notebook: {
    noReadings:
      "De beweringen van deze figuur hebben geen andere verdedigbare lezingen in de audit; docs/readings.md zegt welke lezingen zijn weggelaten en waarom.",
    syntheticTitle: (title: string) => `SYNTHETISCHE DEMO-DATA (geen Eurostat-cijfers): ${title}`,
    heading: (title: string, mode: string) => `### ${title} (modus: ${mode})`,
    request: "verzoek",
    vintage: (label: string, data: string, file: string, kind: string, sha: string) =>
      `versie: ${label}, uit ${data}; bestand \`${file}\` (${kind}, sha256 \`${sha}…\`)`,
    citeAs: "citeer als",
    notes: "Noten",
    missingHeading: (figure: string) => `### De data voor ${figure} ontbreekt`,
    failedHeading: (figure: string) => `### Kon ${figure} niet maken`,
    fetchFailed: (failed: string) => `Downloads mislukt: ${failed}`,
    fetchHint: (command: string) =>
      `Haal ze op met \`${command}\` op een machine met internet (de bestanden komen in \`data/raw/\`) en voer dit notebook ` +
      "daarna opnieuw uit met `MIGRATIE_DATA=raw`.",
    noFigure: (command: string) => `*Geen figuur: de data van deze run ontbreekt. Voer \`${command}\` uit.*`,
    claimsLead:
      "De resultaten van de audit voor deze figuur, uit dezelfde code en figuren als out/claims.json (out/audit.md geeft de regel van elke bewering).",
    claimsHeader: { id: "id", claim: "bewering", published: "gepubliceerd", computed: "berekend", status: "status" },
    latest: "(nieuwste)",
    yourAnswer: "je antwoord",
    readingsSection:
      "## Hangt de uitspraak af van keuzes?\n\nDe audit hierboven toetst elke uitspraak op de lezing van de annex. Maar een zorgvuldige lezer kan " +
      'ook andere, verdedigbare keuzes maken: een ander EU-gemiddelde, een andere maat voor "schommelt", een andere drempel voor ' +
      '"hoog". Hieronder per bewering: in hoeveel lezingen ze standhoudt, en de waarde onder elke lezing naast de drempel. ' +
      "docs/readings.md noemt elke lezing met haar reden en bron.",
    ownReading:
      "**Voeg zelf een lezing toe.** Een lezing is een keuze met een berekening: `evaluate` krijgt de figuren (annexmodus) en geeft " +
      "een waarde, een drempel en of de uitspraak dan standhoudt. `tryReading` zet haar naast de lezingen van de audit en telt opnieuw.",
  },
  /** The readings of the claims (robustness audit): names, reasons, bases, column texts. */
  readings: readingsNl,
};

/** The message table's shape: every language has exactly these keys (en.ts is checked against it). */
export type Messages = typeof nl;
