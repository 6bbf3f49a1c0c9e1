// The reviewer's orders and the 需要处理 filter of the page's file list.
import type { FileReport, Finding, TableReport } from "../../src/core/report";
import type { FileEntry } from "../../src/web/batchState";
import { fileAttention, needsAttention, orderedEntries, problemCount } from "../../src/web/fileOrder";

const table = (total: number | null, grade: TableReport["grade"], findings: Finding[] = []): TableReport => ({
  sheet: "S",
  range: "A1:H9",
  headerRow: 1,
  info: { project: null, department: null, unit: null, year: null },
  kind: "project",
  mode: total === null ? "check-only" : "score",
  indicators: [],
  blocks: [],
  funding: null,
  total,
  grade,
  findings,
});
const warning: Finding = { code: "NOT_MET_NO_REASON", severity: "warning", cell: "H9", message: "…" };
const error: Finding = { code: "ACTUAL_MISSING", severity: "error", cell: "E9", message: "…" };
const hint: Finding = { code: "APPROXIMATE_VALUE", severity: "info", cell: "E8", message: "…" };

let id = 0;
function entry(name: string, tables: TableReport[] | null, status: FileEntry["status"] = "done"): FileEntry {
  const report: FileReport = {
    file: name,
    output: null,
    tables: tables ?? [],
    errors: tables === null || tables.length === 0 ? [{ code: "FILE_LEGACY_FORMAT", message: "另存为" }] : [],
  };
  const finished = status === "done" || status === "failed";
  return {
    id: ++id,
    name,
    status: tables === null ? "failed" : status,
    result: finished ? { report, output: null, written: 0, notes: false, previewJson: "[]", millis: 0 } : null,
    profileId: null,
    mode: finished ? "score" : null,
    downloadName: name,
  };
}

const clean = entry("clean.xlsx", [table(98, "优", [hint, hint])]);
const twoWarnings = entry("warn.xlsx", [table(91, "优", [warning]), table(70, "中", [warning])]);
const oneError = entry("err.xlsx", [table(85, "良", [error])]);
const failed = entry("旧.xls", null);
const running = entry("running.xlsx", [], "running");
const all = [running, clean, twoWarnings, oneError, failed];

test("attention and problem counts of a file: its worst table, hints not counted, unfinished unknown", () => {
  expect(all.map(fileAttention)).toEqual([null, "clean", "warnings", "errors", "failed"]);
  expect(all.map(problemCount)).toEqual([null, 0, 2, 1, 1]);
  expect(all.filter(needsAttention).map((e) => e.name)).toEqual(["warn.xlsx", "err.xlsx", "旧.xls"]);
});

test("failed files first and unfinished last in every order but 'added'; ties keep the order of adding", () => {
  const names = (sort: Parameters<typeof orderedEntries>[1], only = false) =>
    orderedEntries(all, sort, only).map((e) => e.name);
  expect(names("added")).toEqual(["running.xlsx", "clean.xlsx", "warn.xlsx", "err.xlsx", "旧.xls"]);
  expect(names("problems")).toEqual(["旧.xls", "warn.xlsx", "err.xlsx", "clean.xlsx", "running.xlsx"]);
  expect(names("total")).toEqual(["旧.xls", "warn.xlsx", "err.xlsx", "clean.xlsx", "running.xlsx"]);
  expect(names("grade")).toEqual(["旧.xls", "warn.xlsx", "err.xlsx", "clean.xlsx", "running.xlsx"]);
  expect(names("problems", true)).toEqual(["旧.xls", "warn.xlsx", "err.xlsx"]);
});
