// The language of a notebook edition: the Dutch and English notebooks have the same code cells, so
// the language comes from the folder the notebook runs in (Jupyter starts the kernel there).
import * as path from "node:path";
import { envLang } from "../config";
import type { Lang } from "../i18n/index";

/** nl in notebooks/nl/ (and notebooks/solutions/nl/), en in .../en/; elsewhere MIGRATIE_LANG (default nl). */
export function notebookLang(cwd: string = process.cwd()): Lang {
  const folder = path.basename(cwd);
  return folder === "nl" || folder === "en" ? folder : envLang();
}
