// Fake notes (ExcelApi 1.18): add, getItem, getItemOrNullObject, content, delete, getLocation; shared cell helpers.
import { FakeItemsCollection, FakeObject, FakeOfficeError, jsonSize, type FakeContextCore } from "./fakeCore";
import { parseAddress, type FakeDocument, type FakeSheetModel } from "./fakeModel";
import { FakeRange, type WriteGuard } from "./fakeRange";

/** What note and comment proxies need from the context. */
export interface NoteHost extends WriteGuard {
  readonly doc: FakeDocument;
  readonly core: FakeContextCore;
}

export type CellRef = { sheet: FakeSheetModel; row: number; col: number };

/** Resolves a cell given as a Range proxy or an address ("A1" within `scope`, or "Sheet!A1"). */
export function resolveCell(host: NoteHost, scope: (() => string) | null, cell: FakeRange | string): CellRef {
  if (cell instanceof FakeRange) {
    const t = cell.target();
    if (!t) throw new FakeOfficeError("InvalidArgument", "The cell is a null object.");
    if (t.rect.r1 !== t.rect.r2 || t.rect.c1 !== t.rect.c2)
      throw new FakeOfficeError("InvalidArgument", "Notes and comments need a single cell.");
    return { sheet: t.sheet, row: t.rect.r1, col: t.rect.c1 };
  }
  const { sheet, rect } = parseAddress(cell);
  const name = sheet ?? scope?.() ?? null;
  if (!name) throw new FakeOfficeError("InvalidArgument", `The address '${cell}' needs a sheet name.`);
  return { sheet: host.doc.sheet(name), row: rect.r1, col: rect.c1 };
}

export function locationRange(host: NoteHost, ref: () => CellRef | null): FakeRange {
  return new FakeRange(
    host.core,
    () => {
      const r = ref();
      return r && { sheet: r.sheet, rect: { r1: r.row, c1: r.col, r2: r.row, c2: r.col } };
    },
    host,
  );
}

/** One note. */
export class FakeNote extends FakeObject {
  constructor(
    private readonly host: NoteHost,
    private readonly find: () => CellRef | null,
    private readonly nullable: boolean,
  ) {
    super(host.core);
  }
  private ref(): CellRef | null {
    const r = this.find();
    if (r && r.sheet.notes.has(`${r.row},${r.col}`)) return r;
    if (this.nullable) return null;
    throw new FakeOfficeError("ItemNotFound", "The requested note doesn't exist.");
  }
  get content(): string {
    return this.loadedValue("content");
  }
  set content(value: string) {
    this.context.enqueue({
      requestBytes: 60 + jsonSize(value),
      run: () => {
        const r = this.ref();
        if (!r) throw new FakeOfficeError("InvalidArgument", "Cannot set a null note.");
        this.host.checkWritable(r.sheet);
        r.sheet.notes.set(`${r.row},${r.col}`, value);
      },
    });
  }
  /** Deletes the note. */
  delete(): void {
    this.context.enqueue({
      requestBytes: 40,
      run: () => {
        const r = this.ref();
        if (!r) throw new FakeOfficeError("InvalidArgument", "Cannot delete a null note.");
        this.host.checkWritable(r.sheet);
        r.sheet.notes.delete(`${r.row},${r.col}`);
      },
    });
  }
  /** The note's cell. */
  getLocation(): FakeRange {
    return locationRange(this.host, () => this.ref());
  }
  protected resolvesToNull(): boolean {
    return this.ref() === null;
  }
  protected scalarProperties(): string[] {
    return ["content"];
  }
  protected readProperty(name: string): unknown {
    const r = this.ref();
    if (!r) return null;
    if (name === "content") return r.sheet.notes.get(`${r.row},${r.col}`);
    if (name === "authorName") return "Fake Author";
    throw new FakeOfficeError("InvalidArgument", `Note.${name} is not in the fake`);
  }
}

/** Workbook.notes or Worksheet.notes. */
export class FakeNoteCollection extends FakeItemsCollection<FakeNote> {
  protected readonly typeName = "NoteCollection";
  protected readonly itemDefaults = ["content"];
  constructor(
    private readonly host: NoteHost,
    private readonly scope: (() => string) | null,
  ) {
    super(host.core);
  }
  /** Adds a note to a cell; Excel refuses a cell that already has one. */
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    const ref: { cell: CellRef | null } = { cell: null };
    this.context.enqueueApi("1.18", "NoteCollection.add", 80 + jsonSize(content), () => {
      const cell = resolveCell(this.host, this.scope, cellAddress);
      this.host.checkWritable(cell.sheet);
      if (cell.sheet.notes.has(`${cell.row},${cell.col}`))
        throw new FakeOfficeError("InvalidArgument", "The cell already has a note.");
      // A cell holds a note or a threaded comment, never both: see fakeComments.ts (CommentCollection.add).
      if (this.host.doc.commentAt(cell.sheet.name, cell.row, cell.col))
        throw new FakeOfficeError("InvalidArgument", "The cell already has a threaded comment.");
      cell.sheet.notes.set(`${cell.row},${cell.col}`, content);
      ref.cell = cell;
    });
    return new FakeNote(this.host, () => ref.cell, false);
  }
  /** The note on a cell; ItemNotFound at sync when there is none. */
  getItem(key: string): FakeNote {
    return new FakeNote(this.host, () => this.keyCell(key), false);
  }
  /** The note on a cell, or a null object. */
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.host, () => this.keyCell(key), true);
  }
  private keyCell(key: string): CellRef {
    this.context.requireApi("1.18", "NoteCollection.getItem");
    return resolveCell(this.host, this.scope, key);
  }
  protected currentItems(): FakeNote[] {
    this.context.requireApi("1.18", "NoteCollection.load");
    const sheets = this.scope ? [this.host.doc.sheet(this.scope())] : this.host.doc.sheets;
    const items: FakeNote[] = [];
    for (const sheet of sheets) {
      for (const key of sheet.notes.keys()) {
        const [row, col] = key.split(",").map(Number);
        items.push(new FakeNote(this.host, () => ({ sheet, row, col }), false));
      }
    }
    return items;
  }
}
