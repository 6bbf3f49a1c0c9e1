// The worksheet scanner: one pass over the sheet XML with indexOf (no DOM), values/formats/formulas into a grid.
import type { CellValue, SheetGrid } from "../core/grid";
import { xlsxErrors } from "./errors";
import { shiftFormula } from "./formula";
import { isDateFormat } from "./numFmts";
import type { StyleTable } from "./styles";
import { layOut, type CellList } from "./sheetLayout";
import { decodeText, findElement, findTag, getAttr, parseCellRef, richText, rootPrefix } from "./xml";

/** Excel's last row (1-based). */
export const MAX_ROWS = 1048576;
const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Marks a shared-formula cell read before its master (resolved after the pass). */
const PENDING = "\u0000shared:";

/** What reading one sheet needs from the rest of the workbook. */
export interface SheetReadContext {
  name: string;
  fileName: string;
  sharedStrings: readonly string[];
  styles: StyleTable;
  date1904: boolean;
  /** Called for every <c> element (absolute 0-based coordinates, cellXfs index). */
  onCell?: (row: number, col: number, styleIndex: number) => void;
}

// Attributes of the current <c>, set by scanCellAttrs (no allocation per cell).
let attrRef: string | null = null;
let attrStyle = 0;
let attrType: string | null = null;

function scanCellAttrs(xml: string, from: number, to: number): void {
  attrRef = null;
  attrStyle = 0;
  attrType = null;
  let i = from;
  while (i < to) {
    const c = xml.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    if (c === 47) return;
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 && xml.charCodeAt(i) > 32) i++;
    const nameLen = i - nameStart;
    while (i < to && (xml.charCodeAt(i) <= 32 || xml.charCodeAt(i) === 61)) i++;
    const quote = xml[i];
    const valueEnd = xml.indexOf(quote, i + 1);
    if (valueEnd < 0) return;
    if (nameLen === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114) attrRef = xml.slice(i + 1, valueEnd);
      else if (name === 115) attrStyle = Number(xml.slice(i + 1, valueEnd)) || 0;
      else if (name === 116) attrType = xml.slice(i + 1, valueEnd);
    }
    i = valueEnd + 1;
  }
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 10 || c === 9 || c === 13;
}

/** Inner text of the first child element `name` in [from, to), raw (undecoded); null when absent. */
function childText(xml: string, name: string, from: number, to: number): string | null {
  const at = findTag(xml, name, from, to);
  if (at < 0 || at >= to) return null;
  const gt = xml.indexOf(">", at);
  if (xml.charCodeAt(gt - 1) === 47) return "";
  const close = xml.indexOf("</" + name + ">", gt);
  return close < 0 ? null : xml.slice(gt + 1, close);
}

function isoToSerial(iso: string): number | null {
  const ms = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + "Z");
  return Number.isFinite(ms) ? (ms - EPOCH_1900) / DAY_MS : null;
}

function cellValue(type: string | null, raw: string | null, inline: string | null, ctx: SheetReadContext): CellValue {
  switch (type) {
    case "s": {
      const s = raw === null ? undefined : ctx.sharedStrings[Number(raw)];
      return s === undefined || s === "" ? null : s;
    }
    case "inlineStr":
      return inline ?? (raw === null ? null : decodeText(raw)) ?? null;
    case "str":
    case "e":
      return raw === null || raw === "" ? null : decodeText(raw);
    case "b":
      return raw === null || raw === "" ? null : raw === "1" || raw === "true";
    case "d":
      return raw === null ? null : isoToSerial(raw);
    default: {
      if (raw === null || raw === "") return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : decodeText(raw);
    }
  }
}

/** Reads one worksheet part into a grid (origin = first used row and column). */
export function readSheet(xml: string, ctx: SheetReadContext): SheetGrid {
  const p = rootPrefix(xml);
  const list: CellList = { rows: [], cols: [], values: [], formats: [], formulas: [] };
  const errors = new Set<string>();
  const masters = new Map<string, { row: number; col: number; text: string }>();
  const pending: { index: number; si: string }[] = [];
  const sheetData = findElement(xml, p + "sheetData");
  const rowTag = "<" + p + "row";
  const cellTag = "<" + p + "c";
  const cellClose = "</" + p + "c>";
  let row = -1;
  let col = -1;
  let pos = sheetData && !sheetData.selfClosing ? sheetData.openEnd : xml.length;
  const end = sheetData && !sheetData.selfClosing ? sheetData.closeStart : 0;
  while (pos < end) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= end) break;
    const gt = xml.indexOf(">", lt);
    if (xml.startsWith(cellTag, lt) && isNameEnd(xml.charCodeAt(lt + cellTag.length))) {
      scanCellAttrs(xml, lt + cellTag.length, gt);
      const ref = attrRef === null ? null : parseCellRef(attrRef);
      if (ref) {
        row = ref.row;
        col = ref.col;
      } else col++;
      const styleIndex = attrStyle;
      const type = attrType;
      let raw: string | null = null;
      let inline: string | null = null;
      let formula: string | null = null;
      pos = gt + 1;
      if (xml.charCodeAt(gt - 1) !== 47) {
        const close = xml.indexOf(cellClose, gt);
        const inner = close < 0 ? end : close;
        raw = childText(xml, p + "v", gt + 1, inner);
        const isAt = type === "inlineStr" ? findTag(xml, p + "is", gt + 1, inner) : -1;
        if (isAt >= 0 && isAt < inner) inline = richText(xml, p, isAt, inner);
        const fAt = findTag(xml, p + "f", gt + 1, inner);
        if (fAt >= 0 && fAt < inner) formula = readFormula(xml, fAt, p, row, col, masters);
        pos = close < 0 ? end : close + cellClose.length;
      }
      ctx.onCell?.(row, col, styleIndex);
      let value = cellValue(type, raw, inline, ctx);
      const format = ctx.styles.xfFormat[styleIndex] ?? null;
      if (value === null && formula === null && format === null) continue;
      if (type === "e" && value !== null) errors.add(`${row},${col}`);
      if (ctx.date1904 && typeof value === "number" && type !== "d" && isDateFormat(format)) value += 1462;
      list.rows.push(row);
      list.cols.push(col);
      list.values.push(value);
      list.formats.push(format);
      if (formula !== null && formula.startsWith(PENDING)) {
        pending.push({ index: list.formulas.length, si: formula.slice(PENDING.length) });
        formula = null;
      }
      list.formulas.push(formula);
    } else if (xml.startsWith(rowTag, lt) && isNameEnd(xml.charCodeAt(lt + rowTag.length))) {
      const r = getAttr(xml.slice(lt, gt + 1), "r");
      row = r === null ? row + 1 : Number(r) - 1;
      col = -1;
      if (!(row < MAX_ROWS)) {
        throw xlsxErrors.tooLarge(ctx.fileName, ctx.name, `超过${MAX_ROWS}行`, `more than ${MAX_ROWS} rows`);
      }
      pos = gt + 1;
    } else pos = gt + 1;
  }
  for (const item of pending) {
    const master = masters.get(item.si);
    const at = item.index;
    list.formulas[at] = master ? shiftFormula(master.text, list.rows[at] - master.row, list.cols[at] - master.col) : null;
  }
  return layOut(xml, p, ctx.name, list, errors);
}

function readFormula(
  xml: string,
  at: number,
  p: string,
  row: number,
  col: number,
  masters: Map<string, { row: number; col: number; text: string }>,
): string | null {
  const gt = xml.indexOf(">", at);
  const tag = xml.slice(at, gt + 1);
  const selfClosing = xml.charCodeAt(gt - 1) === 47;
  const close = selfClosing ? -1 : xml.indexOf("</" + p + "f>", gt);
  const text = close < 0 ? "" : decodeText(xml.slice(gt + 1, close));
  if (getAttr(tag, "t") !== "shared") return text || null;
  const si = getAttr(tag, "si") ?? "";
  if (text && getAttr(tag, "ref") !== null) {
    masters.set(si, { row, col, text });
    return text;
  }
  const master = masters.get(si);
  if (master) return shiftFormula(master.text, row - master.row, col - master.col);
  return PENDING + si;
}

