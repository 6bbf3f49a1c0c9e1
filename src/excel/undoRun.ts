// 撤销评分: check that nothing the run wrote was edited since (one sync), then restore the previous state (one sync).
import { localAddress, qualifiedAddress } from "./addresses";
import { queueRestoreNote } from "./attachNote";
import { restoreInput, sameContent, type CellType } from "./cellState";
import { hostText, type HostLang } from "./messages";
import type { ExcelCapabilities } from "./requirements";
import type { SyncMeter } from "./syncMeter";
import type { FormulaCell, MarkRecord, NoteRecord, UndoEntry } from "./undoTypes";
import { jsonBytes } from "./payload";
import { normalizeFill, sheetProxies } from "./writePlan";

function constantOf(before: FormulaCell): FormulaCell | null {
  return typeof before === "string" && before.startsWith("=") ? null : before;
}

interface Checks {
  values: { range: Excel.Range; rec: UndoEntry["runs"][number] }[];
  fills: {
    mark: MarkRecord;
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
    fill: Excel.RangeFill | null;
  }[];
  notes: { mark: MarkRecord; note: Excel.Note }[];
  comments: Excel.CommentCollection | null;
}

function queueChecks(
  meter: SyncMeter,
  caps: ExcelCapabilities,
  entry: UndoEntry,
  ws: (name: string) => Excel.Worksheet,
): Checks {
  const context = meter.context;
  const values = entry.runs.map((rec) => ({
    rec,
    range: ws(rec.sheet)
      .getRange(localAddress(rec.row1, rec.col, rec.row1 + rec.after.values.length - 1, rec.col))
      .load("values,numberFormat"),
  }));
  const fills = entry.marks.map((mark) => {
    const cell = ws(mark.sheet).getRange(localAddress(mark.row, mark.col));
    return caps.cellProperties
      ? { mark, props: cell.getCellProperties({ format: { fill: { color: true, pattern: true } } }), fill: null }
      : { mark, props: null, fill: cell.format.fill.load("color") };
  });
  const notes = entry.marks
    .filter((m) => m.note?.via === "note")
    .map((mark) => ({
      mark,
      note: ws(mark.sheet).notes.getItemOrNullObject(localAddress(mark.row, mark.col)).load("content"),
    }));
  const needComments = entry.marks.some((m) => m.note && m.note.via !== "note");
  const comments = needComments
    ? context.workbook.comments.load("items/id,items/content,items/replies/items/id,items/replies/items/content")
    : null;
  return { values, fills, notes, comments };
}

function commentText(comments: Excel.CommentCollection, note: NoteRecord): string | null {
  if (note.via === "note") return null;
  const comment = comments.items.find((c) => c.id === (note.via === "comment" ? note.id : note.commentId));
  if (!comment) return null;
  if (note.via === "comment") return comment.content;
  return comment.replies.items.find((r) => r.id === note.id)?.content ?? null;
}

/** Lists the cells changed since the run (value, fill or note differs from what the run wrote). */
function conflicts(entry: UndoEntry, checks: Checks, lang: HostLang): string[] {
  const out: string[] = [];
  for (const { range, rec } of checks.values) {
    range.values.forEach((row, i) => {
      const now = row[0];
      const wrote = rec.after.values[i];
      const cell = qualifiedAddress(rec.sheet, rec.row1 + i, rec.col);
      const before = constantOf(rec.before.formulas[i]);
      const untouched = entry.partial && before !== null && sameContent(now, before);
      if (!sameContent(now, wrote) && !untouched) {
        out.push(hostText(lang).valueChanged({ cell, written: String(wrote), now: now === "" ? "空" : String(now) }));
        return;
      }
      // A format changed since the run is a user's edit like a changed value (older records kept no formats).
      const fmt = String(range.numberFormat[i][0]);
      const formats = rec.after.formats;
      if (formats && fmt !== formats[i] && !(entry.partial && fmt === rec.before.formats[i]))
        out.push(hostText(lang).formatChanged({ cell }));
    });
  }
  for (const { mark, props, fill } of checks.fills) {
    const f = props ? props.value[0][0].format?.fill : null;
    const now = props ? normalizeFill(f?.color, f?.pattern ?? null) : normalizeFill(fill!.color);
    if (now === (mark.fillAfter?.toUpperCase() ?? null) || (entry.partial && now === mark.fillBefore)) continue;
    out.push(hostText(lang).fillChanged({ cell: qualifiedAddress(mark.sheet, mark.row, mark.col) }));
  }
  for (const { mark, note } of checks.notes) {
    const after = mark.note!.after;
    if (after === null ? note.isNullObject : !note.isNullObject && note.content === after) continue;
    out.push(hostText(lang).noteChanged({ cell: qualifiedAddress(mark.sheet, mark.row, mark.col) }));
  }
  if (checks.comments) {
    for (const mark of entry.marks) {
      if (!mark.note || mark.note.via === "note") continue;
      if (commentText(checks.comments, mark.note) === mark.note.after) continue;
      out.push(hostText(lang).noteChanged({ cell: qualifiedAddress(mark.sheet, mark.row, mark.col) }));
    }
  }
  return out;
}

/** Splits an entry into parts of at most `limit` estimated bytes (Excel on the web: 5 MB per request). */
export function splitEntry(entry: UndoEntry, limit: number): UndoEntry[] {
  const parts: UndoEntry[] = [];
  let current: UndoEntry = { ...entry, runs: [], marks: [] };
  let size = 0;
  const add = (bytes: number, put: (e: UndoEntry) => void) => {
    if (size > 0 && size + bytes > limit) {
      parts.push(current);
      current = { ...entry, runs: [], marks: [] };
      size = 0;
    }
    put(current);
    size += bytes;
  };
  for (const run of entry.runs) add(160 + 2 * (jsonBytes(run.before) + jsonBytes(run.after)), (e) => e.runs.push(run));
  for (const mark of entry.marks) add(300 + 2 * jsonBytes(mark.note), (e) => e.marks.push(mark));
  if (current.runs.length > 0 || current.marks.length > 0 || parts.length === 0) parts.push(current);
  return parts;
}

/** In a partial record, the runs and marks Excel never applied (still as before): nothing to restore there, and a
 * sheet that refused the write would refuse the restore too. */
function untouched(entry: UndoEntry, checks: Checks): Set<object> {
  const skip = new Set<object>();
  if (!entry.partial) return skip;
  for (const { range, rec } of checks.values) {
    const same = range.values.every((row, i) => {
      const before = constantOf(rec.before.formulas[i]);
      return (
        before !== null && sameContent(row[0], before) && String(range.numberFormat[i][0]) === rec.before.formats[i]
      );
    });
    if (same) skip.add(rec);
  }
  for (const { mark, props, fill } of checks.fills) {
    const f = props ? props.value[0][0].format?.fill : null;
    const now = props ? normalizeFill(f?.color, f?.pattern ?? null) : normalizeFill(fill!.color);
    if (now === mark.fillBefore && !mark.note) skip.add(mark);
  }
  return skip;
}

function queueRestore(
  context: Excel.RequestContext,
  entry: UndoEntry,
  ws: (name: string) => Excel.Worksheet,
  cells: Set<string>,
  skip: Set<object>,
): void {
  for (const rec of entry.runs) {
    if (skip.has(rec)) continue;
    const range = ws(rec.sheet).getRange(
      localAddress(rec.row1, rec.col, rec.row1 + rec.before.formulas.length - 1, rec.col),
    );
    // Formats first: a text cell's input depends on the format it goes back into, and Excel reads input by format.
    range.numberFormat = rec.before.formats.map((f) => [f]);
    range.formulas = rec.before.formulas.map((f, i) => [
      restoreInput(f, rec.before.types?.[i] as CellType | undefined, rec.before.formats[i]),
    ]);
    rec.before.formulas.forEach((_, i) => cells.add(qualifiedAddress(rec.sheet, rec.row1 + i, rec.col)));
  }
  for (const mark of entry.marks) {
    if (skip.has(mark)) continue;
    const fill = ws(mark.sheet).getRange(localAddress(mark.row, mark.col)).format.fill;
    if (mark.fillBefore === null) fill.clear();
    else fill.color = mark.fillBefore;
    if (mark.note) queueRestoreNote(context, ws(mark.sheet), mark.row, mark.col, mark.note);
    cells.add(qualifiedAddress(mark.sheet, mark.row, mark.col));
  }
}

/** Undoes one entry: checks every part first and refuses (writing nothing) when a touched cell was edited since;
 * then restores. Two syncs, or two per part when the entry is larger than `limit`. */
export async function undoEntry(
  meter: SyncMeter,
  caps: ExcelCapabilities,
  entry: UndoEntry,
  lang: HostLang,
  limit: number = Number.POSITIVE_INFINITY,
): Promise<{ ok: boolean; restored: number; message: string }> {
  const context = meter.context;
  const ws = sheetProxies(context);
  const parts = splitEntry(entry, limit);
  const changed: string[] = [];
  const skip = new Set<object>();
  for (const part of parts) {
    const checks = queueChecks(meter, caps, part, ws);
    await meter.sync();
    changed.push(...conflicts(part, checks, lang));
    untouched(part, checks).forEach((x) => skip.add(x));
  }
  if (changed.length > 0) {
    const shown =
      changed.slice(0, 8).join("、") + (changed.length > 8 ? hostText(lang).andMore({ n: changed.length }) : "");
    return { ok: false, restored: 0, message: hostText(lang).undoConflict({ cells: shown }) };
  }
  const cells = new Set<string>();
  for (const part of parts) {
    queueRestore(context, part, ws, cells, skip);
    await meter.sync();
  }
  return { ok: true, restored: cells.size, message: hostText(lang).undone({ n: cells.size }) };
}
