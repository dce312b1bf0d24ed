// tsx src/cli/notebook-pages.ts <page.html>... (run by scripts/run-notebooks.sh after nbconvert --to html)
// Makes each nbconvert page of an executed notebook open from disk without network, in place.
import * as fs from "node:fs";
import { writeFileAtomic } from "../io/atomic-write";
import { offlineNotebookPage } from "../notebook/notebook-page";

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    writeFileAtomic(file, offlineNotebookPage(fs.readFileSync(file, "utf8"), file));
  } catch (e) {
    failed++;
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
