// Puts notes on one sheet: finds (or creates) its comments part and VML drawing, their relationships,
// the <legacyDrawing> element and the content types.
import { mergeComments, type NoteWrite } from "./comments";
import type { PackageEditor } from "./packageEditor";
import { addRelationships, CONTENT_TYPES, freeRelId, isRelType, parseRels, relativeTarget, REL_TYPES, relsPathOf, removeRelationship, type Relationship } from "./parts";
import { removeNoteShapes, removeOwnNotes, type CellAt } from "./staleNotes";
import { addNoteShapes, idmapBlocks, noteShapeCells } from "./vml";
import { findElement, findTag, getAttr, rootPrefix } from "./xml";

const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Worksheet children that come after <legacyDrawing> (ECMA-376 CT_Worksheet order). */
const AFTER_LEGACY = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function relIdOf(tag: string): string | null {
  return getAttr(tag, "r:id") ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? null;
}

function withLegacyDrawing(xml: string, relId: string): string {
  const p = rootPrefix(xml);
  const sheetData = findElement(xml, p + "sheetData");
  const from = sheetData ? sheetData.end : 0;
  let at = -1;
  for (const name of AFTER_LEGACY) {
    const found = findTag(xml, p + name, from);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  if (at < 0) at = xml.lastIndexOf(`</${p}worksheet>`);
  const rootTag = xml.slice(xml.indexOf("<" + p + "worksheet"), xml.indexOf(">", xml.indexOf("<" + p + "worksheet")));
  const rPrefix = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${RELS_NS}["']`).exec(rootTag)?.[1];
  const element = rPrefix
    ? `<${p}legacyDrawing ${rPrefix}:id="${relId}"/>`
    : `<${p}legacyDrawing xmlns:r="${RELS_NS}" r:id="${relId}"/>`;
  return xml.slice(0, at) + element + xml.slice(at);
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
  legacy: ReturnType<typeof findElement>;
  vmlRel: Relationship | undefined;
  commentsRel: Relationship | undefined;
}

function noteParts(pkg: PackageEditor, sheetPath: string, sheetXml: string): NoteParts {
  const relsPath = relsPathOf(sheetPath);
  const relsXml = pkg.text(relsPath);
  const rels = relsXml ? parseRels(relsXml, sheetPath) : [];
  const legacy = findElement(sheetXml, rootPrefix(sheetXml) + "legacyDrawing");
  const legacyId = legacy ? relIdOf(sheetXml.slice(legacy.start, legacy.openEnd)) : null;
  const vmlRel = rels.find((r) => r.id === legacyId && !r.external && pkg.exists(r.target));
  const commentsRel = rels.find((r) => isRelType(r, "comments") && !r.external && pkg.exists(r.target));
  return { relsPath, relsXml, rels, legacy, vmlRel, commentsRel };
}

/** Takes an earlier run's notes off `cells`; a comments part or drawing left empty is dropped with its links. */
export function removeStaleNotes(pkg: PackageEditor, sheetPath: string, sheetXml: string, cells: readonly CellAt[], adding: boolean): string {
  if (!cells.length) return sheetXml;
  const parts = noteParts(pkg, sheetPath, sheetXml);
  const commentsPath = parts.commentsRel?.target;
  if (!commentsPath || !parts.commentsRel) return sheetXml;
  const result = removeOwnNotes(pkg.text(commentsPath) ?? "", cells);
  let relsXml = parts.relsXml ?? "";
  let xml = sheetXml;
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
      xml = xml.slice(0, parts.legacy.start) + xml.slice(parts.legacy.end);
    } else pkg.set(vmlPath, vml.vml);
  }
  if (parts.relsXml !== null && relsXml !== parts.relsXml) {
    if (findElement(relsXml, "Relationship")) pkg.set(parts.relsPath, relsXml);
    else pkg.remove(parts.relsPath);
  }
  return xml;
}

/** Sets the notes of one sheet; returns the sheet XML (with a new <legacyDrawing> when one was needed). */
export function writeNotes(pkg: PackageEditor, sheetPath: string, sheetXml: string, notes: readonly NoteWrite[]): string {
  if (!notes.length) return sheetXml;
  const { relsPath, relsXml, rels, legacy, vmlRel, commentsRel } = noteParts(pkg, sheetPath, sheetXml);
  let vmlPath = vmlRel ? vmlRel.target : null;
  let commentsPath = commentsRel ? commentsRel.target : null;
  const newRels: { id: string; type: string; target: string }[] = [];
  const merged = mergeComments(commentsPath ? pkg.text(commentsPath) : null, notes);
  if (!commentsPath) {
    commentsPath = pkg.freeName("xl/comments", ".xml");
    newRels.push({ id: freeRelId(rels, newRels.map((r) => r.id)), type: REL_TYPES.comments, target: relativeTarget(sheetPath, commentsPath) });
    pkg.addOverride(commentsPath, CONTENT_TYPES.comments);
  }
  pkg.set(commentsPath, merged.xml);
  const haveShape = vmlPath ? noteShapeCells(pkg.text(vmlPath) ?? "") : new Set<string>();
  const shapes = merged.added
    .filter((n) => !haveShape.has(`${n.row},${n.col}`))
    .map((n) => ({ row: n.row, col: n.col, lines: n.text.split("\n").length }));
  let xml = sheetXml;
  if (shapes.length) {
    if (!vmlPath) {
      vmlPath = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
      const id = freeRelId(rels, newRels.map((r) => r.id));
      newRels.push({ id, type: REL_TYPES.vmlDrawing, target: relativeTarget(sheetPath, vmlPath) });
      pkg.addDefault("vml", CONTENT_TYPES.vml);
      // A <legacyDrawing> whose relationship is broken is replaced by one that points at the new drawing.
      xml = withLegacyDrawing(legacy ? xml.slice(0, legacy.start) + xml.slice(legacy.end) : xml, id);
    }
    pkg.set(vmlPath, addNoteShapes(pkg.text(vmlPath), shapes, takenBlocks(pkg, vmlPath)));
  }
  if (newRels.length) {
    pkg.set(relsPath, addRelationships(relsXml, newRels));
    if (!relsXml) pkg.addDefault("rels", "application/vnd.openxmlformats-package.relationships+xml");
  }
  return xml;
}
