// Reads a found table's rows into plain indicator inputs: levels carried down, cells with their formats.
import { cellAt, formatAt, formulaAt, type CellValue } from "../grid";
import { cellText, headerKey } from "../text";
import type { TableLayout } from "./layout";
import { MergeIndex } from "./merges";

/** One cell as the scorer needs it. */
export interface CellRef {
  row: number;
  col: number;
  value: CellValue;
  numFmt: string | null;
  formula: string | null;
  isError: boolean;
}

/** One indicator row, read. */
export interface IndicatorInput {
  row: number;
  level1: string;
  /** Points printed in the level-1 text, e.g. 产出指标（63分） → 63. */
  level1Points: number | null;
  level2: string;
  /** Points printed in the level-2 text, e.g. 数量指标（20分） → 20. */
  level2Points: number | null;
  level3: string;
  readonly level3Cell: CellRef | null;
  target: CellRef;
  actual: CellRef | null;
  weight: CellRef | null;
  score: CellRef | null;
  readonly reason: CellRef | null;
  unitText: string | null;
  /** The completed value's own unit column (实际完成值 over 值 | 单位), when the table has one. */
  actualUnitText: string | null;
  comparatorText: string | null;
  description: string | null;
}

const LEVEL1_POINTS = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/;
const LEVEL3_PREFIX = /^\s*(?:指标\s*\d+\s*[:：.、]|\d+\s*[.、．]|[（(]\d+[)）])\s*/;
/** An ordinal before a level name: 一、 （一） 1、 1. (subtotal rows are often numbered 一、二、). */
const LEVEL_ORDINAL =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、.．])\s*/;

/** Splits 产出指标（50分） or 一、产出指标（50分） into the name and its points (also a level-2 or level-3 name's). */
export function splitLevel1(text: string): { name: string; points: number | null } {
  const bare = text.replace(LEVEL_ORDINAL, "");
  const m = LEVEL1_POINTS.exec(bare);
  if (!m) return { name: bare.trim(), points: null };
  return { name: bare.slice(0, m.index).trim(), points: Number(m[1]) };
}

/** Drops 指标1：, 1. or (1) before a level-3 name. */
export function cleanLevel3(text: string): string {
  const c = text.charCodeAt(0);
  // only a space, a digit, 指 or a bracket can start a prefix (the regular expression is skipped for the rest)
  const mayHavePrefix =
    c <= 0x20 ||
    c === 0xa0 ||
    (c >= 0x1680 && c <= 0x3000) ||
    c === 0xfeff ||
    (c >= 48 && c <= 57) ||
    c === 0x6307 ||
    c === 0xff08 ||
    c === 40;
  return mayHavePrefix ? text.replace(LEVEL3_PREFIX, "").trim() : text.trim();
}

/** Builds a CellRef for a cell, resolving merged cells to their top-left value. */
export function cellRefAt(t: TableLayout, merges: MergeIndex, row: number, col: number | undefined): CellRef | null {
  if (col === undefined) return null;
  const a = merges.anchor(row, col);
  const sheet = t.sheet;
  const errors = sheet.errors;
  return {
    row,
    col,
    value: cellAt(sheet, a.row, a.col),
    numFmt: formatAt(sheet, a.row, a.col),
    formula: formulaAt(sheet, a.row, a.col),
    isError: errors !== undefined && errors.size > 0 && errors.has(`${a.row},${a.col}`),
  };
}

/** The row's completed-value cell; empty when it lies in the target's merged area (D11:E11 holding `100%`): Excel
 *  keeps that text in the target's cell alone, and read for both it answered its own target. */
function actualRefAt(t: TableLayout, merges: MergeIndex, row: number): CellRef | null {
  const { actual, target } = t.columns;
  const ref = cellRefAt(t, merges, row, actual);
  const shared = ref && target !== undefined ? merges.areaAt(row, target) : null;
  if (!ref || !shared || shared !== merges.areaAt(row, ref.col)) return ref;
  return { row, col: ref.col, value: null, numFmt: null, formula: null, isError: false };
}

function textAt(t: TableLayout, merges: MergeIndex, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const a = merges.anchor(row, col);
  return cellText(cellAt(t.sheet, a.row, a.col));
}

/** A read row; the level-3 and reason cells, rarely needed, are read when asked for. */
class IndicatorRow implements IndicatorInput {
  constructor(
    private readonly t: TableLayout,
    private readonly merges: MergeIndex,
    readonly row: number,
    readonly level1: string,
    readonly level1Points: number | null,
    readonly level2: string,
    readonly level2Points: number | null,
    readonly level3: string,
    readonly target: CellRef,
    readonly actual: CellRef | null,
    readonly weight: CellRef | null,
    readonly score: CellRef | null,
    readonly unitText: string | null,
    readonly actualUnitText: string | null,
    readonly comparatorText: string | null,
    readonly description: string | null,
  ) {}

  get level3Cell(): CellRef | null {
    return cellRefAt(this.t, this.merges, this.row, this.t.columns.level3);
  }

  get reason(): CellRef | null {
    return cellRefAt(this.t, this.merges, this.row, this.t.columns.reason);
  }
}

/** Reads a table's indicator rows one at a time, in sheet order; empty level cells inherit the value above. */
export class RowReader {
  private level1 = "";
  private points: number | null = null;
  private level2 = "";
  private points2: number | null = null;

  constructor(
    private readonly t: TableLayout,
    private readonly merges: MergeIndex,
  ) {}

  /** The block's points in its own 分值 column (一级指标 | 分值), read on its first row (or merged over its rows); `kept`,
   *  the block's points so far, when the cell is empty. */
  private columnPoints(row: number, col: number | undefined, kept: number | null): number | null {
    return col === undefined ? null : (numberIn(cellRefAt(this.t, this.merges, row, col)) ?? kept);
  }

  /** Reads sheet row `row` (the next of the table's indicator rows). */
  read(row: number): IndicatorInput {
    const { t, merges } = this;
    const c = t.columns;
    const l1 = textAt(t, merges, row, c.level1);
    if (l1) {
      const s = splitLevel1(l1);
      const same = s.name === this.level1;
      if (!same) [this.level2, this.points2] = ["", null];
      this.level1 = s.name;
      this.points = s.points ?? this.columnPoints(row, c.level1Points, same ? this.points : null);
    }
    const l2 = textAt(t, merges, row, c.level2);
    if (l2) {
      const s = splitLevel1(l2);
      this.points2 = s.points ?? this.columnPoints(row, c.level2Points, s.name === this.level2 ? this.points2 : null);
      this.level2 = s.name;
    }
    const unit = textAt(t, merges, row, c.unit);
    const actualUnit = textAt(t, merges, row, c.actualUnit);
    const cmp = textAt(t, merges, row, c.comparator);
    const desc = textAt(t, merges, row, c.description);
    return new IndicatorRow(
      t,
      merges,
      row,
      this.level1,
      this.points,
      this.level2,
      this.points2,
      cleanLevel3(textAt(t, merges, row, c.level3)),
      cellRefAt(t, merges, row, c.target)!,
      actualRefAt(t, merges, row),
      cellRefAt(t, merges, row, c.weight),
      cellRefAt(t, merges, row, c.score),
      unit || null,
      actualUnit || null,
      cmp || null,
      desc || null,
    );
  }
}

/** A cell's number, when it holds one (numbers, or text such as "3" / "３"); null otherwise. */
export function numberIn(ref: CellRef | null): number | null {
  if (!ref || ref.isError) return null;
  const v = ref.value;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string") {
    const s = headerKey(v).replace(/分$/, "");
    if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  }
  return null;
}
