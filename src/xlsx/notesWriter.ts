// Puts notes on one sheet: finds (or creates) its comments part and VML drawing, their relationships,
// the <legacyDrawing> element and the content types.
import { mergeComments, rewriteNotes, type NoteWrite } from "./comments";
import type { PackageEditor } from "./packageEditor";
import {
  addRelationships,
  CONTENT_TYPES,
  freeRelId,
  isRelType,
  parseRels,
  relativeTarget,
  REL_TYPES,
  relsPathOf,
  removeRelationship,
  type Relationship,
} from "./parts";
import { removeNoteShapes, removeOwnNotes, type CellAt } from "./staleNotes";
import {
  ensureOurPerson,
  placeholderWith,
  removeOurReplies,
  setOurReplies,
  threadPartOf,
  threadRoots,
} from "./threadedComments";
import { addNoteShapes, idmapBlocks, noteShapeCells } from "./vml";
import { outlineChild, sheetOutline, type OutlineEntry } from "./sheetScan";
import { findElement, getAttr, type Splice } from "./xml";

const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Worksheet children that come after <legacyDrawing> (ECMA-376 CT_Worksheet order). */
const AFTER_LEGACY = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function relIdOf(tag: string): string | null {
  return getAttr(tag, "r:id") ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? null;
}

/** The insertion of a <legacyDrawing> naming `relId` where the schema puts it (a broken one is removed apart). */
function legacyDrawingInsertion(xml: string, relId: string): Splice {
  const outline = sheetOutline(xml);
  const p = outline.prefix;
  const sheetData = outlineChild(outline, "sheetData");
  const later = outline.entries.find(
    (e) => (!sheetData || e.start >= sheetData.end) && AFTER_LEGACY.some((n) => e.name === p + n),
  );
  const at = later ? later.start : outline.rootEnd;
  const rootTag = xml.slice(xml.indexOf("<" + p + "worksheet"), xml.indexOf(">", xml.indexOf("<" + p + "worksheet")));
  const rPrefix = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${RELS_NS}["']`).exec(rootTag)?.[1];
  const element = rPrefix
    ? `<${p}legacyDrawing ${rPrefix}:id="${relId}"/>`
    : `<${p}legacyDrawing xmlns:r="${RELS_NS}" r:id="${relId}"/>`;
  return { start: at, end: -1, text: element };
}

function takenBlocks(pkg: PackageEditor, except: string | null): Set<number> {
  const taken = new Set<number>();
  for (const name of pkg.partNames()) {
    if (!name.toLowerCase().endsWith(".vml") || name === except) continue;
    for (const b of idmapBlocks(pkg.text(name) ?? "")) taken.add(b);
  }
  return taken;
}

/** A sheet's notes parts as they are now: the comments part and the VML drawing its <legacyDrawing> names. */
interface NoteParts {
  relsPath: string;
  relsXml: string | null;
  rels: Relationship[];
  legacy: OutlineEntry | null;
  vmlRel: Relationship | undefined;
  commentsRel: Relationship | undefined;
}

function noteParts(pkg: PackageEditor, sheetPath: string, sheetXml: string): NoteParts {
  const relsPath = relsPathOf(sheetPath);
  const relsXml = pkg.text(relsPath);
  const rels = relsXml ? parseRels(relsXml, sheetPath) : [];
  const legacy = outlineChild(sheetOutline(sheetXml), "legacyDrawing");
  const legacyId = legacy ? relIdOf(sheetXml.slice(legacy.start, legacy.openEnd)) : null;
  const vmlRel = rels.find((r) => r.id === legacyId && !r.external && pkg.exists(r.target));
  const commentsRel = rels.find((r) => isRelType(r, "comments") && !r.external && pkg.exists(r.target));
  return { relsPath, relsXml, rels, legacy, vmlRel, commentsRel };
}

const keyOf = (c: CellAt) => `${c.row},${c.col}`;

/** Sets the placeholder notes of threaded cells: each cell's text through `edit` (our reply line set or taken off). */
function syncPlaceholders(
  pkg: PackageEditor,
  parts: NoteParts,
  edit: ReadonlyMap<string, (old: string) => string>,
): void {
  const path = parts.commentsRel?.target;
  if (path && edit.size) pkg.set(path, rewriteNotes(pkg.text(path) ?? "", edit));
}

/** Takes our replies off the threads of `cells`, and their lines off the placeholder notes; returns the other cells. */
function removeStaleReplies(
  pkg: PackageEditor,
  sheetPath: string,
  parts: NoteParts,
  cells: readonly CellAt[],
): CellAt[] {
  const threadPath = threadPartOf(pkg, sheetPath);
  if (!threadPath) return [...cells];
  const result = removeOurReplies(pkg.text(threadPath) ?? "", new Set(cells.map(keyOf)));
  if (!result.removed.length) return [...cells];
  pkg.set(threadPath, result.xml);
  syncPlaceholders(pkg, parts, new Map(result.removed.map((k) => [k, (old: string) => placeholderWith(old, null)])));
  return cells.filter((c) => !result.removed.includes(keyOf(c)));
}

/** Takes an earlier run's notes off `cells`; a comments part or drawing left empty is dropped with its links. Returns
 *  the change to the sheet's XML as splices of `sheetXml` (the <legacyDrawing> of a dropped drawing taken out). */
export function removeStaleNotes(
  pkg: PackageEditor,
  sheetPath: string,
  sheetXml: string,
  stale: readonly CellAt[],
  adding: boolean,
): Splice[] {
  if (!stale.length) return [];
  const parts = noteParts(pkg, sheetPath, sheetXml);
  const cells = removeStaleReplies(pkg, sheetPath, parts, stale);
  if (!cells.length) return [];
  const commentsPath = parts.commentsRel?.target;
  if (!commentsPath || !parts.commentsRel) return [];
  const result = removeOwnNotes(pkg.text(commentsPath) ?? "", cells);
  let relsXml = parts.relsXml ?? "";
  const sheetSplices: Splice[] = [];
  const drop = (path: string, relId: string) => {
    pkg.remove(path);
    pkg.dropOverride(path);
    relsXml = removeRelationship(relsXml, relId);
  };
  if (result.remaining === 0 && !adding) drop(commentsPath, parts.commentsRel.id);
  else pkg.set(commentsPath, result.xml);
  const vmlPath = parts.vmlRel?.target;
  if (vmlPath && parts.vmlRel && result.removed.length) {
    const vml = removeNoteShapes(pkg.text(vmlPath) ?? "", result.removed);
    if (vml.shapes === 0 && !adding && parts.legacy) {
      drop(vmlPath, parts.vmlRel.id);
      sheetSplices.push({ start: parts.legacy.start, end: parts.legacy.end, text: "" });
    } else pkg.set(vmlPath, vml.vml);
  }
  if (parts.relsXml !== null && relsXml !== parts.relsXml) {
    if (findElement(relsXml, "Relationship")) pkg.set(parts.relsPath, relsXml);
    else pkg.remove(parts.relsPath);
  }
  return sheetSplices;
}

/** Puts the notes of cells that have a comment thread into the thread as our reply (with the placeholder note in
 *  step); returns the notes left for legacy notes. */
function writeReplies(
  pkg: PackageEditor,
  sheetPath: string,
  parts: NoteParts,
  notes: readonly NoteWrite[],
): readonly NoteWrite[] {
  const threadPath = threadPartOf(pkg, sheetPath);
  if (!threadPath) return notes;
  const threadXml = pkg.text(threadPath) ?? "";
  const roots = threadRoots(threadXml);
  const replies = new Map(notes.filter((n) => roots.has(keyOf(n))).map((n) => [keyOf(n), n.text]));
  if (!replies.size) return notes;
  pkg.set(threadPath, setOurReplies(threadXml, replies, roots));
  ensureOurPerson(pkg, pkg.workbookPath);
  syncPlaceholders(
    pkg,
    parts,
    new Map([...replies].map(([k, text]) => [k, (old: string) => placeholderWith(old, text)])),
  );
  return notes.filter((n) => !replies.has(keyOf(n)));
}

/** Sets the notes of one sheet; returns the change to the sheet's XML as splices of `sheetXml` (a new <legacyDrawing>
 *  when one was needed). */
export function writeNotes(
  pkg: PackageEditor,
  sheetPath: string,
  sheetXml: string,
  all: readonly NoteWrite[],
): Splice[] {
  if (!all.length) return [];
  const notes = writeReplies(pkg, sheetPath, noteParts(pkg, sheetPath, sheetXml), all);
  if (!notes.length) return [];
  const parts = noteParts(pkg, sheetPath, sheetXml);
  const newRels: NewRel[] = [];
  const merged = mergeComments(parts.commentsRel ? pkg.text(parts.commentsRel.target) : null, notes);
  const commentsPath = parts.commentsRel?.target ?? newCommentsPart(pkg, sheetPath, parts.rels, newRels);
  pkg.set(commentsPath, merged.xml);
  const sheetSplices = writeShapes(pkg, sheetPath, sheetXml, parts, merged.added, newRels);
  if (newRels.length) {
    pkg.set(parts.relsPath, addRelationships(parts.relsXml, newRels));
    if (!parts.relsXml) pkg.addDefault("rels", "application/vnd.openxmlformats-package.relationships+xml");
  }
  return sheetSplices;
}

/** A relationship the sheet gains. */
interface NewRel {
  id: string;
  type: string;
  target: string;
}

/** A new comments part for the sheet, its relationship queued in `newRels`; returns its path. */
function newCommentsPart(pkg: PackageEditor, sheetPath: string, rels: NoteParts["rels"], newRels: NewRel[]): string {
  const path = pkg.freeName("xl/comments", ".xml");
  const id = freeRelId(
    rels,
    newRels.map((r) => r.id),
  );
  newRels.push({ id, type: REL_TYPES.comments, target: relativeTarget(sheetPath, path) });
  pkg.addOverride(path, CONTENT_TYPES.comments);
  return path;
}

/** Adds a note shape for each added note without one (a new drawing part when the sheet has none); returns the
 *  sheet's splices that point it at a new drawing. */
function writeShapes(
  pkg: PackageEditor,
  sheetPath: string,
  sheetXml: string,
  parts: NoteParts,
  added: readonly { row: number; col: number; text: string }[],
  newRels: NewRel[],
): Splice[] {
  let vmlPath = parts.vmlRel ? parts.vmlRel.target : null;
  const haveShape = vmlPath ? noteShapeCells(pkg.text(vmlPath) ?? "") : new Set<string>();
  const shapes = added
    .filter((n) => !haveShape.has(`${n.row},${n.col}`))
    .map((n) => ({ row: n.row, col: n.col, lines: n.text.split("\n").length }));
  if (!shapes.length) return [];
  const sheetSplices: Splice[] = [];
  if (!vmlPath) {
    vmlPath = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
    const id = freeRelId(
      parts.rels,
      newRels.map((r) => r.id),
    );
    newRels.push({ id, type: REL_TYPES.vmlDrawing, target: relativeTarget(sheetPath, vmlPath) });
    pkg.addDefault("vml", CONTENT_TYPES.vml);
    // A <legacyDrawing> whose relationship is broken is replaced by one that points at the new drawing.
    if (parts.legacy) sheetSplices.push({ start: parts.legacy.start, end: parts.legacy.end, text: "" });
    sheetSplices.push(legacyDrawingInsertion(sheetXml, id));
  }
  pkg.set(vmlPath, addNoteShapes(pkg.text(vmlPath), shapes, takenBlocks(pkg, vmlPath)));
  return sheetSplices;
}
