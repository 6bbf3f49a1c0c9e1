// Reading a written workbook back "with the core's reader": values, formats, fills and notes per cell.
// Used by the command-line, browser and host tests to check what a run wrote.
import { a1, cellAt, formulaAt, type CellValue } from "../core";
import { readComments } from "./comments";
import { readXlsxCells, sheetCommentsParts } from "./readWorkbook";

/** One cell as read back. */
export interface CellReadBack {
  value: CellValue;
  /** Number format code; null = General. */
  numFmt: string | null;
  /** ARGB of a solid fill, null when none. */
  fill: string | null;
  /** Note text, null when none. */
  note: string | null;
  /** Formula without "=", null when none. */
  formula: string | null;
  /** cellXfs index of the cell. */
  style: number;
}

/** Every cell of every sheet (present as a <c> element or holding a note), by sheet name and A1 address. */
export function readBack(bytes: Uint8Array, fileName = "read-back.xlsx"): Map<string, Map<string, CellReadBack>> {
  const seen: number[][] = [];
  const wb = readXlsxCells(bytes, fileName, (sheet, row, col, s) => {
    (seen[sheet] ??= []).push(row, col, s);
  });
  const letters: string[] = [];
  const address = (row: number, col: number) => (letters[col] ??= a1(0, col).slice(0, -1)) + (row + 1);
  const out = new Map<string, Map<string, CellReadBack>>();
  wb.sheets.forEach((part, index) => {
    const grid = wb.grid.sheets[index];
    const cells = new Map<string, CellReadBack>();
    const read = (row: number, col: number, style: number): CellReadBack => ({
      value: cellAt(grid, row, col),
      numFmt: wb.styles.xfFormat[style] ?? null,
      fill: wb.styles.xfFill[style] ?? null,
      note: null,
      formula: formulaAt(grid, row, col),
      style,
    });
    const list = seen[index] ?? [];
    for (let i = 0; i < list.length; i += 3)
      cells.set(address(list[i], list[i + 1]), read(list[i], list[i + 1], list[i + 2]));
    for (const xml of sheetCommentsParts(wb.zip, wb.partText, part.path)) {
      for (const note of readComments(xml)) {
        const ref = address(note.row, note.col);
        const cell = cells.get(ref) ?? read(note.row, note.col, 0);
        cells.set(ref, Object.assign({}, cell, { note: note.text }));
      }
    }
    out.set(part.name, cells);
  });
  return out;
}
