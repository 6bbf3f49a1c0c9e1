// Attaching an explanation to a cell as a note (ExcelApi 1.18) or a threaded comment (1.10), and taking it back.
import { NOTE_PREFIX, ourTextStart } from "../core";
import { localAddress } from "./addresses";
import type { AnnotationIndex } from "./annotations";
import type { NoteRecord } from "./undoTypes";

/** Our text after any text of the user's own note; a previous run's text (from 【绩效评分】 on) is replaced. */
export function mergeNote(existing: string | null, ours: string): string {
  if (!existing) return ours;
  const idx = existing.indexOf(NOTE_PREFIX);
  const base = (idx >= 0 ? existing.slice(0, idx) : existing).trimEnd();
  return base ? `${base}\n${ours}` : ours;
}

/** Queues attaching `text` to a cell; the returned function gives the undo record after the sync. */
export function queueAttachNote(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  annotations: AnnotationIndex,
  at: { sheet: string; row: number; col: number },
  text: string,
): () => NoteRecord {
  const address = localAddress(at.row, at.col);
  const existing = annotations.at(at.sheet, at.row, at.col);
  // A cell holds a note or a threaded comment, never both: ours joins the kind already there.
  if (existing?.kind === "note") {
    const after = mergeNote(existing.content, text);
    ws.notes.getItem(address).content = after;
    return () => ({ via: "note", before: existing.content, after });
  }
  if (!existing && annotations.kind === "note") {
    ws.notes.add(ws.getRange(address), text);
    return () => ({ via: "note", before: null, after: text });
  }
  const comments = context.workbook.comments;
  if (!existing || !existing.id) {
    const added = comments.add(ws.getRange(address), text).load("id");
    return () => ({ via: "comment", id: added.id, before: null, after: text });
  }
  const commentId = existing.id;
  if (existing.content.startsWith(NOTE_PREFIX)) {
    comments.getItem(commentId).content = text;
    return () => ({ via: "comment", id: commentId, before: existing.content, after: text });
  }
  // Someone else's comment: never edit it; our text goes into (or updates) a reply.
  const own = existing.replies.find((r) => r.content.startsWith(NOTE_PREFIX));
  if (own) {
    comments.getItem(commentId).replies.getItem(own.id).content = text;
    return () => ({ via: "reply", commentId, id: own.id, before: own.content, after: text });
  }
  const reply = comments.getItem(commentId).replies.add(text).load("id");
  return () => ({ via: "reply", commentId, id: reply.id, before: null, after: text });
}

/** Queues taking an earlier run's text off a cell (a user's own text stays); null when there is none. */
export function queueDetachNote(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  annotations: AnnotationIndex,
  at: { sheet: string; row: number; col: number },
): NoteRecord | null {
  const address = localAddress(at.row, at.col);
  const existing = annotations.at(at.sheet, at.row, at.col);
  if (!existing) return null;
  if (existing.kind === "note") {
    const idx = ourTextStart(existing.content);
    if (idx < 0) return null;
    const user = existing.content.slice(0, idx).trimEnd();
    const item = ws.notes.getItem(address);
    if (user) item.content = user;
    else item.delete();
    return { via: "note", before: existing.content, after: user || null };
  }
  if (existing.id && existing.content.startsWith(NOTE_PREFIX)) {
    context.workbook.comments.getItem(existing.id).delete();
    return { via: "comment", id: existing.id, before: existing.content, after: null };
  }
  const own = existing.replies.find((r) => r.content.startsWith(NOTE_PREFIX));
  if (!existing.id || !own) return null;
  context.workbook.comments.getItem(existing.id).replies.getItem(own.id).delete();
  return { via: "reply", commentId: existing.id, id: own.id, before: own.content, after: null };
}

/** Queues restoring a cell's note or comment to what it was before the run (re-adding one the run took off). */
export function queueRestoreNote(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  row: number,
  col: number,
  note: NoteRecord,
): void {
  const address = localAddress(row, col);
  if (note.after === null) {
    if (note.before === null) return;
    if (note.via === "note") ws.notes.add(ws.getRange(address), note.before);
    else if (note.via === "comment") context.workbook.comments.add(ws.getRange(address), note.before);
    else context.workbook.comments.getItem(note.commentId).replies.add(note.before);
    return;
  }
  if (note.via === "note") {
    const item = ws.notes.getItem(address);
    if (note.before === null) item.delete();
    else item.content = note.before;
    return;
  }
  const comment = context.workbook.comments.getItem(note.via === "comment" ? note.id : note.commentId);
  const target = note.via === "comment" ? comment : comment.replies.getItem(note.id);
  if (note.before === null) target.delete();
  else target.content = note.before;
}
