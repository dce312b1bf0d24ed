// out/notebooks/<name>.html: an executed notebook as a page a teacher can send, made by nbconvert
// (lab template) and then made to work from disk, without network, on any machine.
import { plotlyScript } from "../outputs/page";

// A script loaded from outside the page: Debian's nbconvert points require.js and MathJax at
// file:///usr/share/javascript/ (upstream: a CDN). Neither is on the reader's machine, and the
// figures need neither (plotly.js is inlined; the notebooks have no formulas).
const OUTSIDE_SCRIPT = /<script\b[^>]*\bsrc="(?:[a-z][a-z0-9+.-]*:|\/\/)[^"]*"[^>]*>\s*<\/script>\s*/gi;
// Anything else the page would load from outside (links to elsewhere, <a href>, are fine).
const OUTSIDE_RESOURCE = /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)="((?:[a-z][a-z0-9+.-]*:|\/\/)(?!data:)[^"]*)"/gi;

/**
 * The nbconvert page with outside scripts removed and plotly.js inlined in <head> (about 4.8 MB:
 * the page is one file), so that each figure output draws its interactive figure. Throws, naming
 * `file`, when the page still loads something from outside.
 */
export function offlineNotebookPage(html: string, file: string): string {
  const head = html.indexOf("</head>");
  if (head < 0) throw new Error(`${file}: no </head>, not an nbconvert HTML page`);
  let page = html.slice(0, head).replace(OUTSIDE_SCRIPT, "") + `${plotlyScript("inline")}\n` + html.slice(head).replace(OUTSIDE_SCRIPT, "");
  const outside = [...page.matchAll(OUTSIDE_RESOURCE)].map((m) => m[1]).filter((u) => !u.startsWith("data:"));
  if (outside.length) throw new Error(`${file}: still loads ${outside.slice(0, 3).join(", ")} from outside the page`);
  return page;
}
