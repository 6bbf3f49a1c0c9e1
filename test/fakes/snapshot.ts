// A comparable picture of a fake document: every non-empty cell, note and comment.
import { a1 } from "../../src/core/grid";
import type { FakeDocument } from "./fakeModel";

/** Cells as "Sheet!A1" → "value|formula|format|fill", notes and comments as text. */
export interface DocumentSnapshot {
  cells: Record<string, string>;
  notes: Record<string, string>;
  comments: Record<string, string>;
}

/** Takes a snapshot of the document. */
export function snapshotDocument(doc: FakeDocument): DocumentSnapshot {
  const cells: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const sheet of doc.sheets) {
    sheet.rows.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c || (c.value === null && c.formula === null && c.format === "General" && c.fill === null)) return;
        cells[`${sheet.name}!${a1(r, col)}`] =
          `${JSON.stringify(c.value)}|${c.formula ?? ""}|${c.format}|${c.fill ?? ""}`;
      }),
    );
    for (const [key, text] of sheet.notes) {
      const [r, col] = key.split(",").map(Number);
      notes[`${sheet.name}!${a1(r, col)}`] = text;
    }
  }
  const comments: Record<string, string> = {};
  for (const c of doc.comments)
    comments[`${c.sheet}!${a1(c.row, c.col)}`] = [c.content, ...c.replies.map((r) => "↳" + r.content)].join("\n");
  return { cells, notes, comments };
}

/** Keys whose entries differ between two snapshots ("cells:Sheet!A1", "notes:…", "comments:…"). */
export function snapshotDiff(a: DocumentSnapshot, b: DocumentSnapshot): string[] {
  const out: string[] = [];
  for (const part of ["cells", "notes", "comments"] as const) {
    const keys = new Set([...Object.keys(a[part]), ...Object.keys(b[part])]);
    for (const k of keys) if (a[part][k] !== b[part][k]) out.push(`${part}:${k}`);
  }
  return out.sort();
}
