// Import rules of src/ (npm run lint:deps, run in .ci/run): the folders follow the pipeline and
// a module imports only its own layer or lower ones.
//
//   i18n <- catalog <- raw <- parse <- figures <- claims <- outputs, report <- build.ts <- cli
//   notebook/ on top: it may import anything in src/ except cli/
//   index.ts, the package's public API (what the notebooks import): re-exports, like notebook/ never cli/
//   io/, paths.ts and config.ts: bottom utilities that every layer may use; they import nothing of src/
//
// raw <- parse: parse/load.ts reads raw/store's verified files, so raw/ never imports parse/;
// fetching gets its format checks passed in (parse/content-check.ts). Within one level, report/
// may use outputs/ (the index page), not the other way round. Figure and claims modules compute:
// they do no file I/O. A new top-level folder or file of src/ must be placed in LAYERS below.

// Lowest first. A layer may import the layers before it, never the ones after it.
const LAYERS = [
  // The message tables of the outputs' languages (src/i18n/): plain data, used by every layer.
  { name: "i18n", path: "^src/i18n/" },
  { name: "catalog", path: "^src/catalog/" },
  { name: "raw", path: "^src/raw/" },
  { name: "parse", path: "^src/parse/" },
  { name: "figures", path: "^src/figures/" },
  { name: "claims", path: "^src/claims/" },
  { name: "outputs-report", path: "^src/(outputs|report)/" },
  { name: "build", path: "^src/build\\.ts$" },
  { name: "cli", path: "^src/cli/" },
];
const NOTEBOOK = "^src/(notebook/|index\\.ts$)";
const BOTTOM = "^src/(io/|paths\\.ts$|config\\.ts$)";
const KNOWN = [...LAYERS.map((l) => l.path), NOTEBOOK, BOTTOM];

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} imports only lower layers (pipeline: ${LAYERS.map((l) => l.name).join(" <- ")}), never ${LAYERS.slice(
    i + 1,
  )
    .map((l) => l.name)
    .join(", ")} or notebook/`,
  severity: "error",
  from: { path: layer.path },
  to: { path: [...LAYERS.slice(i + 1).map((l) => l.path), NOTEBOOK] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycles between files of src/ (the layer rules keep folders acyclic).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: "outputs-not-report",
      comment:
        "outputs/ and report/ share a level: report/ may use outputs/, outputs/ never imports report/ (no folder cycle).",
      severity: "error",
      from: { path: "^src/outputs/" },
      to: { path: "^src/report/" },
    },
    {
      name: "notebook-not-cli",
      comment: "The notebook helpers sit on top but do not run the CLIs.",
      severity: "error",
      from: { path: NOTEBOOK },
      to: { path: "^src/cli/" },
    },
    {
      name: "bottom-imports-nothing",
      comment: "io/, paths.ts and config.ts are used by every layer, so they import no other module of src/.",
      severity: "error",
      from: { path: BOTTOM },
      to: { path: "^src/", pathNot: BOTTOM },
    },
    {
      name: "figures-claims-no-fs",
      comment:
        "Figure and claims modules compute: raw files are read through parse/ loaders, outputs written by outputs/.",
      severity: "error",
      from: { path: "^src/(figures|claims)/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?fs(/promises)?$" },
    },
    {
      name: "known-layer",
      comment:
        "Every module of src/ belongs to a layer: add a new folder or top-level file to LAYERS in .dependency-cruiser.cjs.",
      severity: "error",
      from: { path: "^src/", pathNot: KNOWN },
      to: {},
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that cannot be resolved would slip past every rule above.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count too: a type from a higher layer is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // Packages with an "exports" map (csv-parse/sync) resolve as Node resolves them.
    enhancedResolveOptions: {
      extensions: [".ts", ".js", ".json"],
      exportsFields: ["exports"],
      conditionNames: ["require", "node", "default"],
    },
  },
};
