// Dutch names of the countries of figures 6 and 7. Which countries the figures show (the annex's
// "EU" = EU/EFTA, footnote 2) is in the annex registry (src/catalog/annex.ts).
import { EFTA_GEOS, EU27_GEOS, EU_AGGREGATE } from "../catalog/annex";

export { EU_AGGREGATE };

export const EU27_DUTCH: Record<(typeof EU27_GEOS)[number], string> = {
  BE: "België", BG: "Bulgarije", CZ: "Tsjechië", DK: "Denemarken", DE: "Duitsland", EE: "Estland",
  IE: "Ierland", EL: "Griekenland", ES: "Spanje", FR: "Frankrijk", HR: "Kroatië", IT: "Italië",
  CY: "Cyprus", LV: "Letland", LT: "Litouwen", LU: "Luxemburg", HU: "Hongarije", MT: "Malta",
  NL: "Nederland", AT: "Oostenrijk", PL: "Polen", PT: "Portugal", RO: "Roemenië", SI: "Slovenië",
  SK: "Slowakije", FI: "Finland", SE: "Zweden",
};

export const EFTA_DUTCH: Record<(typeof EFTA_GEOS)[number], string> = { IS: "IJsland", LI: "Liechtenstein", NO: "Noorwegen", CH: "Zwitserland" };

const DUTCH: Record<string, string> = { ...EU27_DUTCH, ...EFTA_DUTCH };

export const EU_AVERAGE_LABEL = "EU-gemiddelde";

export function dutchGeoLabel(geo: string): string {
  if (geo === EU_AGGREGATE) return EU_AVERAGE_LABEL;
  const name = DUTCH[geo];
  if (!name) throw new Error(`No Dutch name for geo code ${geo}: not an EU member state or EFTA country`);
  return name;
}
