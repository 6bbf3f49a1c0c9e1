// The VML drawing that gives legacy notes their boxes: adds one hidden note shape per new note, using the
// file's own namespace prefixes (openpyxl writes ns0/ns1/ns2) and shape ids in blocks no other drawing uses.

const NS = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
};
const BLOCK = 1024;

/** A note box to add at a cell (0-based), `lines` lines of text. */
export interface ShapeRequest {
  row: number;
  col: number;
  lines: number;
}

/** The shape-id blocks (o:idmap data) a VML drawing claims. */
export function idmapBlocks(vml: string): number[] {
  const m = /<[\w.-]+:idmap\b[^>]*\sdata\s*=\s*["']([^"']*)["']/.exec(vml);
  return m
    ? m[1]
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number)
        .filter(Number.isInteger)
    : [];
}

function prefixes(rootTag: string): { v: string | null; o: string | null; x: string | null } {
  const find = (uri: string) => new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${uri}["']`).exec(rootTag)?.[1] ?? null;
  return { v: find(NS.v), o: find(NS.o), x: find(NS.x) };
}

/** A note box's markup with the drawing's prefixes: constant pieces around the five numbers of each note, joined
 *  once per note (no markup parsed or rebuilt per note). */
function shapeTemplate(v: string, o: string, x: string): (id: number, z: number, s: ShapeRequest) => string {
  const pieces = [
    `<${v}:shape id="_x0000_s`,
    `" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:`,
    `pt;z-index:`,
    `;visibility:hidden" fillcolor="#ffffe1" ${o}:insetmode="auto">` +
      `<${v}:fill color2="#ffffe1"/><${v}:shadow on="t" color="black" obscured="t"/><${v}:path ${o}:connecttype="none"/>` +
      `<${v}:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></${v}:textbox>` +
      `<${x}:ClientData ObjectType="Note"><${x}:MoveWithCells/><${x}:SizeWithCells/><${x}:Anchor>`,
    `</${x}:Anchor><${x}:AutoFill>False</${x}:AutoFill><${x}:Row>`,
    `</${x}:Row><${x}:Column>`,
    `</${x}:Column></${x}:ClientData></${v}:shape>`,
  ];
  return (id, z, s) => {
    const top = Math.max(0, s.row - 1);
    const rows = Math.min(20, Math.max(4, s.lines + 1));
    const anchor = `${s.col + 1}, 15, ${top}, 10, ${s.col + 4}, 15, ${top + rows}, 4`;
    return [
      pieces[0],
      id,
      pieces[1],
      rows * 15,
      pieces[2],
      z,
      pieces[3],
      anchor,
      pieces[4],
      s.row,
      pieces[5],
      s.col,
      pieces[6],
    ].join("");
  };
}

function shapeType(v: string, o: string): string {
  return (
    `<${v}:shapetype id="_x0000_t202" coordsize="21600,21600" ${o}:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<${v}:stroke joinstyle="miter"/><${v}:path gradientshapeok="t" ${o}:connecttype="rect"/></${v}:shapetype>`
  );
}

/** Cells (row,col keys) that already have a note shape in the drawing. */
export function noteShapeCells(vml: string): Set<string> {
  const out = new Set<string>();
  for (const m of vml.matchAll(
    /<([\w.-]+):ClientData\b[^>]*ObjectType\s*=\s*["']Note["'][^>]*>([\s\S]*?)<\/\1:ClientData>/g,
  )) {
    const row = /<[\w.-]+:Row>\s*(\d+)\s*</.exec(m[2]);
    const col = /<[\w.-]+:Column>\s*(\d+)\s*</.exec(m[2]);
    if (row && col) out.add(`${row[1]},${col[1]}`);
  }
  return out;
}

const EMPTY_DRAWING =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"></xml>';

/** A drawing's root element: its start tag's place, the tag with the VML, Office and Excel namespaces declared
 *  (added where the drawing has none, under prefixes it does not use), its name, and the prefixes. */
interface DrawingRoot {
  start: number;
  end: number;
  tag: string;
  name: string;
  names: { v: string; o: string; x: string };
}

function drawingRoot(source: string): DrawingRoot {
  const start = source.search(/<[A-Za-z_][\w.-]*[\s>]/g);
  const end = source.indexOf(">", start) + 1;
  let tag = source.slice(start, end);
  const name = /^<([\w.:-]+)/.exec(tag)?.[1] ?? "xml";
  const found = prefixes(tag);
  const names = { v: found.v ?? "v", o: found.o ?? "o", x: found.x ?? "x" };
  for (const key of ["v", "o", "x"] as const) {
    if (found[key]) continue;
    while (new RegExp(`xmlns:${names[key]}\\s*=`).test(tag)) names[key] += "1";
    tag = tag.replace(/(\/?>)$/, ` xmlns:${names[key]}="${NS[key]}"$1`);
  }
  return { start, end, tag, name, names };
}

/** The first shape id to give: after the drawing's highest, or else the start of its first block (or of the first
 *  block) that no other drawing takes. */
function firstShapeId(source: string, own: readonly number[], taken: ReadonlySet<number>): number {
  let maxId = -1;
  for (const m of source.matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
  if (maxId >= 0) return maxId + 1;
  let block = own.find((x) => !taken.has(x)) ?? 1;
  while (taken.has(block)) block++;
  return block * BLOCK + 1;
}

/** Adds note shapes to a VML drawing (creates one when vml is null), avoiding id blocks in `taken`. */
export function addNoteShapes(vml: string | null, shapes: readonly ShapeRequest[], taken: ReadonlySet<number>): string {
  const source = vml ?? EMPTY_DRAWING;
  const root = drawingRoot(source);
  const { v, o, x } = root.names;
  const own = idmapBlocks(source);
  let next = firstShapeId(source, own, taken);
  const used = new Set(own);
  let z = (source.match(/<[\w.-]+:shape\b/g) ?? []).length;
  const shape = shapeTemplate(v, o, x);
  const body = /_x0000_t202["']/.test(source) ? [] : [shapeType(v, o)];
  for (const s of shapes) {
    while (taken.has(Math.floor(next / BLOCK)) || next % BLOCK === 0)
      next = next % BLOCK === 0 ? next + 1 : (Math.floor(next / BLOCK) + 1) * BLOCK + 1;
    used.add(Math.floor(next / BLOCK));
    body.push(shape(next++, ++z, s));
  }
  const data = [...used].sort((a, b) => a - b).join(",");
  let head = source.slice(0, root.start) + root.tag;
  let rest = source.slice(root.end);
  if (own.length) rest = rest.replace(/(<[\w.-]+:idmap\b[^>]*\sdata\s*=\s*["'])[^"']*(["'])/, `$1${data}$2`);
  else head += `<${o}:shapelayout ${v}:ext="edit"><${o}:idmap ${v}:ext="edit" data="${data}"/></${o}:shapelayout>`;
  const close = rest.lastIndexOf(`</${root.name}>`);
  if (close < 0) throw new Error("VML drawing has no closing root tag");
  return head + rest.slice(0, close) + body.join("") + rest.slice(close);
}
