// Fake threaded comments with replies (ExcelApi 1.10): add, getItem…, getItemByCell, content, delete, getLocation.
import { FakeItemsCollection, FakeObject, FakeOfficeError, jsonSize, type Stage } from "./fakeCore";
import type { FakeCommentModel } from "./fakeModel";
import { locationRange, resolveCell, type NoteHost } from "./fakeNotes";
import type { FakeRange } from "./fakeRange";

/** A reply of a threaded comment. */
export class FakeCommentReply extends FakeObject {
  constructor(
    private readonly host: NoteHost,
    private readonly comment: () => FakeCommentModel,
    private readonly idRef: () => string,
  ) {
    super(host.core);
  }
  private model(): { id: string; content: string } {
    const reply = this.comment().replies.find((r) => r.id === this.idRef());
    if (!reply) throw new FakeOfficeError("ItemNotFound", "The requested reply doesn't exist.");
    return reply;
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get content(): string {
    return this.loadedValue("content");
  }
  set content(value: string) {
    this.context.enqueue({
      requestBytes: 60 + jsonSize(value),
      run: () => {
        this.host.checkWritable(this.host.doc.sheet(this.comment().sheet));
        this.model().content = value;
      },
    });
  }
  /** Deletes the reply. */
  delete(): void {
    this.context.enqueue({
      requestBytes: 40,
      run: () => {
        const c = this.comment();
        const reply = this.model();
        c.replies = c.replies.filter((r) => r !== reply);
      },
    });
  }
  protected scalarProperties(): string[] {
    return ["id", "content"];
  }
  protected readProperty(name: string): unknown {
    const r = this.model();
    if (name === "id" || name === "content") return r[name];
    throw new FakeOfficeError("InvalidArgument", `CommentReply.${name} is not in the fake`);
  }
}

/** Comment.replies. */
export class FakeCommentReplyCollection extends FakeItemsCollection<FakeCommentReply> {
  protected readonly typeName = "CommentReplyCollection";
  protected readonly itemDefaults = ["id", "content"];
  constructor(
    private readonly host: NoteHost,
    private readonly comment: () => FakeCommentModel,
  ) {
    super(host.core);
  }
  /** Adds a reply. */
  add(content: string): FakeCommentReply {
    const ref = { id: "" };
    this.context.enqueue({
      requestBytes: 60 + jsonSize(content),
      run: () => {
        const c = this.comment();
        this.host.checkWritable(this.host.doc.sheet(c.sheet));
        ref.id = this.host.doc.newId();
        c.replies.push({ id: ref.id, content });
      },
    });
    return new FakeCommentReply(this.host, this.comment, () => ref.id);
  }
  /** A reply by id (ItemNotFound at sync when missing). */
  getItem(id: string): FakeCommentReply {
    return new FakeCommentReply(this.host, this.comment, () => id);
  }
  protected currentItems(): FakeCommentReply[] {
    return this.comment().replies.map((r) => new FakeCommentReply(this.host, this.comment, () => r.id));
  }
}

/** A threaded comment. */
export class FakeComment extends FakeObject {
  readonly replies: FakeCommentReplyCollection;
  constructor(
    private readonly host: NoteHost,
    private readonly find: () => FakeCommentModel | undefined,
    private readonly nullable: boolean,
  ) {
    super(host.core);
    this.replies = new FakeCommentReplyCollection(host, () => this.model()!);
  }
  private model(): FakeCommentModel | null {
    const c = this.find();
    if (c) return c;
    if (this.nullable) return null;
    throw new FakeOfficeError("ItemNotFound", "The requested comment doesn't exist.");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get content(): string {
    return this.loadedValue("content");
  }
  set content(value: string) {
    this.context.enqueue({
      requestBytes: 60 + jsonSize(value),
      run: () => {
        const c = this.model()!;
        this.host.checkWritable(this.host.doc.sheet(c.sheet));
        c.content = value;
      },
    });
  }
  /** Deletes the comment and its replies. */
  delete(): void {
    this.context.enqueue({
      requestBytes: 40,
      run: () => {
        const c = this.model()!;
        this.host.checkWritable(this.host.doc.sheet(c.sheet));
        this.host.doc.comments.splice(this.host.doc.comments.indexOf(c), 1);
      },
    });
  }
  /** The comment's cell. */
  getLocation(): FakeRange {
    return locationRange(this.host, () => {
      const c = this.model();
      return c && { sheet: this.host.doc.sheet(c.sheet), row: c.row, col: c.col };
    });
  }
  protected resolvesToNull(): boolean {
    return this.model() === null;
  }
  protected scalarProperties(): string[] {
    return ["id", "content"];
  }
  protected isNavigation(name: string): boolean {
    return name === "replies";
  }
  protected loadNavigation(_name: string, nested: string[], stage: Stage): void {
    this.replies.applyLoad(nested.length ? nested : ["items"], stage);
  }
  protected readProperty(name: string): unknown {
    const c = this.model();
    if (!c) return null;
    if (name === "id" || name === "content") return c[name];
    if (name === "authorName") return "Fake Author";
    throw new FakeOfficeError("InvalidArgument", `Comment.${name} is not in the fake`);
  }
}

/** Workbook.comments or Worksheet.comments. */
export class FakeCommentCollection extends FakeItemsCollection<FakeComment> {
  protected readonly typeName = "CommentCollection";
  protected readonly itemDefaults = ["id", "content"];
  constructor(
    private readonly host: NoteHost,
    private readonly scope: (() => string) | null,
  ) {
    super(host.core);
  }
  private inScope(): FakeCommentModel[] {
    this.context.requireApi("1.10", "CommentCollection");
    const scope = this.scope?.() ?? null;
    return this.host.doc.comments.filter((c) => !scope || c.sheet === scope);
  }
  /** Adds a comment to a cell; Excel refuses a cell that already has one. */
  add(cellAddress: FakeRange | string, content: string): FakeComment {
    const ref = { id: "" };
    this.context.enqueueApi("1.10", "CommentCollection.add", 80 + jsonSize(content), () => {
      const cell = resolveCell(this.host, this.scope, cellAddress);
      this.host.checkWritable(cell.sheet);
      if (this.host.doc.commentAt(cell.sheet.name, cell.row, cell.col))
        throw new FakeOfficeError("InvalidArgument", "The cell already has a comment.");
      // "Adds a new modern threaded comment to the range if no comment already exists" (a legacy note counts):
      // https://learn.microsoft.com/office/vba/api/excel.range.addcommentthreaded; notes and threaded comments are
      // the two kinds of one cell annotation, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes
      // (links "The difference between threaded comments and notes"). The error code is not documented: InvalidArgument.
      if (cell.sheet.notes.has(`${cell.row},${cell.col}`))
        throw new FakeOfficeError("InvalidArgument", "The cell already has a note.");
      ref.id = this.host.doc.newId();
      this.host.doc.comments.push({
        id: ref.id,
        sheet: cell.sheet.name,
        row: cell.row,
        col: cell.col,
        content,
        replies: [],
      });
    });
    return new FakeComment(this.host, () => this.host.doc.comments.find((c) => c.id === ref.id), false);
  }
  /** A comment by id (ItemNotFound at sync when missing). */
  getItem(id: string): FakeComment {
    return new FakeComment(this.host, () => this.inScope().find((c) => c.id === id), false);
  }
  /** A comment by id, or a null object (ExcelApi 1.14). */
  getItemOrNullObject(id: string): FakeComment {
    return new FakeComment(
      this.host,
      () => {
        this.context.requireApi("1.14", "CommentCollection.getItemOrNullObject");
        return this.inScope().find((c) => c.id === id);
      },
      true,
    );
  }
  /** The comment on a cell (ItemNotFound at sync when there is none). */
  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    return new FakeComment(
      this.host,
      () => {
        const cell = resolveCell(this.host, this.scope, cellAddress);
        return this.inScope().find((c) => c.sheet === cell.sheet.name && c.row === cell.row && c.col === cell.col);
      },
      false,
    );
  }
  /** The comment at an index. */
  getItemAt(index: number): FakeComment {
    return new FakeComment(this.host, () => this.inScope()[index], false);
  }
  protected currentItems(): FakeComment[] {
    return this.inScope().map(
      (c) => new FakeComment(this.host, () => this.host.doc.comments.find((x) => x.id === c.id), false),
    );
  }
}
