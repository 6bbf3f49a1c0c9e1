// Reading styles.xml: the number format code and the solid fill colour of every cell format (cellXfs index).
import { BUILT_IN_FORMATS } from "./numFmts";
import { findElement, findElements, getAttr, rootPrefix } from "./xml";

/** What a cell's style index means for the core and for read-back checks. */
export interface StyleTable {
  /** Custom number formats by id. */
  customFormats: Map<number, string>;
  /** Number format code per cellXfs index; null for General. */
  xfFormat: (string | null)[];
  /** numFmtId per cellXfs index. */
  xfFormatId: number[];
  /** ARGB of a solid fill per cellXfs index, or null. */
  xfFill: (string | null)[];
}

/** The format code of a numFmtId: a custom <numFmt> first, then the built-in table. */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | null {
  const code = custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
  return code === "General" || code === "general" ? null : code;
}

/** Custom number formats of a styles part. */
export function parseCustomFormats(xml: string, prefix: string): Map<number, string> {
  const custom = new Map<number, string>();
  const block = findElement(xml, prefix + "numFmts");
  if (!block || block.selfClosing) return custom;
  for (const span of findElements(xml, prefix + "numFmt", block.openEnd, block.closeStart)) {
    const tag = xml.slice(span.start, span.openEnd);
    const id = Number(getAttr(tag, "numFmtId"));
    const code = getAttr(tag, "formatCode");
    if (Number.isInteger(id) && code !== null) custom.set(id, code);
  }
  return custom;
}

/** The solid fill colour (ARGB) of each <fill>, or null. */
export function parseFillColours(xml: string, prefix: string): (string | null)[] {
  const block = findElement(xml, prefix + "fills");
  if (!block || block.selfClosing) return [];
  return findElements(xml, prefix + "fill", block.openEnd, block.closeStart).map((span) => {
    const inner = xml.slice(span.start, span.end);
    const pattern = findElement(inner, prefix + "patternFill");
    const patternType = pattern ? getAttr(inner.slice(pattern.start, pattern.openEnd), "patternType") : null;
    const fg = findElement(inner, prefix + "fgColor");
    if (patternType !== "solid" || !fg) return null;
    return getAttr(inner.slice(fg.start, fg.openEnd), "rgb")?.toUpperCase() ?? null;
  });
}

/** Parses styles.xml (null = no styles part: every cell is General, unfilled). */
export function parseStyles(xml: string | null): StyleTable {
  const table: StyleTable = { customFormats: new Map(), xfFormat: [], xfFormatId: [], xfFill: [] };
  if (xml === null) return table;
  const prefix = rootPrefix(xml);
  table.customFormats = parseCustomFormats(xml, prefix);
  const fills = parseFillColours(xml, prefix);
  const cellXfs = findElement(xml, prefix + "cellXfs");
  if (!cellXfs || cellXfs.selfClosing) return table;
  for (const span of findElements(xml, prefix + "xf", cellXfs.openEnd, cellXfs.closeStart)) {
    const tag = xml.slice(span.start, span.openEnd);
    const id = Number(getAttr(tag, "numFmtId") ?? 0);
    table.xfFormatId.push(id);
    table.xfFormat.push(formatCode(id, table.customFormats));
    table.xfFill.push(fills[Number(getAttr(tag, "fillId") ?? 0)] ?? null);
  }
  return table;
}
