// The texts of the vintage diff (out/diff.md, `npm run diff`) and of the update report
// (out/update.md, `npm run update`), per language; report/diff-markdown.ts writes them.
import type { LangSetting } from "../config";

type FileChangeKind = "same" | "changed" | "added" | "removed" | "absent" | "unreadable";

export interface DiffMessages {
  title: string;
  rawFiles: string;
  fileHeader: [string, string, string, string];
  change: Record<FileChangeKind, string>;
  fileState: (version: string | undefined, retrieved: string, sha: string) => string;
  claimsHeading: string;
  noClaimChanges: string;
  claimHeader: [string, string, string, string];
  figuresHeading: string;
  built: (annex: string | undefined, latest: string | undefined) => string;
  neitherBuilt: string;
  oneBuilt: string;
  nothingChanged: string;
  tableHeading: (table: string, mode: string) => string;
  appeared: (keys: string) => string;
  disappeared: (keys: string) => string;
  columnsAdded: (cols: string) => string;
  columnsRemoved: (cols: string) => string;
  periodMoved: (from: string, to: string) => string;
  valuesChanged: (n: number) => string;
  changeHeader: [string, string, string, string];
  rowsAppeared: (n: number) => string;
  rowsDisappeared: (n: number) => string;
  more: (n: number, file: string) => string;
  summary: (files: number, values: number, rows: number, claims: number) => string;
  update: {
    title: string;
    comparedWith: (summary: string) => string;
    downloads: string;
    downloadHeader: [string, string, string, string];
    whatChanged: string;
  };
}

const en: DiffMessages = {
  title: "Vintage diff",
  rawFiles: "Raw files",
  fileHeader: ["file", "change", "A", "B"],
  change: {
    same: "same",
    changed: "changed",
    added: "added",
    removed: "removed",
    absent: "absent",
    unreadable: "unreadable",
  },
  fileState: (version, retrieved, sha) =>
    `${version ? `version ${version}, ` : ""}retrieved ${retrieved}, sha256 ${sha}…`,
  claimsHeading: "Claims that change",
  noClaimChanges: "No claim changes status or computed value.",
  claimHeader: ["claim", "statement", "A", "B"],
  figuresHeading: "Figures",
  built: (annex, latest) => `built, annex ${annex}, latest ${latest}`,
  neitherBuilt: "Not built from either folder: nothing to compare.",
  oneBuilt: "Built from one folder only: values not compared.",
  nothingChanged: "No values changed; no rows appeared or disappeared.",
  tableHeading: (table, mode) => `${table} (${mode} mode)`,
  appeared: (keys) => `Appeared: ${keys}.`,
  disappeared: (keys) => `Disappeared: ${keys}.`,
  columnsAdded: (cols) => `Columns added: ${cols}.`,
  columnsRemoved: (cols) => `Columns removed: ${cols}.`,
  periodMoved: (from, to) =>
    `Note: the period moved from ${from} to ${to}: values of this table are over different years and are not compared.`,
  valuesChanged: (n) => `${n} value(s) changed:`,
  changeHeader: ["row", "column", "old", "new"],
  rowsAppeared: (n) => `${n} row(s) appeared:`,
  rowsDisappeared: (n) => `${n} row(s) disappeared:`,
  more: (n, file) => `${n} more (all in ${file})`,
  summary: (files, values, rows, claims) =>
    `${files} raw file(s) differ; ${values} value(s) changed; ${rows} row(s) appeared or disappeared; ${claims} claim(s) change status`,
  update: {
    title: "Update: the newest data against the shipped annex vintage",
    comparedWith: (summary) => `Compared with: the shipped annex vintage (A) and the new downloads (B); ${summary}.`,
    downloads: "Downloads",
    downloadHeader: ["file", "status", "size", "note"],
    whatChanged: "What changed",
  },
};

const nl: DiffMessages = {
  title: "Verschil tussen twee vintages",
  rawFiles: "Ruwe bestanden",
  fileHeader: ["bestand", "verandering", "A", "B"],
  change: {
    same: "gelijk",
    changed: "gewijzigd",
    added: "nieuw",
    removed: "verdwenen",
    absent: "in geen van beide",
    unreadable: "onleesbaar",
  },
  fileState: (version, retrieved, sha) =>
    `${version ? `versie ${version}, ` : ""}opgehaald ${retrieved}, sha256 ${sha}…`,
  claimsHeading: "Beweringen die veranderen",
  noClaimChanges: "Geen bewering verandert van status of berekende waarde.",
  claimHeader: ["bewering", "uitspraak", "A", "B"],
  figuresHeading: "Figuren",
  built: (annex, latest) => `gebouwd, annex ${annex}, latest ${latest}`,
  neitherBuilt: "Uit geen van beide mappen gebouwd: niets te vergelijken.",
  oneBuilt: "Uit maar één map gebouwd: waarden niet vergeleken.",
  nothingChanged: "Geen waarden veranderd; geen rijen verschenen of verdwenen.",
  tableHeading: (table, mode) => `${table} (${mode}-modus)`,
  appeared: (keys) => `Verschenen: ${keys}.`,
  disappeared: (keys) => `Verdwenen: ${keys}.`,
  columnsAdded: (cols) => `Kolommen erbij: ${cols}.`,
  columnsRemoved: (cols) => `Kolommen weg: ${cols}.`,
  periodMoved: (from, to) =>
    `Let op: de periode is verschoven van ${from} naar ${to}: de waarden van deze tabel gaan over andere jaren en worden niet vergeleken.`,
  valuesChanged: (n) => `${n} ${n === 1 ? "waarde" : "waarden"} veranderd:`,
  changeHeader: ["rij", "kolom", "oud", "nieuw"],
  rowsAppeared: (n) => `${n} ${n === 1 ? "rij" : "rijen"} verschenen:`,
  rowsDisappeared: (n) => `${n} ${n === 1 ? "rij" : "rijen"} verdwenen:`,
  more: (n, file) => `nog ${n} (alle in ${file})`,
  summary: (files, values, rows, claims) =>
    `${files} ruwe bestand(en) verschillen; ${values} waarde(n) veranderd; ${rows} rij(en) verschenen of verdwenen; ${claims} bewering(en) veranderen van status`,
  update: {
    title: "Update: de nieuwste data tegenover de meegeleverde annex-vintage",
    comparedWith: (summary) => `Vergeleken: de meegeleverde annex-vintage (A) en de nieuwe downloads (B); ${summary}.`,
    downloads: "Downloads",
    downloadHeader: ["bestand", "status", "grootte", "opmerking"],
    whatChanged: "Wat er veranderde",
  },
};

export const DIFF_MESSAGES: Record<LangSetting, DiffMessages> = { nl, en };
