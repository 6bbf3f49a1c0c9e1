// Package plumbing: relationship parts, target paths (relative or absolute), content types.
import { escapeAttr, findElements, findTag, getAttr } from "./xml";

/** Transitional relationship type URIs for the parts this host creates. */
export const REL_TYPES = {
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
};

/** Content types of the parts this host creates. */
export const CONTENT_TYPES = {
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

/** One relationship with its target resolved to a part name ("xl/worksheets/sheet1.xml"). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationship's type ends with `/kind` (works for transitional and strict URIs). */
export function isRelType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith("/" + kind);
}

/** Rels part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

function normalise(segments: string[]): string {
  const out: string[] = [];
  for (const s of segments) {
    if (s === "" || s === ".") continue;
    if (s === "..") out.pop();
    else out.push(s);
  }
  return out.join("/");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Resolves a relationship target against its source part ("/xl/x.xml" is absolute, "../x.xml" relative). */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = safeDecode(target.replace(/\\/g, "/").split("#")[0]);
  if (clean.startsWith("/")) return normalise(clean.split("/"));
  const dir = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/")) : "";
  return normalise([...dir.split("/"), ...clean.split("/")]);
}

/** A relative target from one part to another ("xl/worksheets/sheet1.xml" → "../comments1.xml"). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The last rels parts parsed (a workbook's rels are asked for several times while one sheet is written). */
const parsedRels: { xml: string; source: string; rels: readonly Relationship[] }[] = [];

/** Parses a .rels part (the same text and source parsed moments ago is not parsed again). */
export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const known = parsedRels.find((r) => r.source === sourcePart && r.xml.length === xml.length && r.xml === xml);
  if (known) return [...known.rels];
  const rels = readRels(xml, sourcePart);
  if (parsedRels.length >= 8) parsedRels.shift();
  parsedRels.push({ xml, source: sourcePart, rels });
  return [...rels];
}

function readRels(xml: string, sourcePart: string): Relationship[] {
  return findElements(xml, "Relationship").map((span) => {
    const tag = xml.slice(span.start, span.openEnd);
    const target = getAttr(tag, "Target") ?? "";
    const external = (getAttr(tag, "TargetMode") ?? "") === "External";
    return {
      id: getAttr(tag, "Id") ?? "",
      type: getAttr(tag, "Type") ?? "",
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** An unused relationship id ("rId3"). */
export function freeRelId(rels: readonly Relationship[], taken: readonly string[] = []): string {
  const used = new Set([...rels.map((r) => r.id), ...taken]);
  let n = rels.length + 1;
  while (used.has("rId" + n)) n++;
  return "rId" + n;
}

/** A rels part with relationships appended (creates the part when `xml` is null). */
export function addRelationships(
  xml: string | null,
  items: readonly { id: string; type: string; target: string }[],
): string {
  const rows = items
    .map(
      (r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`,
    )
    .join("");
  if (xml === null) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rows}</Relationships>`;
  }
  return insertBeforeClose(xml, "Relationships", rows);
}

/** A rels part without the relationship `id`. */
export function removeRelationship(xml: string, id: string): string {
  const span = findElements(xml, "Relationship").find((s) => getAttr(xml.slice(s.start, s.openEnd), "Id") === id);
  return span ? xml.slice(0, span.start) + xml.slice(span.end) : xml;
}

/** Inserts `content` as the last children of the document element `name` (expands a self-closing element). */
export function insertBeforeClose(xml: string, name: string, content: string): string {
  const close = xml.lastIndexOf(`</${name}>`);
  if (close >= 0) return xml.slice(0, close) + content + xml.slice(close);
  const open = findTag(xml, name);
  const gt = xml.indexOf(">", open);
  if (open < 0 || xml[gt - 1] !== "/") throw new Error(`element ${name} not found`);
  return `${xml.slice(0, gt - 1).trimEnd()}>${content}</${name}>${xml.slice(gt + 1)}`;
}

/** Content types: adds an Override per new part, and a Default for an extension when missing. */
export function addContentTypes(
  xml: string,
  overrides: readonly { part: string; type: string }[],
  defaults: readonly { ext: string; type: string }[],
): string {
  const existingDefaults = findElements(xml, "Default").map((s) =>
    (getAttr(xml.slice(s.start, s.openEnd), "Extension") ?? "").toLowerCase(),
  );
  const existingParts = findElements(xml, "Override").map((s) =>
    (getAttr(xml.slice(s.start, s.openEnd), "PartName") ?? "").toLowerCase(),
  );
  let add = "";
  for (const d of defaults) {
    if (!existingDefaults.includes(d.ext.toLowerCase()))
      add += `<Default Extension="${d.ext}" ContentType="${d.type}"/>`;
  }
  for (const o of overrides) {
    if (!existingParts.includes("/" + o.part.toLowerCase()))
      add += `<Override PartName="/${escapeAttr(o.part)}" ContentType="${o.type}"/>`;
  }
  return add ? insertBeforeClose(xml, "Types", add) : xml;
}

/** Content types without the Override of `part` (for a dropped part). */
export function removeOverride(xml: string, part: string): string {
  for (const span of findElements(xml, "Override")) {
    const tag = xml.slice(span.start, span.openEnd);
    if ((getAttr(tag, "PartName") ?? "").toLowerCase() === "/" + part.toLowerCase()) {
      return xml.slice(0, span.start) + xml.slice(span.end);
    }
  }
  return xml;
}
