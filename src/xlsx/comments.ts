// Legacy notes (comments part): adds ours, replaces our own earlier notes, and appends after a user's note;
// every existing comment element is otherwise kept exactly.
import { a1, parseA1 } from "../core";
import { NOTE_PREFIX } from "../core";
import {
  applySplices,
  escapeText,
  findElement,
  findElements,
  getAttr,
  richText,
  rootPrefix,
  type ElementSpan,
  type Splice,
} from "./xml";

/** The author name of the notes this host writes. */
export const NOTE_AUTHOR = "绩效评分";

/** One note to set on a cell (0-based coordinates). */
export interface NoteWrite {
  row: number;
  col: number;
  text: string;
}

/** An existing note as read back. */
export interface ExistingNote {
  row: number;
  col: number;
  text: string;
}

const NEW_COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

function run(p: string, text: string): string {
  return (
    `<${p}r><${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="宋体"/><${p}family val="3"/><${p}charset val="134"/></${p}rPr>` +
    `<${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`
  );
}

/** Reads the notes of a comments part. */
export function readComments(xml: string): ExistingNote[] {
  const p = rootPrefix(xml);
  const out: ExistingNote[] = [];
  for (const c of findElements(xml, p + "comment")) {
    const ref = parseA1(getAttr(xml.slice(c.start, c.openEnd), "ref") ?? "");
    if (ref) out.push({ row: ref.row, col: ref.col, text: richText(xml, p, c.openEnd, c.closeStart) });
  }
  return out;
}

/** The <comment> elements of a part's commentList, each with its cell (null when its ref is not an address). */
export function commentElements(
  xml: string,
  p: string,
): { span: ElementSpan; at: { row: number; col: number } | null }[] {
  const list = findElement(xml, p + "commentList");
  if (!list || list.selfClosing) return [];
  return findElements(xml, p + "comment", list.openEnd, list.closeStart).map((span) => ({
    span,
    at: parseA1(getAttr(xml.slice(span.start, span.openEnd), "ref") ?? ""),
  }));
}

/** Our run inside a note's <text> after a user's text, as this host writes it ("\n\n【绩效评分】…"), or undefined. */
export function ourRun(xml: string, p: string, text: ElementSpan): ElementSpan | undefined {
  return findElements(xml, p + "r", text.openEnd, text.closeStart).find((r) =>
    richText(xml, p, r.openEnd, r.closeStart).startsWith("\n\n" + NOTE_PREFIX),
  );
}

/** A plain run holding a user's text (when their note's own runs cannot be kept). */
export function plainRun(p: string, text: string): string {
  return `<${p}r><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`;
}

function editExisting(xml: string, p: string, from: number, to: number, note: string): Splice[] {
  const text = findElement(xml, p + "text", from, to);
  if (!text || text.start >= to) return [{ start: to, end: -1, text: `<${p}text>${run(p, note)}</${p}text>` }];
  if (text.selfClosing) return [{ start: text.start, end: text.end, text: `<${p}text>${run(p, note)}</${p}text>` }];
  const plain = richText(xml, p, text.openEnd, text.closeStart);
  if (plain.startsWith(NOTE_PREFIX)) return [{ start: text.openEnd, end: text.closeStart, text: run(p, note) }];
  const ours = ourRun(xml, p, text);
  if (ours) return [{ start: ours.start, end: text.closeStart, text: run(p, "\n\n" + note) }];
  const cut = plain.indexOf("\n\n" + NOTE_PREFIX);
  if (cut >= 0) {
    return [
      { start: text.openEnd, end: text.closeStart, text: plainRun(p, plain.slice(0, cut)) + run(p, "\n\n" + note) },
    ];
  }
  // A plain <t> followed by runs is valid, but some readers then drop the <t>: wrap it in a run of its own.
  const splices: Splice[] = [];
  const firstT = findElement(xml, p + "t", text.openEnd, text.closeStart);
  const firstRun = findElement(xml, p + "r", text.openEnd, text.closeStart);
  if (firstT && firstT.start < text.closeStart && (!firstRun || firstT.start < firstRun.start)) {
    splices.push({ start: firstT.start, end: -1, text: `<${p}r>` }, { start: firstT.end, end: -1, text: `</${p}r>` });
  }
  splices.push({ start: text.closeStart, end: -1, text: run(p, "\n\n" + note) });
  return splices;
}

function authorIndex(xml: string, p: string, splices: Splice[]): number {
  const block = findElement(xml, p + "authors");
  const authors = block && !block.selfClosing ? findElements(xml, p + "author", block.openEnd, block.closeStart) : [];
  const found = authors.findIndex((a) => xml.slice(a.openEnd, a.closeStart) === NOTE_AUTHOR);
  if (found >= 0) return found;
  const element = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
  if (!block) {
    const list = findElement(xml, p + "commentList");
    splices.push({
      start: list ? list.start : xml.lastIndexOf("</"),
      end: -1,
      text: `<${p}authors>${element}</${p}authors>`,
    });
  } else if (block.selfClosing) {
    splices.push({ start: block.start, end: block.end, text: `<${p}authors>${element}</${p}authors>` });
  } else splices.push({ start: block.closeStart, end: -1, text: element });
  return authors.length;
}

/** Sets notes in a comments part (creates one when xml is null); returns the XML and the notes that are new. */
export function mergeComments(xml: string | null, notes: readonly NoteWrite[]): { xml: string; added: NoteWrite[] } {
  const source = xml ?? NEW_COMMENTS;
  const p = rootPrefix(source);
  const splices: Splice[] = [];
  const list = findElement(source, p + "commentList");
  const existing = commentElements(source, p).map((e) => ({ span: e.span, at: e.at ?? { row: -1, col: -1 } }));
  const sorted = [...notes].sort((a, b) => a.row - b.row || a.col - b.col);
  const byCell = new Map(existing.map((e) => [`${e.at.row},${e.at.col}`, e]));
  const inOrder = [...existing].sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col);
  const added: NoteWrite[] = [];
  const fresh: string[] = [];
  let author = -1;
  let next = 0;
  for (const note of sorted) {
    const same = byCell.get(`${note.row},${note.col}`);
    if (same) {
      splices.push(...editExisting(source, p, same.span.openEnd, same.span.closeStart, note.text));
      continue;
    }
    if (author < 0) author = authorIndex(source, p, splices);
    const element = `<${p}comment ref="${a1(note.row, note.col)}" authorId="${author}"><${p}text>${run(p, note.text)}</${p}text></${p}comment>`;
    added.push(note);
    while (
      next < inOrder.length &&
      (inOrder[next].at.row < note.row || (inOrder[next].at.row === note.row && inOrder[next].at.col < note.col))
    )
      next++;
    const before = inOrder[next];
    if (list && !list.selfClosing)
      splices.push({ start: before ? before.span.start : list.closeStart, end: -1, text: element });
    else fresh.push(element);
  }
  if (fresh.length) {
    const block = `<${p}commentList>${fresh.join("")}</${p}commentList>`;
    if (list) splices.push({ start: list.start, end: list.end, text: block });
    else splices.push({ start: source.lastIndexOf("</"), end: -1, text: block });
  }
  return { xml: applySplices(source, splices), added };
}

/** Rewrites the text of the notes on the given cells ("row,col" → new text from the old), as one plain run. */
export function rewriteNotes(xml: string, edit: ReadonlyMap<string, (old: string) => string>): string {
  const p = rootPrefix(xml);
  const splices: Splice[] = [];
  for (const { span, at } of commentElements(xml, p)) {
    const f = at ? edit.get(`${at.row},${at.col}`) : undefined;
    const text = f ? findElement(xml, p + "text", span.openEnd, span.closeStart) : null;
    if (!f || !text || text.selfClosing) continue;
    const old = richText(xml, p, text.openEnd, text.closeStart);
    const next = f(old);
    if (next !== old)
      splices.push({
        start: text.openEnd,
        end: text.closeStart,
        text: `<${p}t xml:space="preserve">${escapeText(next)}</${p}t>`,
      });
  }
  return applySplices(xml, splices);
}
