// The source catalog: every raw download the annex figures need, in one place.
// Endpoint URLs live only in this file. Each entry names the provider's table or
// dataset, the exact API request (filtered at the API), the file under data/raw/
// (the mirror's layout) and the producer's title.
import { DECISION_SOURCES } from "./decision-sources";
import { MOTIVE_SOURCES } from "./motive-sources";
import type { FigureId } from "./annex";
import type { Endpoints, Source, SourceBase } from "./types";

// The types live in types.ts (decision-sources.ts and motive-sources.ts need them too: no cycle); re-exported for callers.
export type { CbsSource, Endpoints, EurostatSource, Source } from "./types";

const CBS_ODATA_API = "https://opendata.cbs.nl/ODataApi/odata";
/** Bulk endpoint without the 10,000-row limit; pages with odata.nextLink. */
const CBS_ODATA_FEED = "https://opendata.cbs.nl/ODataFeed/odata";
const EUROSTAT_API = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data";

export const ENDPOINTS: Readonly<Endpoints> = {
  cbsApi: CBS_ODATA_API,
  cbsFeed: CBS_ODATA_FEED,
  eurostatApi: EUROSTAT_API,
};

/** Plain identifiers only: refuse anything that could escape a URL path or a folder. */
const IDENTIFIER = /^[A-Za-z0-9_]+$/;

// Default selection of CBS 84808NED/84809NED: totals of every other dimension.
// Leeftijd keys are padded to 7 characters in CBS's store, so the filter carries the spaces.
const MOTIVE_TOTALS =
  "Geslacht eq 'T001038' and Leeftijd eq '10000  ' and Nationaliteit eq 'T001059' and " +
  "SociaaleconomischeCategorie eq 'T001083' and Verblijfsduur eq 'A027954'";

export const SOURCES: Source[] = [
  {
    id: "cbs-83474NED-data",
    provider: "CBS",
    table: "83474NED",
    entity: "TypedDataSet",
    title: "Bevolkingsontwikkeling; levend geborenen, overledenen en migratie per maand",
    format: "cbs-odata-v3-json",
    file: "cbs/83474NED/TypedDataSet.json",
    figures: ["fig1"],
    need: "required",
    counts: ["Immigratie_4", "EmigratieInclusiefAdministratieveC_5"],
    // The whole table is about 400 rows (months and years since 1995): small enough to take whole,
    // and the same request as the mirror's, so a mirror and a live download are interchangeable.
    purpose:
      "Immigration and emigration (including administrative corrections) per year and per month, from 1995 to the newest month",
  },
  {
    id: "cbs-37296ned-csv",
    provider: "CBS",
    table: "37296ned",
    entity: "UntypedDataSet",
    title: "Bevolking; kerncijfers",
    format: "cbs-csv",
    file: "cbs/37296ned/UntypedDataSet.csv",
    figures: ["fig1"],
    need: "optional",
    mirrorOnly: true,
    counts: ["Immigratie_73", "EmigratieInclusiefAdministratieveC_74"],
    columns: ["Immigratie_73", "EmigratieInclusiefAdministratieveC_74"],
    purpose: "Independent cross-check of figure 1 from a StatLine CSV export (flows 1950-2021)",
  },
  {
    id: "cbs-80059NED-data",
    provider: "CBS",
    table: "80059NED",
    entity: "TypedDataSet",
    title: "Asielverzoeken; nationaliteit, vanaf 1975",
    format: "cbs-odata-v3-json",
    file: "cbs/80059NED/TypedDataSet.json",
    figures: ["fig5"],
    need: "required",
    query: { filter: "startswith(Nationaliteit,'T001059')" },
    counts: [
      "TotaalAsielverzoekenEnNareizigers_1",
      "EersteAsielverzoekenPersonen_2",
      "VolgendeAsielverzoeken_3",
      "NareizigersPersonen_4",
    ],
    purpose: "Asylum requests (first, subsequent) and nareizigers, all nationalities, per year since 1975",
  },
  {
    id: "cbs-84808NED-data",
    provider: "CBS",
    table: "84808NED",
    entity: "TypedDataSet",
    title: "Immigranten EU/EFTA; afgeleid migratiedoel, sociaaleconomische categorie",
    format: "cbs-odata-v3-json",
    file: "cbs/84808NED/TypedDataSet.json",
    figures: ["fig2", "fig4"],
    need: "required",
    query: {
      filter: MOTIVE_TOTALS,
      select: ["JaarVanImmigratie", "AfgeleidMigratiedoel", "ImmigrantenUitEUEFTALanden_1"],
    },
    counts: ["ImmigrantenUitEUEFTALanden_1"],
    purpose: "EU/EFTA immigrants by derived motive per year of immigration (totals of all other dimensions)",
  },
  {
    id: "cbs-84808NED-info",
    provider: "CBS",
    table: "84808NED",
    entity: "TableInfos",
    title: "Immigranten EU/EFTA; afgeleid migratiedoel, sociaaleconomische categorie",
    format: "cbs-odata-v3-json",
    file: "cbs/84808NED/TableInfos.json",
    figures: ["fig2", "fig4"],
    need: "optional",
    purpose: "Table metadata: Modified is the vintage shown on the figure",
  },
  {
    id: "cbs-84809NED-data",
    provider: "CBS",
    table: "84809NED",
    entity: "TypedDataSet",
    title: "Immigranten niet EU/EFTA; migratiemotief, sociaaleconomische categorie",
    format: "cbs-odata-v3-json",
    file: "cbs/84809NED/TypedDataSet.json",
    figures: ["fig3", "fig4"],
    need: "required",
    query: {
      filter: MOTIVE_TOTALS,
      select: ["JaarVanImmigratie", "Migratiemotief", "ImmigrantenExclusiefEUEFTA_1"],
    },
    counts: ["ImmigrantenExclusiefEUEFTA_1"],
    purpose: "Non-EU/EFTA immigrants by motive (first IND permit) per year of immigration",
  },
  {
    id: "cbs-84809NED-info",
    provider: "CBS",
    table: "84809NED",
    entity: "TableInfos",
    title: "Immigranten niet EU/EFTA; migratiemotief, sociaaleconomische categorie",
    format: "cbs-odata-v3-json",
    file: "cbs/84809NED/TableInfos.json",
    figures: ["fig3", "fig4"],
    need: "optional",
    purpose: "Table metadata: Modified is the vintage shown on the figure",
  },
  {
    id: "eurostat-migr_asyapp1mp",
    provider: "Eurostat",
    dataset: "migr_asyapp1mp",
    title: "First-time asylum applicants - per thousand persons",
    format: "jsonstat-2.0",
    file: "eurostat/migr_asyapp1mp.json",
    figures: ["fig6"],
    need: "required",
    measureKind: "rate",
    dimensions: ["freq", "unit", "geo", "time"],
    // The whole dataset is 33 countries x years (under 600 cells): the same request as the mirror's.
    purpose:
      "First-time asylum applicants per 1,000 inhabitants, EU member states, EFTA countries (the annex's EU/EFTA) and EU27_2020",
  },
  ...DECISION_SOURCES,
  ...MOTIVE_SOURCES,
];

export function sourceById(id: string): Source {
  const s = SOURCES.find((x) => x.id === id);
  if (!s) throw new Error(`Unknown source id "${id}". Known: ${SOURCES.map((x) => x.id).join(", ")}`);
  return s;
}

/**
 * Sources named for a reader: one entry per table, by producer, table and title, with its files
 * (an internal id such as cbs-84808NED-sec means nothing on a page).
 */
export function sourceNames(sources: Source[]): string {
  const byTable = new Map<string, { title: string; files: string[] }>();
  for (const s of sources) {
    const key = `${s.provider} ${s.provider === "CBS" ? s.table : s.dataset}`;
    const entry = byTable.get(key) ?? { title: s.title, files: [] };
    if (!entry.files.includes(s.file)) entry.files.push(s.file);
    byTable.set(key, entry);
  }
  return [...byTable].map(([key, e]) => `${key} "${e.title}" (${e.files.join(", ")})`).join("; ");
}

function checkIdentifier(what: string, value: string): void {
  if (!IDENTIFIER.test(value)) {
    throw new Error(`Refusing ${what} "${value}": only letters, digits and '_' are allowed`);
  }
}

/** Eurostat codes and time values: letters, digits, '_', '-', '.' (e.g. EU27_2020, Y14-17, 2008). */
const EUROSTAT_VALUE = /^[A-Za-z0-9_.-]+$/;
/** One folder or file name under data/raw/. */
const FILE_PART = /^[A-Za-z0-9_.-]+$/;

/** Checks every id that ends up in a URL or a file name, before any request or file access. */
export function validateSource(s: Source): void {
  if (typeof s.file !== "string") throw new Error(`Refusing source ${s.id}: it has no file path`);
  if (s.provider === "CBS") {
    checkIdentifier("CBS table id", s.table);
    checkIdentifier("CBS entity", s.entity);
    for (const column of s.query?.select ?? []) checkIdentifier(`CBS column in $select of ${s.id}`, column);
    // '&', '#' and '?' would end the $filter option and start another: the request would not be the catalogued one.
    if (s.query?.filter !== undefined && (s.query.filter.trim() === "" || /[&#?\u0000-\u001f]/.test(s.query.filter))) {
      throw new Error(
        `Refusing $filter of ${s.id} ("${s.query.filter}"): empty, or it holds '&', '#', '?' or a control character`,
      );
    }
  } else if (s.provider === "Eurostat") {
    checkIdentifier("Eurostat dataset id", s.dataset);
    for (const [key, value] of Object.entries(s.params ?? {})) {
      checkIdentifier(`Eurostat parameter name of ${s.id}`, key);
      for (const one of Array.isArray(value) ? value : [value]) {
        if (!EUROSTAT_VALUE.test(one))
          throw new Error(
            `Refusing Eurostat parameter ${key}="${one}" of ${s.id}: only letters, digits, '_', '-' and '.' are allowed`,
          );
      }
    }
  } else {
    throw new Error(`Refusing source ${(s as SourceBase).id}: unknown provider "${(s as SourceBase).provider}"`);
  }
  const parts = s.file.split("/");
  if (s.file.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".." || !FILE_PART.test(p))) {
    throw new Error(
      `Refusing catalog file path "${s.file}" of ${s.id}: it must be a relative path inside data/raw/ (letters, digits, '_', '-', '.')`,
    );
  }
}

/** The API request that returns this source's content (for mirror-only sources: null). */
export function sourceUrl(s: Source, opts: { paged?: boolean; endpoints?: Endpoints } = {}): string | null {
  validateSource(s);
  const ep = opts.endpoints ?? ENDPOINTS;
  if (s.provider === "CBS") {
    if (s.mirrorOnly) return null;
    const base = (opts.paged ?? s.paged) ? ep.cbsFeed : ep.cbsApi;
    const q: string[] = [];
    if (s.query?.filter) q.push(`$filter=${s.query.filter}`);
    if (s.query?.select) q.push(`$select=${s.query.select.join(",")}`);
    return `${base}/${s.table}/${s.entity}${q.length ? "?" + q.join("&") : ""}`;
  }
  const q = ["format=JSON", "lang=EN"];
  for (const [k, v] of Object.entries(s.params ?? {})) {
    for (const one of Array.isArray(v) ? v : [v]) q.push(`${k}=${one}`);
  }
  return `${ep.eurostatApi}/${s.dataset}?${q.join("&")}`;
}

/** A URL as sent on the wire: CBS wants spaces and quotes percent-encoded. */
function wireUrl(url: string): string {
  return encodeURI(url).replace(/'/g, "%27");
}

/** The URL as sent on the wire: CBS wants spaces and quotes percent-encoded, and JSON output. */
export function requestUrl(s: Source, opts: { paged?: boolean; endpoints?: Endpoints } = {}): string | null {
  const url = sourceUrl(s, opts);
  if (url === null) return null;
  if (s.provider === "CBS") return wireUrl(url + (url.includes("?") ? "&" : "?") + "$format=json");
  return encodeURI(url);
}

const EUROSTAT_TIME_PARAMS = new Set(["time", "sinceTimePeriod", "untilTimePeriod", "lastTimePeriod"]);

/**
 * The producer's metadata request used to decide whether a table changed (conditional re-fetch), as sent
 * on the wire. CBS: the table's TableInfos (Modified). Eurostat has no metadata-only JSON-stat response:
 * the source's own request cut to its last period, whose `updated` is the whole dataset's.
 */
export function metadataUrl(s: Source, opts: { endpoints?: Endpoints } = {}): string | null {
  validateSource(s);
  const ep = opts.endpoints ?? ENDPOINTS;
  if (s.provider === "CBS") return s.mirrorOnly ? null : `${ep.cbsApi}/${s.table}/TableInfos?$format=json`;
  const q = ["format=JSON", "lang=EN"];
  for (const [k, v] of Object.entries(s.params ?? {})) {
    if (EUROSTAT_TIME_PARAMS.has(k)) continue;
    for (const one of Array.isArray(v) ? v : [v]) q.push(`${k}=${one}`);
  }
  q.push("lastTimePeriod=1");
  return encodeURI(`${ep.eurostatApi}/${s.dataset}?${q.join("&")}`);
}

export function sourcesForFigure(fig: FigureId): Source[] {
  return SOURCES.filter((s) => s.figures.includes(fig));
}

/** The ids of the sources a figure reads, in catalog order: the one list of which figures a source serves is Source.figures. */
export function sourceIdsOf(fig: FigureId): string[] {
  return sourcesForFigure(fig).map((s) => s.id);
}
