// Hidden rows and columns in the fake: Range.rowHidden and Range.columnHidden (ExcelApi 1.2), and
// Range.getRowProperties and Range.getColumnProperties (1.9), one object per row or column of the range with the
// properties asked for; only the index, the hidden flag and the address are modelled.
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)
import { columnLetters } from "../../src/core/grid";
import { FakeOfficeError } from "./fakeCore";
import { quoteSheet, type FakeSheetModel, type Rect } from "./fakeModel";

/** How one kind of line (row or column) is named, indexed and hidden. */
const LINES = {
  row: { index: "rowIndex", hidden: "rowHidden", type: "RowProperties" },
  column: { index: "columnIndex", hidden: "columnHidden", type: "ColumnProperties" },
} as const;

/** The lines of `rect` of one kind: the first and last index, and the sheet's hidden ones of that kind. */
function linesOf(kind: "row" | "column", sheet: FakeSheetModel, rect: Rect) {
  return kind === "row"
    ? { from: rect.r1, to: rect.r2, hidden: sheet.hiddenRows }
    : { from: rect.c1, to: rect.c2, hidden: sheet.hiddenColumns };
}

/** Range.rowHidden / columnHidden: true when every row (column) of `rect` is hidden, false when none is, null when
 *  some are. */
export function linesHidden(kind: "row" | "column", sheet: FakeSheetModel, rect: Rect): boolean | null {
  const { from, to, hidden } = linesOf(kind, sheet, rect);
  let count = 0;
  for (let i = from; i <= to; i++) if (hidden.has(i)) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

/** The properties of each row or column of `rect` that `options` asks for; an unmodelled property is refused. */
export function lineProperties(
  kind: "row" | "column",
  target: { sheet: FakeSheetModel; rect: Rect } | null,
  options: Record<string, unknown>,
): Record<string, unknown>[] {
  const names = LINES[kind];
  const unknown = Object.keys(options).filter(
    (k) => options[k] === true && k !== names.index && k !== names.hidden && k !== "address",
  );
  if (unknown.length) throw new FakeOfficeError("InvalidArgument", `${names.type}.${unknown[0]} is not in the fake`);
  if (!target) throw new FakeOfficeError("InvalidArgument", `Cannot read the ${kind} properties of a null object.`);
  const { sheet, rect } = target;
  const { from, to, hidden } = linesOf(kind, sheet, rect);
  const out: Record<string, unknown>[] = [];
  for (let i = from; i <= to; i++) {
    const line: Record<string, unknown> = {};
    if (options[names.index]) line[names.index] = i;
    if (options[names.hidden]) line[names.hidden] = hidden.has(i);
    const name = kind === "row" ? String(i + 1) : columnLetters(i);
    if (options.address) line.address = `${quoteSheet(sheet.name)}!${name}:${name}`;
    out.push(line);
  }
  return out;
}
