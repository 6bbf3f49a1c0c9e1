// Comments mode (ExcelApi 1.10–1.17): explanations as threaded comments, in batches of their own after the scores.
// Below 1.18 a cell's legacy note cannot be listed, and Excel refuses a threaded comment on a cell that has one, which
// fails the batch at that cell (actions before it stay applied). So: one batch; on failure, list the comments again,
// record what was applied, skip the refused cell and go on with the rest. The scores are already written by then.
import { NOTE_PREFIX } from "../core";
import { AnnotationIndex, type ExistingAnnotation } from "./annotations";
import { isAccessDeniedError, isCellEditModeError } from "./officeErrors";
import type { NoteRecord, UndoEntry } from "./undoTypes";
import { queueNoteOp, sheetProxies, type WriteContext } from "./writePlan";
import type { MarkOp } from "./writeSet";

/** At most this many refused cells are skipped one by one (two syncs each); the rest are reported as skipped. */
export const MAX_REFUSED_COMMENTS = 20;

function setNote(entry: UndoEntry, m: MarkOp, note: NoteRecord | null): void {
  const record = entry.marks.find((r) => r.sheet === m.sheet && r.row === m.row && r.col === m.col);
  if (record) record.note = note;
}

/** The comments as they are now, located (two syncs). */
async function relist(wc: WriteContext): Promise<AnnotationIndex> {
  const index = new AnnotationIndex("comment");
  index.queueList(wc.meter.context);
  await wc.meter.sync();
  await index.locate(wc.meter);
  return index;
}

/** The record of an op that was applied, read from the comments as they are now; null when it was not applied. */
function appliedRecord(
  m: MarkOp,
  before: ExistingAnnotation | null,
  now: ExistingAnnotation | null,
): NoteRecord | null | false {
  if (m.unmark) {
    if (!before || before.kind !== "comment" || !before.id) return null;
    if (before.content.startsWith(NOTE_PREFIX))
      return now?.id === before.id ? false : { via: "comment", id: before.id, before: before.content, after: null };
    const own = before.replies.find((r) => r.content.startsWith(NOTE_PREFIX));
    if (!own) return null;
    return now?.replies.some((r) => r.id === own.id)
      ? false
      : { via: "reply", commentId: before.id, id: own.id, before: own.content, after: null };
  }
  const text = m.note!;
  if (!now || now.kind !== "comment" || !now.id) return false;
  if (!before || before.kind !== "comment")
    return now.content === text ? { via: "comment", id: now.id, before: null, after: text } : false;
  if (before.content.startsWith(NOTE_PREFIX))
    return now.content === text ? { via: "comment", id: now.id, before: before.content, after: text } : false;
  const reply = now.replies.find((r) => r.content === text);
  if (!reply) return false;
  const own = before.replies.find((r) => r.content.startsWith(NOTE_PREFIX));
  return {
    via: "reply",
    commentId: now.id,
    id: reply.id,
    before: own && own.id === reply.id ? own.content : null,
    after: text,
  };
}

/** Applies the marks' comment operations; returns the marks whose comment Excel refused (or that were not tried). */
export async function applyCommentOps(wc: WriteContext, marks: MarkOp[], entry: UndoEntry): Promise<MarkOp[]> {
  let pending = marks.filter((m) => m.unmark || m.note !== null);
  const refused: MarkOp[] = [];
  while (pending.length > 0) {
    if (refused.length >= MAX_REFUSED_COMMENTS) return [...refused, ...pending];
    const ws = sheetProxies(wc.meter.context);
    const finishers = pending.map((m) => queueNoteOp(wc.meter.context, ws(m.sheet), wc.annotations, m));
    try {
      await wc.meter.sync();
      pending.forEach((m, i) => setNote(entry, m, finishers[i]?.() ?? null));
      return refused;
    } catch (error) {
      if (isCellEditModeError(error) || isAccessDeniedError(error)) throw error;
      const now = await relist(wc);
      let failedAt = pending.length;
      for (let i = 0; i < pending.length; i++) {
        const m = pending[i];
        const record = appliedRecord(m, wc.annotations.at(m.sheet, m.row, m.col), now.at(m.sheet, m.row, m.col));
        if (record === false) {
          failedAt = i;
          break;
        }
        setNote(entry, m, record);
      }
      if (failedAt === pending.length) return refused;
      refused.push(pending[failedAt]);
      pending = pending.slice(failedAt + 1);
    }
  }
  return refused;
}
