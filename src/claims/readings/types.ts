// A reading of an annex statement: one defensible choice the statement leaves open (which "EU
// average", which measure of "fluctuates", which threshold of "high", which series, which data
// vintage), with its reason and where that reason comes from. Every claim with readings has exactly
// one marked as the annex's: the choice the audit's claim makes. The names, reasons and bases are in
// the message tables (src/i18n/readings-*.ts), keyed by the reading's id.
import type { FigureId } from "../../catalog/annex";
import type { FigureData } from "../../figures/types";
import type { Messages } from "../../i18n/index";

type ReadingMessages = Messages["readings"];

/** The kinds of choice, as issue-level dimensions (docs/readings.md lists every reading per dimension). */
type ReadingDimension =
  | "countries" // country set and aggregate of "the EU average"
  | "averaging" // mean of yearly rates vs other summaries over the period
  | "applications" // which asylum series counts as "asielaanvragen"
  | "fluctuation" // the measure of "fluctueert", "schommelt"
  | "flattening" // the window of "vlakt af"
  | "threshold" // the threshold of a vague word ("meestal", "hoog", "iets hoger")
  | "corrections" // figure 1 with or without administrative corrections
  | "vintage"; // another data vintage the user has

/** Units of a reading's value, formatted by the pages in their language. */
export type ReadingUnit = "millions" | "persons" | "per1000" | "percent" | "ratio" | "years";

/** The value a reading computes and the line it must pass to hold. */
interface ReadingValue {
  value: number;
  unit: ReadingUnit;
  /** The reading holds when the value is above (or below) this; absent for an exact condition. */
  threshold?: { value: number; holdsWhen: "above" | "below" };
}

/** What a reading found or lacks: years or numbers as they are, words in the run's language. */
export type ReadingText = string | ((t: ReadingMessages) => string);

export type ReadingOutcome =
  | (ReadingValue & { holds: boolean; found?: ReadingText })
  /** A condition without one number (e.g. which years): holds or not, with what was found. */
  | { holds: boolean; found?: ReadingText }
  /** The data this reading needs is not present: the source and, where the package can fetch it, the command. */
  | { needsData: ReadingText; command?: string };

export interface Reading {
  /** Key of the reading in the message tables (name, reason, basis); unique within a claim. */
  id: string;
  dimension: ReadingDimension;
  /** The annex's own reading: the choice the audit's claim makes. */
  annex?: true;
  /** Figures (annex mode) the reading reads; a missing one makes it needs-data. */
  needs: FigureId[];
  evaluate(figs: ReadonlyMap<string, FigureData>): ReadingOutcome;
}

type ReadingStatus = "holds" | "breaks" | "needs-data";

/** One reading's result as out/claims.json carries it (names in English; the pages show their language). */
export interface ReadingResult {
  id: string;
  dimension: ReadingDimension;
  annex: boolean;
  /** English name and basis (the message tables have both languages). */
  name: string;
  basis: string;
  status: ReadingStatus;
  value?: number;
  unit?: ReadingUnit;
  threshold?: ReadingValue["threshold"];
  /** What was found (a condition without one number), or the missing source for needs-data. */
  detail?: string;
  /** needs-data: the command that fetches the data, when the package can. */
  command?: string;
  /** The data the reading was evaluated on, when it is not the run's (vintage readings). */
  data?: string;
}

/** Per claim: holds in `holds` of `of` readings (needs-data never counts as holding). */
export interface Robustness {
  holds: number;
  of: number;
  needsData: number;
  /** Ids of the readings under which the statement does not hold. */
  breaking: string[];
  readings: ReadingResult[];
}
