// Our notes from an earlier run: finding them when a workbook is read, and taking them off cells this run no
// longer flags (a user's own note text before ours is kept; a note that was ours alone goes, with its VML box).
import { NOTE_PREFIX, ourTextStart } from "../core";
import { commentElements, ourRun, plainRun, readComments } from "./comments";
import { applySplices, findElement, richText, rootPrefix, type Splice } from "./xml";

/** A cell as 0-based coordinates. */
export interface CellAt {
  row: number;
  col: number;
}

/** The cells of a comments part whose note holds text this host (or the Excel add-in) wrote. */
export function ownNoteCells(xml: string): CellAt[] {
  if (!xml.includes(NOTE_PREFIX)) return [];
  return readComments(xml)
    .filter((n) => ourTextStart(n.text) >= 0)
    .map((n) => ({ row: n.row, col: n.col }));
}

/** The splices that take our text out of one comment, or null when the whole comment was ours. */
function withoutOurText(xml: string, p: string, from: number, to: number): Splice[] | null {
  const text = findElement(xml, p + "text", from, to);
  if (!text || text.selfClosing || text.start >= to) return [];
  const plain = richText(xml, p, text.openEnd, text.closeStart);
  const cut = ourTextStart(plain);
  if (cut < 0) return [];
  const userText = plain.slice(0, cut).trimEnd();
  if (!userText) return null;
  // Our run as this host writes it after the user's runs: drop it, the user's runs stay as they are.
  const ours = ourRun(xml, p, text);
  if (ours && richText(xml, p, text.openEnd, ours.start).trimEnd() === userText)
    return [{ start: ours.start, end: text.closeStart, text: "" }];
  return [{ start: text.openEnd, end: text.closeStart, text: plainRun(p, userText) }];
}

/** Takes our notes off `cells` in a comments part; returns the XML, the cells whose comment went, and how many remain. */
export function removeOwnNotes(
  xml: string,
  cells: readonly CellAt[],
): { xml: string; removed: CellAt[]; remaining: number } {
  const p = rootPrefix(xml);
  const wanted = new Set(cells.map((c) => `${c.row},${c.col}`));
  const comments = commentElements(xml, p);
  const splices: Splice[] = [];
  const removed: CellAt[] = [];
  for (const { span, at } of comments) {
    if (!at || !wanted.has(`${at.row},${at.col}`)) continue;
    const edit = withoutOurText(xml, p, span.openEnd, span.closeStart);
    if (edit) splices.push(...edit);
    else {
      splices.push({ start: span.start, end: span.end, text: "" });
      removed.push(at);
    }
  }
  return { xml: applySplices(xml, splices), removed, remaining: comments.length - removed.length };
}

/** Removes the note boxes of `cells` from a VML drawing; returns the drawing and how many shapes it still has. */
export function removeNoteShapes(vml: string, cells: readonly CellAt[]): { vml: string; shapes: number } {
  const wanted = new Set(cells.map((c) => `${c.row},${c.col}`));
  let shapes = 0;
  const out = vml.replace(/<([\w.-]+):shape\b[^>]*?(?:\/>|>[\s\S]*?<\/\1:shape>)/g, (shape) => {
    const note = /<[\w.-]+:ClientData\b[^>]*ObjectType\s*=\s*["']Note["']/.test(shape);
    const row = /<[\w.-]+:Row>\s*(\d+)\s*</.exec(shape)?.[1];
    const col = /<[\w.-]+:Column>\s*(\d+)\s*</.exec(shape)?.[1];
    if (note && wanted.has(`${row},${col}`)) return "";
    shapes++;
    return shape;
  });
  return { vml: out, shapes };
}
