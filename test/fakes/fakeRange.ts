// Fake Range, merged areas (RangeAreas) and per-cell properties: A1 semantics, load-before-read, writes at sync.
import type { CellValue } from "../../src/core/grid";
import { FakeObject, FakeOfficeError, jsonSize, type FakeContextCore, type Stage } from "./fakeCore";
import { FakeRangeFormat, forEachCell, type FillTarget } from "./fakeFill";
import { FakeClientResult, FakeRangeAreas } from "./fakeRangeAreas";
import { lineProperties, linesHidden } from "./fakeLineProperties";
import { quoteSheet, rectA1, type FakeCell, type FakeSheetModel, type Rect } from "./fakeModel";
import { typedInput, valueTypeOf } from "./fakeTypedInput";

/** Properties that read cell contents, limited to 5,000,000 cells per range ("A range is limited to 5,000,000 cells
 * for read operations"; error RangeExceedsLimit), https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * and https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling (RangeExceedsLimit). */
const CELL_DATA = new Set(["values", "numberFormat", "formulas", "valueTypes"]);
/** The read limit in cells. */
export const READ_LIMIT_CELLS = 5_000_000;

function checkReadLimit(rect: Rect): void {
  const cells = (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
  if (cells > READ_LIMIT_CELLS)
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number.",
    );
}

/** Stores one written item: numbers and Booleans as they are, strings like typed input (see fakeTypedInput.ts). */
function storeTyped(cell: FakeCell, x: unknown, viaFormulas: boolean): void {
  const input =
    typeof x === "string"
      ? typedInput(x, cell.format)
      : { kind: "value" as const, value: x === undefined || x === null ? null : (x as CellValue) };
  if (input.kind === "formula") {
    cell.value = cell.shadow?.formula === input.formula ? cell.shadow.value : viaFormulas ? cell.value : null;
    cell.formula = input.formula;
    return;
  }
  if (cell.formula) cell.shadow = { formula: cell.formula, value: cell.value };
  cell.formula = null;
  cell.value = input.value;
  if ("format" in input && input.format) cell.format = input.format;
}

/** Where a range is, resolved at sync time; null for a null object. */
export type RangeTarget = { sheet: FakeSheetModel; rect: Rect } | null;

/** Document-level checks and effects shared by every range proxy. */
export interface WriteGuard {
  /** Throws AccessDenied for a read-only workbook or a protected sheet. */
  checkWritable(sheet: FakeSheetModel): void;
  /** Makes the range the document's selection (and its sheet the active one). */
  selectRange(sheet: FakeSheetModel, rect: Rect): void;
}

/** A rectangular range. */
export class FakeRange extends FakeObject implements FillTarget {
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeContextCore,
    private readonly resolve: () => RangeTarget,
    private readonly guard: WriteGuard,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
  }

  /** The resolved target (at sync time). */
  target(): RangeTarget {
    return this.resolve();
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(v: unknown[][]) {
    this.queueWrite(v, (t) => forEachCell(t, v as unknown, (cell, x) => storeTyped(cell, x, false)));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.queueWrite(v, (t) => forEachCell(t, v as unknown, (cell, x) => (cell.format = x ? String(x) : "General")));
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(v: unknown[][]) {
    this.queueWrite(v, (t) => forEachCell(t, v as unknown, (cell, x) => storeTyped(cell, x, true)));
  }
  /** Excel.RangeValueType per cell (ExcelApi 1.1). */
  get valueTypes(): string[][] {
    return this.loadedValue("valueTypes");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  /** Whether all rows are hidden: true, false when none is, null when some are (ExcelApi 1.2). */
  get rowHidden(): boolean | null {
    return this.loadedValue("rowHidden");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  /** Whether all columns are hidden: true, false when none is, null when some are (ExcelApi 1.2). */
  get columnHidden(): boolean | null {
    return this.loadedValue("columnHidden");
  }

  /** Queues a write: at sync the target must exist and be writable. */
  queueWrite(payload: unknown, apply: (t: { sheet: FakeSheetModel; rect: Rect }) => void): void {
    this.context.enqueue({
      requestBytes: 60 + jsonSize(payload),
      run: () => {
        const t = this.resolve();
        if (!t) throw new FakeOfficeError("InvalidArgument", "Cannot write to a null object.");
        this.guard.checkWritable(t.sheet);
        apply(t);
      },
    });
  }

  /** One cell of this range, relative coordinates. */
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.resolve();
        return (
          t && {
            sheet: t.sheet,
            rect: { r1: t.rect.r1 + row, c1: t.rect.c1 + col, r2: t.rect.r1 + row, c2: t.rect.c1 + col },
          }
        );
      },
      this.guard,
    );
  }

  /** Merged areas whose top-left cell is in this range (ExcelApi 1.13; Excel fails above 512 areas). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        this.context.requireApi("1.13", "Range.getMergedAreasOrNullObject");
        const t = this.resolve();
        if (!t) return null;
        const areas = t.sheet.merges.filter(
          (m) => m.r1 >= t.rect.r1 && m.r1 <= t.rect.r2 && m.c1 >= t.rect.c1 && m.c1 <= t.rect.c2,
        );
        if (areas.length > 512)
          throw new FakeOfficeError("GeneralException", "There are more than 512 merged areas in the range.");
        return areas.length ? { sheet: t.sheet, rects: areas } : null;
      },
      this.guard,
    );
  }

  /** Per-cell properties (ExcelApi 1.9); only format.fill color/pattern and address are modelled. */
  getCellProperties(_options: unknown): FakeClientResult<unknown[][]> {
    return new FakeClientResult(this.context, () => {
      this.context.requireApi("1.9", "Range.getCellProperties");
      const t = this.resolve();
      if (!t) return [];
      checkReadLimit(t.rect);
      const out: unknown[][] = [];
      for (let r = t.rect.r1; r <= t.rect.r2; r++) {
        const row: unknown[] = [];
        for (let c = t.rect.c1; c <= t.rect.c2; c++) {
          const fill = t.sheet.peek(r, c)?.fill ?? null;
          row.push({
            address: `${quoteSheet(t.sheet.name)}!${rectA1({ r1: r, c1: c, r2: r, c2: c })}`,
            format: { fill: { color: fill ?? "#FFFFFF", pattern: fill ? "Solid" : "None" } },
          });
        }
        out.push(row);
      }
      return out;
    });
  }

  /** One object per row of the range with the properties asked for (ExcelApi 1.9). */
  getRowProperties(options: Record<string, unknown>): FakeClientResult<Record<string, unknown>[]> {
    return new FakeClientResult(this.context, () => {
      this.context.requireApi("1.9", "Range.getRowProperties");
      return lineProperties("row", this.resolve(), options);
    });
  }

  /** One object per column of the range with the properties asked for (ExcelApi 1.9). */
  getColumnProperties(options: Record<string, unknown>): FakeClientResult<Record<string, unknown>[]> {
    return new FakeClientResult(this.context, () => {
      this.context.requireApi("1.9", "Range.getColumnProperties");
      return lineProperties("column", this.resolve(), options);
    });
  }

  /** Selects the range (the fake records it as the document's selection). */
  select(): void {
    this.context.enqueue({
      requestBytes: 40,
      run: () => {
        const t = this.resolve();
        if (!t) throw new FakeOfficeError("InvalidArgument", "Cannot select a null object.");
        this.guard.selectRange(t.sheet, t.rect);
      },
    });
  }

  protected resolvesToNull(): boolean {
    return this.resolve() === null;
  }
  protected scalarProperties(): string[] {
    return ["address", "values", "numberFormat", "formulas", "valueTypes", "rowCount", "columnCount"];
  }
  protected isNavigation(name: string): boolean {
    return name === "format";
  }
  protected loadNavigation(name: string, nested: string[], stage: Stage): void {
    if (name !== "format") super.loadNavigation(name, nested, stage);
    this.format.applyLoad(nested, stage);
  }
  protected readProperty(name: string): unknown {
    const t = this.resolve();
    if (!t) return null;
    const { sheet, rect } = t;
    if (CELL_DATA.has(name)) checkReadLimit(rect);
    const grid = (f: (r: number, c: number) => unknown) => {
      const out: unknown[][] = [];
      for (let r = rect.r1; r <= rect.r2; r++) {
        const row: unknown[] = [];
        for (let c = rect.c1; c <= rect.c2; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
      case "values":
        return grid((r, c) => sheet.peek(r, c)?.value ?? "");
      case "numberFormat":
        return grid((r, c) => sheet.peek(r, c)?.format ?? "General");
      case "formulas":
        return grid((r, c) => {
          const cell = sheet.peek(r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "valueTypes":
        return grid((r, c) => valueTypeOf(sheet.peek(r, c)?.value ?? null));
      case "rowCount":
        return rect.r2 - rect.r1 + 1;
      case "columnCount":
        return rect.c2 - rect.c1 + 1;
      case "rowHidden":
      case "columnHidden":
        this.context.requireApi("1.2", `Range.${name}`);
        return linesHidden(name === "rowHidden" ? "row" : "column", sheet, rect);
      default:
        throw new FakeOfficeError("InvalidArgument", `Range.${name} is not in the fake`);
    }
  }
}
