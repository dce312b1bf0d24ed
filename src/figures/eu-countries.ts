// EU member states (EU27_2020) with Eurostat geo codes and Dutch names, for figures 6 and 7.
export const EU_AGGREGATE = "EU27_2020";

export const EU27_DUTCH: Record<string, string> = {
  BE: "België", BG: "Bulgarije", CZ: "Tsjechië", DK: "Denemarken", DE: "Duitsland", EE: "Estland",
  IE: "Ierland", EL: "Griekenland", ES: "Spanje", FR: "Frankrijk", HR: "Kroatië", IT: "Italië",
  CY: "Cyprus", LV: "Letland", LT: "Litouwen", LU: "Luxemburg", HU: "Hongarije", MT: "Malta",
  NL: "Nederland", AT: "Oostenrijk", PL: "Polen", PT: "Portugal", RO: "Roemenië", SI: "Slovenië",
  SK: "Slowakije", FI: "Finland", SE: "Zweden",
};

export const EU_AVERAGE_LABEL = "EU-gemiddelde";

export function dutchGeoLabel(geo: string): string {
  if (geo === EU_AGGREGATE) return EU_AVERAGE_LABEL;
  const name = EU27_DUTCH[geo];
  if (!name) throw new Error(`No Dutch name for geo code ${geo}: not an EU member state`);
  return name;
}
