// Range.getRowProperties and Range.getColumnProperties (ExcelApi 1.9) in the fake: one object per row or column of
// the range with the properties asked for; only the index, the hidden flag and the address are modelled.
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)
import { columnLetters } from "../../src/core/grid";
import { FakeOfficeError } from "./fakeCore";
import { quoteSheet, type FakeSheetModel, type Rect } from "./fakeModel";

/** How one kind of line (row or column) is named, indexed and hidden. */
const LINES = {
  row: { index: "rowIndex", hidden: "rowHidden", type: "RowProperties" },
  column: { index: "columnIndex", hidden: "columnHidden", type: "ColumnProperties" },
} as const;

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
  const [from, to] = kind === "row" ? [rect.r1, rect.r2] : [rect.c1, rect.c2];
  const hidden = kind === "row" ? sheet.hiddenRows : sheet.hiddenColumns;
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
