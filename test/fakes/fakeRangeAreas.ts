// Fake RangeAreas (merged areas, ExcelApi 1.13) and ClientResult (getCellProperties, 1.9).
import { FakeObject, FakeOfficeError, type FakeContextCore, type Stage } from "./fakeCore";
import { quoteSheet, rectA1, type FakeSheetModel, type Rect } from "./fakeModel";
import { FakeRange, type WriteGuard } from "./fakeRange";

/** A result of a method (getCellProperties): `value` is readable after the sync. */
export class FakeClientResult<T> extends FakeObject {
  constructor(
    context: FakeContextCore,
    private readonly compute: () => T,
  ) {
    super(context);
    context.enqueue({ requestBytes: 80, run: (stage) => stage.set(this, "value", this.compute()) });
  }
  get value(): T {
    return this.loadedValue<T>("value");
  }
  protected scalarProperties(): string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

/** Range.getMergedAreasOrNullObject(): `areas` (a collection of ranges), `areaCount`, `address`. */
export class FakeRangeAreas extends FakeObject {
  constructor(
    context: FakeContextCore,
    private readonly resolve: () => { sheet: FakeSheetModel; rects: Rect[] } | null,
    private readonly guard: WriteGuard,
  ) {
    super(context);
  }
  get areas(): { items: FakeRange[] } {
    return this.loadedValue("areas");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  protected resolvesToNull(): boolean {
    return this.resolve() === null;
  }
  protected scalarProperties(): string[] {
    return ["address", "areaCount"];
  }
  protected isNavigation(name: string): boolean {
    return name === "areas";
  }
  protected loadNavigation(name: string, nested: string[], stage: Stage): void {
    if (name !== "areas") super.loadNavigation(name, nested, stage);
    const t = this.resolve();
    const items = (t?.rects ?? []).map(
      (rect) => new FakeRange(this.context, () => ({ sheet: t!.sheet, rect }), this.guard),
    );
    const itemPaths = nested.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    for (const item of items) item.applyLoad(itemPaths.length ? itemPaths : ["address"], stage);
    stage.set(this, "areas", { items }, 8 * items.length);
  }
  protected readProperty(name: string): unknown {
    const t = this.resolve();
    if (!t) return null;
    if (name === "areaCount") return t.rects.length;
    if (name === "address") return t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rectA1(r)}`).join(", ");
    throw new FakeOfficeError("InvalidArgument", `RangeAreas.${name} is not in the fake`);
  }
}
