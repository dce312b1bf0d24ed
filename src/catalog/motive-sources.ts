// Catalog entries for figures 2-4 beyond the filtered motive data (cbs-84808NED-data and
// cbs-84809NED-data, in sources.ts): the code lists that carry each motive's Key and Title (the
// family sub-categories are recognised by their titles), and the two candidate sources of the
// still-resident composition. All are optional: without them figure 4 falls back to the main
// motives and the claims that need them report needs-data.
import type { FigureId } from "./annex";
import type { CbsSource } from "./types";

const EU = "Immigranten EU/EFTA; afgeleid migratiedoel, sociaaleconomische categorie";
const NON_EU = "Immigranten niet EU/EFTA; migratiemotief, sociaaleconomische categorie";
const POP_EU = "Bevolking op 31 december, immigranten EU/EFTA, afgeleid migratiedoel";
const POP_NON_EU = "Bevolking op 31 december, immigranten niet-EU/EFTA, migratiemotief";

/** A CBS dimension's code list (Key, Title, Description, CategoryGroupID): a few dozen rows. */
function codeList(table: string, title: string, dimension: string, figures: FigureId[], purpose: string): CbsSource {
  return {
    id: `cbs-${table}-${dimension}`,
    provider: "CBS",
    table,
    entity: dimension,
    title,
    format: "cbs-odata-v3-json",
    file: `cbs/${table}/${dimension}.json`,
    figures,
    need: "optional",
    purpose,
  };
}

// Totals of sex, age and nationality; every motive, socio-economic category and duration of stay.
// About 26 years x 17 motives x 10 categories x 26 durations: over ODataApi's 10,000 rows, so paged.
const SEC_FILTER = "Geslacht eq 'T001038' and Leeftijd eq '10000  ' and Nationaliteit eq 'T001059'";

// 85904NED/85905NED: dimension ids as shown on StatLine (Geslacht, Leeftijd, Nationaliteit,
// motive, Kenmerken, JaarVanImmigratie, Perioden). NOT verified against the live $metadata: the
// DataProperties entry below is catalogued to confirm them on the first live fetch. Totals are
// selected with startswith on the 'T00' prefix CBS gives its totals (and '10000' for all ages).
const POP_FILTER =
  "Geslacht eq 'T001038' and startswith(Leeftijd,'10000') and startswith(Nationaliteit,'T00') and startswith(Kenmerken,'T00')";

export const MOTIVE_SOURCES: CbsSource[] = [
  codeList(
    "84808NED",
    EU,
    "AfgeleidMigratiedoel",
    ["fig2", "fig4"],
    "Code list of the derived motive: Key and Title of the main motives and the family sub-categories",
  ),
  codeList(
    "84809NED",
    NON_EU,
    "Migratiemotief",
    ["fig3", "fig4"],
    "Code list of the motive: Key and Title of the main motives and the family and nareis sub-categories",
  ),
  codeList(
    "84808NED",
    EU,
    "SociaaleconomischeCategorie",
    ["fig4"],
    "Code list of the socio-economic category: finds 'niet meer aanwezig in Nederland' by its title",
  ),
  codeList(
    "84809NED",
    NON_EU,
    "SociaaleconomischeCategorie",
    ["fig4"],
    "Code list of the socio-economic category: finds 'niet meer aanwezig in Nederland' by its title",
  ),
  codeList(
    "84808NED",
    EU,
    "Verblijfsduur",
    ["fig4"],
    "Code list of the duration of stay: orders the yearly measurements after immigration",
  ),
  codeList(
    "84809NED",
    NON_EU,
    "Verblijfsduur",
    ["fig4"],
    "Code list of the duration of stay: orders the yearly measurements after immigration",
  ),
  {
    id: "cbs-84808NED-sec",
    provider: "CBS",
    table: "84808NED",
    entity: "TypedDataSet",
    title: EU,
    format: "cbs-odata-v3-json",
    file: "cbs/84808NED/TypedDataSetSociaaleconomisch.json",
    figures: ["fig4"],
    need: "optional",
    paged: true,
    query: {
      filter: SEC_FILTER,
      select: [
        "JaarVanImmigratie",
        "AfgeleidMigratiedoel",
        "SociaaleconomischeCategorie",
        "Verblijfsduur",
        "ImmigrantenUitEUEFTALanden_1",
      ],
    },
    counts: ["ImmigrantenUitEUEFTALanden_1"],
    purpose:
      "Still-resident candidate 1: EU/EFTA immigrants 'niet meer aanwezig in Nederland' at the newest duration of stay, by motive",
  },
  {
    id: "cbs-84809NED-sec",
    provider: "CBS",
    table: "84809NED",
    entity: "TypedDataSet",
    title: NON_EU,
    format: "cbs-odata-v3-json",
    file: "cbs/84809NED/TypedDataSetSociaaleconomisch.json",
    figures: ["fig4"],
    need: "optional",
    paged: true,
    query: {
      filter: SEC_FILTER,
      select: [
        "JaarVanImmigratie",
        "Migratiemotief",
        "SociaaleconomischeCategorie",
        "Verblijfsduur",
        "ImmigrantenExclusiefEUEFTA_1",
      ],
    },
    counts: ["ImmigrantenExclusiefEUEFTA_1"],
    purpose:
      "Still-resident candidate 1: non-EU/EFTA immigrants 'niet meer aanwezig in Nederland' at the newest duration of stay, by motive",
  },
  ...(["85905NED", "85904NED"] as const).flatMap((table): CbsSource[] => {
    const title = table === "85905NED" ? POP_EU : POP_NON_EU;
    const motive = table === "85905NED" ? "AfgeleidMigratiedoel" : "Migratiemotief";
    const what = "Still-resident candidate 2";
    return [
      {
        id: `cbs-${table}-info`,
        provider: "CBS",
        table,
        entity: "TableInfos",
        title,
        format: "cbs-odata-v3-json",
        file: `cbs/${table}/TableInfos.json`,
        figures: ["fig4"],
        need: "optional",
        purpose: `${what}: table metadata (Modified is the vintage)`,
      },
      {
        id: `cbs-${table}-properties`,
        provider: "CBS",
        table,
        entity: "DataProperties",
        title,
        format: "cbs-odata-v3-json",
        file: `cbs/${table}/DataProperties.json`,
        figures: ["fig4"],
        need: "optional",
        purpose: `${what}: dimensions and measure of the table (confirms the request's dimension ids)`,
      },
      codeList(table, title, motive, ["fig4"], `${what}: code list of the motive (Key and Title)`),
      codeList(table, title, "JaarVanImmigratie", ["fig4"], `${what}: code list of the year of immigration`),
      {
        id: `cbs-${table}-data`,
        provider: "CBS",
        table,
        entity: "TypedDataSet",
        title,
        format: "cbs-odata-v3-json",
        file: `cbs/${table}/TypedDataSet.json`,
        figures: ["fig4"],
        need: "optional",
        paged: true,
        query: { filter: POP_FILTER },
        purpose: `${what}: population on 31 December by motive and year of immigration (totals of sex, age, nationality, characteristics)`,
      },
    ];
  }),
];
