// Notes or threaded comments already in the workbook, and where they are (needed before adding our own).
import { NOTE_PREFIX, ourTextStart } from "../core";
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

/** The workbook's notes (ExcelApi 1.18) and threaded comments (1.10), listed in one batch and located in a later one.
 * In notes mode both kinds are listed: a cell holds one or the other, never both, so adding a note where a user has a
 * threaded comment would fail the whole write batch. In comments mode (1.10–1.17) notes cannot be listed. */
export class AnnotationIndex {
  private located: Map<string, ExistingAnnotation> | null = null;
  private readonly own = new Map<string, { row: number; col: number }[]>();
  private notes: Excel.NoteCollection | null = null;
  private comments: Excel.CommentCollection | null = null;

  constructor(readonly kind: "note" | "comment" | "none") {}

  /** Queues loading the notes and/or comments (content, and comment ids and replies). */
  queueList(context: Excel.RequestContext): void {
    if (this.kind === "note") this.notes = context.workbook.notes.load("items/content");
    if (this.kind !== "none") {
      this.comments = context.workbook.comments.load(
        "items/id,items/content,items/replies/items/id,items/replies/items/content",
      );
    }
  }

  private items(): AnnotationItem[] {
    return [...(this.notes ? this.notes.items : []), ...(this.comments ? this.comments.items : [])];
  }

  /** How many notes and comments the workbook has (after the list was synced). */
  get count(): number {
    return this.items().length;
  }

  /** True once locations are known (or when there is nothing to locate). */
  get isLocated(): boolean {
    return this.located !== null || this.count === 0;
  }

  /** Queues loading each item's cell; call the returned function after the next sync. */
  queueLocate(): () => void {
    const notes = this.notes ? [...this.notes.items] : [];
    const items: AnnotationItem[] = [...notes, ...(this.comments ? this.comments.items : [])];
    const locations = items.map((item) => item.getLocation().load("address"));
    return () => {
      const map = new Map<string, ExistingAnnotation>();
      items.forEach((item, i) => {
        const rect = parseRangeAddress(locations[i].address);
        if (!rect) return;
        const found = describe(item, i < notes.length ? "note" : "comment");
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
    const notes = this.notes ? this.notes.items.map((n) => describe(n, "note")) : [];
    const comments = this.comments ? this.comments.items.map((c) => describe(c, "comment")) : [];
    return [...notes, ...comments].some(holdsOurText);
  }

  /** The cells of a sheet whose note or comment holds an earlier run's text (after locating). */
  ownCells(sheet: string): { row: number; col: number }[] {
    return this.own.get(sheet) ?? [];
  }

  /** The note or comment on a cell, or null. */
  at(sheet: string, row: number, col: number): ExistingAnnotation | null {
    return this.located?.get(cellKey(sheet, row, col)) ?? null;
  }
}

function describe(item: AnnotationItem, kind: "note" | "comment"): ExistingAnnotation {
  if (kind === "comment") {
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

/** A note with our text in it, or a comment that is ours or carries our reply. */
export function holdsOurText(a: ExistingAnnotation): boolean {
  if (a.kind === "note") return ourTextStart(a.content) >= 0;
  return a.content.startsWith(NOTE_PREFIX) || a.replies.some((r) => r.content.startsWith(NOTE_PREFIX));
}
