// Catalog entries for figure 7: Eurostat's first-instance asylum decisions. Kept beside the main
// catalog (and spread into SOURCES there) so the decision tables and what is known about them
// live in one place.
//
// - migr_asydcfsta (counts, unit PER): the figure is computed from it, so that Dublin rejections
//   can be taken out of the denominator where the response identifies them.
// - migr_asydec1pc (unit PC): the percentage table the annex cites ("[migr asydeclpc] Asylum
//   decisions at first instance by type of decision - % of total decisions at first instance";
//   the "l" is an OCR reading of "1"). Optional: a cross-check of the computed shares.
//
// No mirror has these tables: users fetch them live with `npm run fetch -- --only fig7`.
import type { EurostatSource } from "./types";

/** First year requested: the annex period starts in 2015 and `latest` mode only moves forward. */
const DECISIONS_SINCE = "2015";

export const DECISION_SOURCES: EurostatSource[] = [
  {
    id: "eurostat-migr_asydcfsta",
    provider: "Eurostat",
    dataset: "migr_asydcfsta",
    title: "First instance decisions on applications by citizenship, age and sex - annual aggregated data",
    format: "jsonstat-2.0",
    file: "eurostat/migr_asydcfsta.json",
    figures: ["fig7"],
    need: "required",
    // Totals of citizenship, sex and age; every decision category (the code list differs between
    // vintages and is read from the response); every reporting country; years from 2015 on.
    // About 6-8 decisions x 35 geos x 10+ years: a few thousand cells.
    measureKind: "count",
    params: { freq: "A", unit: "PER", citizen: "TOTAL", sex: "T", age: "TOTAL", sinceTimePeriod: DECISIONS_SINCE },
    purpose:
      "First-instance asylum decisions (persons) by type of decision, per EU member state and EU27_2020, per year since 2015",
  },
  {
    id: "eurostat-migr_asydec1pc",
    provider: "Eurostat",
    dataset: "migr_asydec1pc",
    title: "Asylum decisions at first instance by type of decision - % of total decisions at first instance",
    format: "jsonstat-2.0",
    file: "eurostat/migr_asydec1pc.json",
    figures: ["fig7"],
    need: "optional",
    // Only dimensions known to exist in this table are filtered (an unknown dimension is an API
    // error). Its citizen total is EXT_EU27_2020 (all non-EU citizens): asylum applicants are
    // non-EU citizens by definition. Sex and age, if the table has them, are picked at parse time.
    measureKind: "rate",
    params: { freq: "A", unit: "PC", citizen: "EXT_EU27_2020", sinceTimePeriod: DECISIONS_SINCE },
    purpose:
      "Eurostat's own shares of decision types (% of all first-instance decisions): cross-check of the computed shares",
  },
];
