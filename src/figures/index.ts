// The registry of annex figures, in publication order.
import { fig1 } from "./fig1-immigration-emigration";
import { fig2 } from "./fig2-eu-motives";
import { fig3 } from "./fig3-non-eu-motives";
import { fig4 } from "./fig4-motive-composition";
import { fig5 } from "./fig5-asylum-requests";
import { fig6 } from "./fig6-eu-asylum-per-1000";
import { fig7 } from "./fig7-eu-positive-decisions";
import type { FigureModule } from "./types";

export const FIGURES: FigureModule[] = [fig1, fig2, fig3, fig4, fig5, fig6, fig7];

export function figureById(id: string): FigureModule {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown figure "${id}". Valid figures: ${FIGURES.map((x) => x.id).join(", ")}`);
  return f;
}
