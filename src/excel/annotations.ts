// Notes or threaded comments already in the workbook, and where they are (needed before adding our own).
import { NOTE_PREFIX, ourTextStart } from "../core/plan";
import { cellKey, parseRangeAddress } from "./addresses";
import type { SyncMeter } from "./syncMeter";

/** One existing note or comment. */
export interface ExistingAnnotation {
  kind: "note" | "comment";
  /** Comment id; null for notes (notes are addressed by their cell). */
  id: string | null;
  content: string;
  replies: { id: string; content: string }[];
}

type AnnotationItem = Excel.Note | Excel.Comment;

/** The workbook's notes (ExcelApi 1.18) or comments (1.10), listed in one batch and located in a later one. */
export class AnnotationIndex {
  private located: Map<string, ExistingAnnotation> | null = null;
  private readonly own = new Map<string, { row: number; col: number }[]>();
  private collection: Excel.NoteCollection | Excel.CommentCollection | null = null;

  constructor(readonly kind: "note" | "comment" | "none") {}

  /** Queues loading the list of notes or comments (content, and comment ids and replies). */
  queueList(context: Excel.RequestContext): void {
    if (this.kind === "note") {
      this.collection = context.workbook.notes.load("items/content");
    } else if (this.kind === "comment") {
      this.collection = context.workbook.comments.load(
        "items/id,items/content,items/replies/items/id,items/replies/items/content",
      );
    }
  }

  /** How many notes or comments the workbook has (after the list was synced). */
  get count(): number {
    return this.collection ? this.collection.items.length : 0;
  }

  /** True once locations are known (or when there is nothing to locate). */
  get isLocated(): boolean {
    return this.located !== null || this.count === 0;
  }

  /** Queues loading each item's cell; call the returned function after the next sync. */
  queueLocate(): () => void {
    const items: AnnotationItem[] = this.collection ? [...this.collection.items] : [];
    const locations = items.map((item) => item.getLocation().load("address"));
    return () => {
      const map = new Map<string, ExistingAnnotation>();
      items.forEach((item, i) => {
        const rect = parseRangeAddress(locations[i].address);
        if (!rect) return;
        const found = this.describe(item);
        map.set(cellKey(rect.sheet, rect.r1, rect.c1), found);
        if (!holdsOurText(found)) return;
        const own = this.own.get(rect.sheet) ?? [];
        own.push({ row: rect.r1, col: rect.c1 });
        this.own.set(rect.sheet, own);
      });
      this.located = map;
    };
  }

  /** Locates the items in a sync of their own, unless they are located already. */
  async locate(meter: SyncMeter): Promise<void> {
    if (this.isLocated) return;
    const finish = this.queueLocate();
    await meter.sync();
    finish();
  }

  /** Whether a listed note or comment holds text an earlier run wrote (known after the list was synced). */
  get hasOurText(): boolean {
    return this.collection ? this.collection.items.some((item) => holdsOurText(this.describe(item))) : false;
  }

  /** The cells of a sheet whose note or comment holds an earlier run's text (after locating). */
  ownCells(sheet: string): { row: number; col: number }[] {
    return this.own.get(sheet) ?? [];
  }

  /** The note or comment on a cell, or null. */
  at(sheet: string, row: number, col: number): ExistingAnnotation | null {
    return this.located?.get(cellKey(sheet, row, col)) ?? null;
  }

  private describe(item: AnnotationItem): ExistingAnnotation {
    if (this.kind === "comment") {
      const c = item as Excel.Comment;
      return {
        kind: "comment",
        id: c.id,
        content: c.content,
        replies: c.replies.items.map((r) => ({ id: r.id, content: r.content })),
      };
    }
    return { kind: "note", id: null, content: (item as Excel.Note).content, replies: [] };
  }
}

/** A note with our text in it, or a comment that is ours or carries our reply. */
export function holdsOurText(a: ExistingAnnotation): boolean {
  if (a.kind === "note") return ourTextStart(a.content) >= 0;
  return a.content.startsWith(NOTE_PREFIX) || a.replies.some((r) => r.content.startsWith(NOTE_PREFIX));
}
