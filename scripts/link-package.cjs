// Makes `import ... from "migratie-in-cijfers"` in a notebook resolve to this package (its dist/
// with type declarations): notebooks/node_modules/migratie-in-cijfers, a relative link to the
// project root. tslab resolves modules as Node 10 did (node_modules folders upwards from the
// notebook), which ignores a package's self-reference through "exports"; a link inside the
// checkout keeps each clone (and each git worktree) on its own build. Run by `npm run build`.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const name = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).name;
const dir = path.join(root, "notebooks", "node_modules");
const link = path.join(dir, name);
const target = path.relative(dir, root); // "../.."

fs.mkdirSync(dir, { recursive: true });
let current;
try {
  current = fs.readlinkSync(link);
} catch {
  current = undefined;
}
if (current !== target) {
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(target, link, "dir");
}
