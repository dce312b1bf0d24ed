// The outputs' language: one message table per language (nl.ts, en.ts), picked by Lang.
// The lowest layer of src/: it imports only config.ts's setting type.
import type { LangSetting } from "../config";
import { en } from "./en";
import { nl, type Messages } from "./nl";

export type Lang = LangSetting;
export type { Messages };

const MESSAGES: Record<Lang, Messages> = { nl, en };

/** The message table of a language; Dutch (the publication's language) by default. */
export function messages(lang: Lang = "nl"): Messages {
  return MESSAGES[lang];
}
