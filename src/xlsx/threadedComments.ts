// Threaded comments (Excel 365): where a cell has a comment thread, Excel 365 shows the thread and not the legacy
// note under it, which only holds a placeholder for older versions ([MS-XLSX] 2.3.x "Threaded Comments",
// CT_ThreadedComment 2.6.205, the Persons part 2.2.x; docs/DECISIONS.md). Our explanation for such a cell goes
// into the thread as a reply by the person 绩效评分, and the placeholder note gets the same reply line, so older
// Excel shows it too. Recognised as ours on re-scoring by the text starting with 【绩效评分】, as the Excel host does.
import { NOTE_PREFIX } from "../core";
import { a1, parseA1 } from "../core";
import { crc32, utf8 } from "./bytes";
import { NOTE_AUTHOR } from "./comments";
import type { PackageEditor } from "./packageEditor";
import { addRelationships, freeRelId, isRelType, parseRels, relsPathOf } from "./parts";
import {
  applySplices,
  escapeAttr,
  escapeText,
  findElement,
  findElements,
  getAttr,
  textContent,
  type ElementSpan,
  type Splice,
} from "./xml";
import { partKey, type ZipArchive } from "./zip";

const TC_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
const PERSON_REL = "http://schemas.microsoft.com/office/2017/10/relationships/person";
const PERSON_TYPE = "application/vnd.ms-excel.person+xml";
/** The person id of 绩效评分 (fixed, so every run and every file names the same author). */
export const OUR_PERSON_ID = "{5C0E7A3B-2F4D-4E8A-9B1C-6D2F8A0E4B7C}";
/** How Excel's placeholder note lists a reply under the thread's first comment. */
const REPLY_LINE = "\nReply:\n    ";

/** One threadedComment element: its cell, id, parent id (null for a thread's first comment) and text. */
interface ThreadItem {
  span: ElementSpan;
  cell: string;
  id: string;
  parentId: string | null;
  text: string;
}

function items(xml: string): ThreadItem[] {
  return findElements(xml, "threadedComment").map((span) => {
    const tag = xml.slice(span.start, span.openEnd);
    const text = findElement(xml, "text", span.openEnd, span.closeStart);
    const at = parseA1(getAttr(tag, "ref") ?? "");
    return {
      span,
      cell: at ? `${at.row},${at.col}` : "",
      id: getAttr(tag, "id") ?? "",
      parentId: getAttr(tag, "parentId"),
      text: text && !text.selfClosing ? textContent(xml, text.openEnd, text.closeStart) : "",
    };
  });
}

/** The path of a sheet's threaded comments part (through the package editor), or null. */
export function threadPartOf(pkg: PackageEditor, sheetPath: string): string | null {
  const relsXml = pkg.text(relsPathOf(sheetPath));
  const rel = relsXml
    ? parseRels(relsXml, sheetPath).find((r) => isRelType(r, "threadedComment") && !r.external && pkg.exists(r.target))
    : undefined;
  return rel ? rel.target : null;
}

/** Cells (row,col keys) that have a comment thread, with the id of the thread's first comment. */
export function threadRoots(xml: string): Map<string, string> {
  const roots = new Map<string, string>();
  for (const item of items(xml))
    if (!item.parentId && item.cell && !roots.has(item.cell)) roots.set(item.cell, item.id);
  return roots;
}

/** A stable GUID for our reply in a thread (the same thread gets the same id on every run). */
function replyId(rootId: string): string {
  const h = [
    crc32(utf8(rootId)),
    crc32(utf8(NOTE_AUTHOR + rootId)),
    crc32(utf8(rootId + "reply")),
    crc32(utf8("r" + rootId)),
  ]
    .map((n) => n.toString(16).toUpperCase().padStart(8, "0"))
    .join("");
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20, 32)}}`;
}

/** The thread part with our reply set to `text` under each listed thread (replaced when one is there already). */
export function setOurReplies(
  xml: string,
  notes: ReadonlyMap<string, string>,
  roots: ReadonlyMap<string, string>,
): string {
  const all = items(xml);
  const splices: Splice[] = [];
  const stamp = new Date().toISOString().slice(0, 22);
  for (const [cell, text] of notes) {
    const rootId = roots.get(cell);
    if (!rootId) continue;
    const body = `<text>${escapeText(text)}</text>`;
    // our reply from an earlier run, or a thread the Excel add-in started with our text: its text is replaced
    const ours = all.find((i) => (i.parentId === rootId || i.id === rootId) && i.text.startsWith(NOTE_PREFIX));
    if (ours) {
      const old = findElement(xml, "text", ours.span.openEnd, ours.span.closeStart);
      if (old) splices.push({ start: old.start, end: old.end, text: body });
      continue;
    }
    const last = all.filter((i) => i.cell === cell).pop()!;
    const [row, col] = cell.split(",").map(Number);
    const element = `<threadedComment ref="${a1(row, col)}" dT="${stamp}" personId="${OUR_PERSON_ID}" id="${replyId(rootId)}" parentId="${escapeAttr(rootId)}">${body}</threadedComment>`;
    splices.push({ start: last.span.end, end: -1, text: element });
  }
  return applySplices(xml, splices);
}

/** The thread part without our replies on `cells`; also the cells that had one. */
export function removeOurReplies(xml: string, cells: ReadonlySet<string>): { xml: string; removed: string[] } {
  const gone = items(xml).filter((i) => i.parentId && cells.has(i.cell) && i.text.startsWith(NOTE_PREFIX));
  return {
    xml: applySplices(
      xml,
      gone.map((i) => ({ start: i.span.start, end: i.span.end, text: "" })),
    ),
    removed: gone.map((i) => i.cell),
  };
}

/** A placeholder note's text with our reply line replaced by `reply` (or taken off when null). */
export function placeholderWith(text: string, reply: string | null): string {
  const mark = REPLY_LINE + NOTE_PREFIX;
  let out = text;
  const at = out.indexOf(mark);
  if (at >= 0) {
    const next = out.indexOf(REPLY_LINE, at + mark.length);
    out = out.slice(0, at) + (next < 0 ? "" : out.slice(next));
  }
  return reply === null ? out : out + REPLY_LINE + reply.replace(/\n/g, "\n    ");
}

/** Adds the person 绩效评分 to the workbook's persons part (creating the part and its relationship if missing). */
export function ensureOurPerson(pkg: PackageEditor, workbookPath: string): void {
  const relsPath = relsPathOf(workbookPath);
  const relsXml = pkg.text(relsPath);
  const rels = relsXml ? parseRels(relsXml, workbookPath) : [];
  const rel = rels.find((r) => isRelType(r, "person") && !r.external && pkg.exists(r.target));
  const person = `<person displayName="${NOTE_AUTHOR}" id="${OUR_PERSON_ID}" userId="${NOTE_AUTHOR}" providerId="None"/>`;
  if (rel) {
    const xml = pkg.text(rel.target) ?? "";
    if (xml.includes(OUR_PERSON_ID)) return;
    const list = findElement(xml, "personList");
    if (!list) return;
    pkg.set(
      rel.target,
      list.selfClosing
        ? `${xml.slice(0, list.openEnd - 2)}>${person}</personList>${xml.slice(list.end)}`
        : xml.slice(0, list.closeStart) + person + xml.slice(list.closeStart),
    );
    return;
  }
  const path = "xl/persons/person.xml";
  pkg.set(
    path,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${TC_NS}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${person}</personList>`,
  );
  pkg.set(
    relsPath,
    addRelationships(relsXml, [{ id: freeRelId(rels), type: PERSON_REL, target: "persons/person.xml" }]),
  );
  pkg.addOverride(path, PERSON_TYPE);
}

/** Cells of a sheet where a thread holds a comment or reply of ours (read when a workbook is opened). */
export function ownThreadCells(
  zip: ZipArchive,
  partText: (path: string) => string | null,
  sheetPath: string,
): { row: number; col: number }[] {
  const relsXml = partText(relsPathOf(sheetPath));
  if (!relsXml) return [];
  const out: { row: number; col: number }[] = [];
  for (const rel of parseRels(relsXml, sheetPath)) {
    if (!isRelType(rel, "threadedComment") || rel.external || !zip.byKey.has(partKey(rel.target))) continue;
    const xml = partText(rel.target) ?? "";
    if (!xml.includes(NOTE_PREFIX)) continue;
    for (const item of items(xml)) {
      if (!item.text.startsWith(NOTE_PREFIX)) continue;
      const [row, col] = item.cell.split(",").map(Number);
      if (item.cell && !out.some((c) => c.row === row && c.col === col)) out.push({ row, col });
    }
  }
  return out;
}
