// Fake Worksheet, WorksheetCollection, Workbook, Application and the request context that ties them together.
import {
  FakeContextCore,
  FakeItemsCollection,
  FakeObject,
  FakeOfficeError,
  type FakeHostState,
  type Stage,
} from "./fakeCore";
import { parseAddress, rectA1, type FakeDocument, type FakeSheetModel, type Rect } from "./fakeModel";
import { FakeCommentCollection } from "./fakeComments";
import { FakeNoteCollection, type NoteHost } from "./fakeNotes";
import { FakeRange } from "./fakeRange";

const WHOLE_SHEET: Rect = { r1: 0, c1: 0, r2: 1048575, c2: 16383 };

/** Extra host state the context needs beyond batching. */
export interface FakeAppState extends FakeHostState {
  readonly readOnly: boolean;
}

/** Worksheet.protection. */
export class FakeWorksheetProtection extends FakeObject {
  constructor(
    context: FakeContextCore,
    private readonly sheet: () => FakeSheetModel | null,
  ) {
    super(context);
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
  protected scalarProperties(): string[] {
    return ["protected"];
  }
  protected readProperty(name: string): unknown {
    this.context.requireApi("1.2", "Worksheet.protection");
    if (name !== "protected")
      throw new FakeOfficeError("InvalidArgument", `WorksheetProtection.${name} is not in the fake`);
    return this.sheet()?.protected ?? null;
  }
}

/** A worksheet proxy (bound to a name, the active sheet, or a null object). */
export class FakeWorksheet extends FakeObject {
  readonly protection: FakeWorksheetProtection;

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly find: () => FakeSheetModel | null,
  ) {
    super(ctx);
    this.protection = new FakeWorksheetProtection(ctx, () => this.find());
  }
  private model(): FakeSheetModel {
    const s = this.find();
    if (!s) throw new FakeOfficeError("InvalidArgument", "The worksheet is a null object.");
    return s;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  /** Worksheet.notes (ExcelApi 1.18). */
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, () => this.model().name);
  }
  /** Worksheet.comments (ExcelApi 1.10). */
  get comments(): FakeCommentCollection {
    return new FakeCommentCollection(this.ctx, () => this.model().name);
  }
  /** The used range (valuesOnly needs ExcelApi 1.2; an empty sheet gives A1). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.model();
        const rect = s.usedRect(Boolean(valuesOnly) && this.ctx.host.supports("1.2"));
        return { sheet: s, rect: rect ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
      },
      this.ctx,
    );
  }
  /** The used range, or a null object for an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        this.ctx.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
        const s = this.model();
        const rect = s.usedRect(Boolean(valuesOnly));
        return rect ? { sheet: s, rect } : null;
      },
      this.ctx,
    );
  }
  /** A range by A1 address; the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.model();
        if (!address) return { sheet: s, rect: WHOLE_SHEET };
        const parsed = parseAddress(address);
        if (parsed.sheet && parsed.sheet !== s.name)
          throw new FakeOfficeError("InvalidArgument", `Address '${address}' is on another sheet.`);
        return { sheet: s, rect: parsed.rect };
      },
      this.ctx,
    );
  }
  /** One cell, 0-based. */
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => ({ sheet: this.model(), rect: { r1: row, c1: col, r2: row, c2: col } }),
      this.ctx,
    );
  }
  /** A range by indexes (ExcelApi 1.7). */
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        this.ctx.requireApi("1.7", "Worksheet.getRangeByIndexes");
        return { sheet: this.model(), rect: { r1: row, c1: col, r2: row + rowCount - 1, c2: col + colCount - 1 } };
      },
      this.ctx,
    );
  }
  /** Makes the sheet the active one. */
  activate(): void {
    this.ctx.enqueue({ requestBytes: 40, run: () => (this.ctx.doc.activeSheet = this.model().name) });
  }
  protected resolvesToNull(): boolean {
    return this.find() === null;
  }
  protected scalarProperties(): string[] {
    return ["name"];
  }
  protected isNavigation(name: string): boolean {
    return name === "protection";
  }
  protected loadNavigation(name: string, nested: string[], stage: Stage): void {
    if (name !== "protection") super.loadNavigation(name, nested, stage);
    this.protection.applyLoad(nested.length ? nested : ["protected"], stage);
  }
  protected readProperty(name: string): unknown {
    if (name === "name") return this.find()?.name ?? null;
    if (name === "position") return this.ctx.doc.sheets.indexOf(this.model());
    throw new FakeOfficeError("InvalidArgument", `Worksheet.${name} is not in the fake`);
  }
}

/** Workbook.worksheets. */
export class FakeWorksheetCollection extends FakeItemsCollection<FakeWorksheet> {
  protected readonly typeName = "WorksheetCollection";
  protected readonly itemDefaults = ["name"];
  constructor(private readonly ctx: FakeRequestContext) {
    super(ctx);
  }
  /** A sheet by name (ItemNotFound at sync when missing). */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.doc.sheet(name));
  }
  /** A sheet by name, or a null object (ExcelApi 1.4). */
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      this.ctx.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
      return this.ctx.doc.sheets.find((s) => s.name === name) ?? null;
    });
  }
  /** The active sheet (resolved when the batch runs). */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.doc.sheet(this.ctx.doc.activeSheet));
  }
  protected currentItems(): FakeWorksheet[] {
    return this.ctx.doc.sheets.map(
      (s) => new FakeWorksheet(this.ctx, () => (this.ctx.doc.sheets.includes(s) ? s : this.ctx.doc.sheet(s.name))),
    );
  }
}

/** The workbook. */
export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  constructor(private readonly ctx: FakeRequestContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  /** Workbook.notes (ExcelApi 1.18; the methods fail at sync below it). */
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, null);
  }
  /** Workbook.comments (ExcelApi 1.10). */
  get comments(): FakeCommentCollection {
    return new FakeCommentCollection(this.ctx, null);
  }
  protected scalarProperties(): string[] {
    return ["name"];
  }
  protected readProperty(name: string): unknown {
    if (name === "name") {
      this.ctx.requireApi("1.7", "Workbook.name");
      return this.ctx.doc.name;
    }
    throw new FakeOfficeError("InvalidArgument", `Workbook.${name} is not in the fake`);
  }
}

/** context.application (only suspendApiCalculationUntilNextSync, ExcelApi 1.6). */
export class FakeApplication {
  suspendedSyncs = 0;
  constructor(private readonly ctx: FakeRequestContext) {}
  /** Suspends calculation until the next sync. */
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueueApi("1.6", "Application.suspendApiCalculationUntilNextSync", 40, () => this.suspendedSyncs++);
  }
}

/** The request context handed to Excel.run callbacks. */
export class FakeRequestContext extends FakeContextCore implements NoteHost {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(
    readonly doc: FakeDocument,
    readonly app: FakeAppState,
  ) {
    super(app);
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }
  get core(): FakeContextCore {
    return this;
  }
  /** Throws AccessDenied when the workbook is read-only or the sheet protected. */
  checkWritable(sheet: FakeSheetModel): void {
    if (this.app.readOnly) throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
    if (sheet.protected)
      throw new FakeOfficeError(
        "AccessDenied",
        `The cell you're trying to change is on a protected sheet (${sheet.name}).`,
      );
  }
  /** Records a selection and activates its sheet. */
  selectRange(sheet: FakeSheetModel, rect: Rect): void {
    this.doc.activeSheet = sheet.name;
    this.doc.selection = `${sheet.name}!${rectA1(rect)}`;
  }
}
