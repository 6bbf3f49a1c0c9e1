// Fake Range.format and Range.format.fill: uniform colour reads (#FFFFFF for none, null for mixed), set and clear().
import { FakeObject, FakeOfficeError, type FakeContextCore, type Stage } from "./fakeCore";
import type { FakeCell, FakeSheetModel, Rect } from "./fakeModel";

/** The range side the fill needs: where it is (at sync time) and how to queue a checked write. */
export interface FillTarget {
  target(): { sheet: FakeSheetModel; rect: Rect } | null;
  queueWrite(payload: unknown, apply: (t: { sheet: FakeSheetModel; rect: Rect }) => void): void;
}

/** Applies a scalar or a 2-D array to every cell of a rectangle (InvalidArgument when the shape differs). */
export function forEachCell<T>(
  target: { sheet: FakeSheetModel; rect: Rect },
  input: T | T[][],
  apply: (cell: FakeCell, v: T) => void,
): void {
  const { rect, sheet } = target;
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size of the range (${rows}x${cols}).`,
      );
    }
  }
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = Array.isArray(input) ? input[i][j] : input;
      apply(sheet.cell(rect.r1 + i, rect.c1 + j), v);
    }
  }
}

/** Range.format.fill: `color` (uniform colour or null for mixed, #FFFFFF for none) and clear(). */
export class FakeRangeFill extends FakeObject {
  constructor(
    context: FakeContextCore,
    private readonly range: FillTarget,
  ) {
    super(context);
  }
  get color(): string {
    return this.loadedValue<string>("color");
  }
  set color(value: string) {
    this.range.queueWrite(`fill=${value}`, (t) => forEachCell(t, value, (cell) => (cell.fill = value.toUpperCase())));
  }
  /** Removes the fill. */
  clear(): void {
    this.range.queueWrite("fill.clear", (t) => forEachCell(t, null, (cell) => (cell.fill = null)));
  }
  protected scalarProperties(): string[] {
    return ["color"];
  }
  protected readProperty(name: string): unknown {
    if (name !== "color") throw new FakeOfficeError("InvalidArgument", `RangeFill.${name} is not in the fake`);
    const t = this.range.target();
    if (!t) return null;
    const colors = new Set<string>();
    for (let r = t.rect.r1; r <= t.rect.r2; r++)
      for (let c = t.rect.c1; c <= t.rect.c2; c++) colors.add(t.sheet.peek(r, c)?.fill ?? "#FFFFFF");
    return colors.size === 1 ? [...colors][0] : null;
  }
}

/** Range.format (only `fill` is modelled). */
export class FakeRangeFormat extends FakeObject {
  readonly fill: FakeRangeFill;
  constructor(context: FakeContextCore, range: FillTarget) {
    super(context);
    this.fill = new FakeRangeFill(context, range);
  }
  protected scalarProperties(): string[] {
    return [];
  }
  protected readProperty(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `RangeFormat.${name} is not in the fake`);
  }
  protected isNavigation(name: string): boolean {
    return name === "fill";
  }
  protected loadNavigation(name: string, nested: string[], stage: Stage): void {
    if (name !== "fill") super.loadNavigation(name, nested, stage);
    this.fill.applyLoad(nested.length ? nested : ["color"], stage);
  }
}
