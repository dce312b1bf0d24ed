// out/notebooks/<name>.html: an executed notebook as a page a teacher can send, made by nbconvert
// (lab template) and then made to work from disk, without network, on any machine.
import * as os from "node:os";
import { PLOTLY_ASSET, plotlyScript } from "../outputs/page";

// A script loaded from outside the page: Debian's nbconvert points require.js and MathJax at
// file:///usr/share/javascript/ (upstream: a CDN). Neither is on the reader's machine, and the
// figures need neither (plotly.js comes from out/assets/; the notebooks have no formulas).
const OUTSIDE_SCRIPT = /<script\b[^>]*\bsrc="(?:[a-z][a-z0-9+.-]*:|\/\/)[^"]*"[^>]*>\s*<\/script>\s*/gi;
// Anything else the page would load from outside (links to elsewhere, <a href>, are fine).
const OUTSIDE_RESOURCE = /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)="((?:[a-z][a-z0-9+.-]*:|\/\/)(?!data:)[^"]*)"/gi;

/** The page's plotly.js: out/assets/plotly.min.js, shared by every page of out/ (pages are in out/notebooks/). */
export const NOTEBOOK_PAGE_PLOTLY = `../${PLOTLY_ASSET}`;

export interface PageOptions {
  /** The project root: the page may not name it (nor the home or temporary folder of the machine that built it). */
  root?: string;
}

/**
 * The nbconvert page with outside scripts removed and plotly.js loaded from out/assets/ (one copy
 * for every page; the page then weighs what its outputs weigh), so that each figure output draws
 * its interactive figure. Throws, naming `file`, when the page still loads something from outside
 * or names a folder of the machine it was built on.
 */
export function offlineNotebookPage(html: string, file: string, opts: PageOptions = {}): string {
  const head = html.indexOf("</head>");
  if (head < 0) throw new Error(`${file}: no </head>, not an nbconvert HTML page`);
  const page =
    html.slice(0, head).replace(OUTSIDE_SCRIPT, "") + `${plotlyScript({ src: NOTEBOOK_PAGE_PLOTLY })}\n` + html.slice(head).replace(OUTSIDE_SCRIPT, "");
  const outside = [...page.matchAll(OUTSIDE_RESOURCE)].map((m) => m[1]).filter((u) => !u.startsWith("data:"));
  if (outside.length) throw new Error(`${file}: still loads ${outside.slice(0, 3).join(", ")} from outside the page`);
  const local = [opts.root, os.homedir(), os.tmpdir()].filter((d): d is string => !!d && d !== "/" && d.length > 1);
  const named = local.find((d) => page.includes(d));
  if (named) throw new Error(`${file}: names ${named}, a folder of this machine (the page is handed out: show paths relative to the project)`);
  return page;
}
