// Names of the countries of figures 6 and 7 in the outputs' language (the message tables'
// countries, src/i18n/). Which countries the figures show (the annex's "EU" = EU/EFTA, footnote 2)
// is in the annex registry (src/catalog/annex.ts).
import { EU_AGGREGATE } from "../catalog/annex";
import { messages, type Lang } from "../i18n/index";

export { EU_AGGREGATE };

/** The country's name (EU27_2020: the EU average's line); an unknown geo code is an error. */
export function geoLabel(geo: string, lang: Lang = "nl"): string {
  const names = messages(lang).countries;
  const name = Object.hasOwn(names, geo) ? names[geo] : undefined;
  if (!name)
    throw new Error(
      `No ${lang === "en" ? "English" : "Dutch"} name for geo code ${geo}: not an EU member state or EFTA country`,
    );
  return name;
}

/** The Dutch name, as the publication writes it. */
export const dutchGeoLabel = (geo: string): string => geoLabel(geo, "nl");
