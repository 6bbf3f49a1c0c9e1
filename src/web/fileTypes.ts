// What the page does with a file by its name and size: score it, expect the legacy message, or refuse it up front.

/** The largest file the page reads (same limit as the command line). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The file picker's accept list: workbooks, plus the legacy and other spreadsheet formats so that they get their
 *  clear message (save as .xlsx) rather than being hidden. */
export const ACCEPT_ATTRIBUTE =
  ".xlsx,.xlsm,.xls,.et,.xlsb,.ods,.csv,.numbers,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** How a file looks from its name: an Open XML workbook, a legacy .xls/.et one, or something else. */
export type FileKind = "workbook" | "legacy" | "other";

/** The lower-case extension of a name without the dot ("" when none). */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return m ? m[1].toLowerCase() : "";
}

/** Classifies a file by its name; the worker still sniffs the bytes (a renamed .xls that is really .xlsx scores). */
export function fileKind(name: string): FileKind {
  const ext = extensionOf(name);
  if (ext === "xlsx" || ext === "xlsm") return "workbook";
  if (ext === "xls" || ext === "xlt" || ext === "et" || ext === "ett") return "legacy";
  return "other";
}

/** True when a dropped entry is worth sending to the worker: a spreadsheet name (any kind but "other"). */
export function isSpreadsheetName(name: string): boolean {
  return fileKind(name) !== "other";
}

/** The download name of a scored workbook: "a.xlsx" → "a.scored.xlsx" (macro workbooks keep .xlsm). */
export function scoredName(name: string): string {
  const ext = extensionOf(name);
  const base = ext ? name.slice(0, name.length - ext.length - 1) : name;
  return `${base || "workbook"}.scored.${ext === "xlsm" ? "xlsm" : "xlsx"}`;
}

/** Makes names unique in order of appearance: the second "a.xlsx" becomes "a (2).xlsx". */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    const ext = extensionOf(name);
    const dot = ext ? name.length - ext.length - 1 : name.length;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++)
      candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
