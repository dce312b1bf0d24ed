// Markup is written only through the `html` tagged template (hono's html helper, see environment.md):
// every value put into a template is escaped (& < > " ' as &amp; &lt; &gt; &quot; &#39;) unless it
// is itself markup made by `html` or declared with `raw`, so text can never turn into markup and no
// call site has to remember to escape.
import { html as honoHtml, raw as honoRaw } from "hono/html";

/** Markup: made by `html` or `raw`; put into a template as it is. */
export type Html = Exclude<ReturnType<typeof honoHtml>, Promise<unknown>>;

/**
 * What a template takes: text and numbers (escaped), markup, and lists of these (joined without a
 * separator); false, null and undefined add nothing, so `${cond && html`...`}` works.
 */
export type HtmlValue = string | number | Html | false | null | undefined | readonly HtmlValue[];

/** Markup from a template whose values are escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  const out = honoHtml(strings, ...values);
  // Only a Promise among the values makes hono's result asynchronous; HtmlValue has none.
  if (out instanceof Promise) throw new Error("html: a template value was a Promise");
  return out;
}

/** Text that is already markup (a script, a stylesheet, a message whose arguments are markup). */
export const raw = (markup: string): Html => honoRaw(markup);

/** `items` joined by `separator` (markup, e.g. "\n" or ", "). */
export const joinHtml = (items: readonly HtmlValue[], separator: string): Html =>
  raw(items.map((item) => html`${item}`.toString()).join(separator));
