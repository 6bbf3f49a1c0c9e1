// Random well-formed worksheet XML for the fuzz test: comments, processing instructions and CDATA around and
// inside cells, fake cells inside comments and CDATA, entities, both quote styles, `>` in attribute values,
// prefixed and unprefixed namespaces. Seeded: the same seed gives the same documents.

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG. */
export class Gen {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

const WORDS = [
  "11篇",
  "≥15篇",
  "100%",
  "按时完成",
  "a<b",
  "x>y",
  "R&D",
  '"引号"',
  "'单'",
  "]]",
  "1,000",
  "  空格 ",
  "_x000D_",
  "新\n行",
];
const FAKE = [
  '<c r="E17"><v>15</v></c>',
  '<row r="3"><c r="A3" t="inlineStr"><is><t>假</t></is></c></row>',
  "<si><t>fake</t></si>",
  "</c>",
  "</sheetData>",
];

/** Escapes text as element content, sometimes with character references. */
function esc(g: Gen, s: string): string {
  return s.replace(/[&<>"'\n]/g, (c) => {
    if (c === "\n") return g.chance(0.5) ? "\n" : "&#10;";
    if (c === "&") return "&amp;";
    if (c === "<") return g.chance(0.5) ? "&lt;" : "&#60;";
    if (c === ">") return g.chance(0.5) ? "&gt;" : "&#x3E;";
    return g.chance(0.5) ? c : c === '"' ? "&quot;" : "&apos;";
  });
}

/** Some text: plain, escaped, split by comments or processing instructions, or in CDATA (never "]]>" inside). */
export function textXml(g: Gen, s: string): string {
  const parts: string[] = [];
  let rest = s;
  while (rest.length) {
    const n = 1 + g.int(rest.length);
    const piece = rest.slice(0, n);
    rest = rest.slice(n);
    if (g.chance(0.25) && !piece.includes("]]>") && !piece.endsWith("]")) parts.push(`<![CDATA[${piece}]]>`);
    else parts.push(esc(g, piece));
    if (rest.length && g.chance(0.3))
      parts.push(g.chance(0.5) ? `<!--${g.pick(FAKE).replace(/--/g, "")}-->` : `<?mso ${g.pick(["x", "a b"])}?>`);
  }
  return parts.join("");
}

function noise(g: Gen): string {
  if (!g.chance(0.3)) return g.pick(["", " ", "\n  "]);
  const r = g.int(3);
  if (r === 0) return `<!-- ${g.pick(FAKE)} -->`;
  if (r === 1) return `<?pi ${g.pick(["<c>", "x='1'"])}?>`;
  return `<!--\n-->`;
}

function attr(g: Gen, name: string, value: string): string {
  const q = g.chance(0.5) ? '"' : "'";
  const v = value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(q === '"' ? /"/g : /'/g, q === '"' ? "&quot;" : "&apos;");
  return `${g.pick([" ", "\n", "  "])}${name}${g.pick(["=", " = "])}${q}${v}${q}`;
}

/** A random cell's XML at (row, col) with prefix p, and how many shared strings there are. */
function cellXml(g: Gen, p: string, row: number, col: number, strings: number): string {
  const ref = String.fromCharCode(65 + col) + (row + 1);
  let attrs = g.chance(0.9) ? attr(g, "r", ref) : "";
  if (g.chance(0.3)) attrs += attr(g, "s", String(g.int(3)));
  if (g.chance(0.2)) attrs += attr(g, "foo", g.pick(['a>b r="Z9"', " r='Q1' ", "x"]));
  const kind = g.int(6);
  const v = (s: string) => `<${p}v>${textXml(g, s)}</${p}v>`;
  let body = "";
  if (kind === 0) body = v(String(g.int(1000) / 10));
  else if (kind === 1) {
    attrs += attr(g, "t", "s");
    body = v(String(g.int(strings)));
  } else if (kind === 2) {
    attrs += attr(g, "t", "str");
    body = `<${p}f>${textXml(g, 'SUM(A1:B2)&"x"')}</${p}f>${noise(g)}${v(g.pick(WORDS))}`;
  } else if (kind === 3) {
    attrs += attr(g, "t", "inlineStr");
    const runs = g.chance(0.5)
      ? `<${p}t xml:space="preserve">${textXml(g, g.pick(WORDS))}</${p}t>`
      : `<${p}r>${noise(g)}<${p}t>${textXml(g, g.pick(WORDS))}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>ピン</${p}t></${p}rPh><${p}r><${p}t>${textXml(g, "尾")}</${p}t></${p}r>`;
    body = `<${p}is>${noise(g)}${runs}${noise(g)}</${p}is>`;
  } else if (kind === 4) {
    attrs += attr(g, "t", "b");
    body = v(g.pick(["0", "1"]));
  }
  if (!body && g.chance(0.5)) return `<${p}c${attrs}${g.pick(["/>", " />"])}`;
  return `<${p}c${attrs}>${noise(g)}${body}${noise(g)}</${p}c>`;
}

/** A random worksheet part. */
export function sheetDocument(g: Gen, strings: number): string {
  const p = g.chance(0.3) ? "x:" : "";
  const ns = p
    ? `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  const rows: string[] = [];
  let r = g.int(3);
  for (let i = 0, n = 1 + g.int(6); i < n; i++, r += 1 + g.int(2)) {
    const cells: string[] = [];
    for (let c = g.int(2); c < 7; c += 1 + g.int(2)) cells.push(noise(g) + cellXml(g, p, r, c, strings));
    // a row may leave out its number only where the implicit one (the previous row's + 1) is right
    const rAttr = i === 0 && r === 0 && g.chance(0.5) ? "" : attr(g, "r", String(r + 1));
    rows.push(`<${p}row${rAttr}${attr(g, "spans", "1:7")}>${cells.join("")}${noise(g)}</${p}row>`);
  }
  const decl = g.chance(0.7) ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` : "";
  const merges = g.chance(0.5)
    ? `<${p}mergeCells count="1">${noise(g)}<${p}mergeCell ref="A1:B1"/></${p}mergeCells>`
    : "";
  return `${decl}${noise(g)}<${p}worksheet ${ns}>${noise(g)}<${p}dimension ref="A1:G9"/><${p}sheetData>${rows.join("")}${noise(g)}</${p}sheetData>${noise(g)}${merges}</${p}worksheet>${noise(g)}`;
}

/** A random shared-strings part with `n` strings; returns its XML and the strings a parser reads. */
export function sharedStringsDocument(g: Gen, n: number): { xml: string; strings: string[] } {
  const strings: string[] = [];
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = g.pick(WORDS);
    if (g.chance(0.5)) {
      strings.push(a);
      items.push(`<si>${noise(g)}<t>${textXml(g, a)}</t></si>`);
    } else {
      const b = g.pick(WORDS);
      strings.push(a + b);
      items.push(
        `<si><r><t>${textXml(g, a)}</t></r>${noise(g)}<rPh sb="0" eb="1"><t>カナ</t></rPh><r><rPr><b/></rPr><t>${textXml(g, b)}</t></r></si>`,
      );
    }
  }
  const xml = `<?xml version="1.0"?>${noise(g)}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}">${items.map((x) => noise(g) + x).join("")}</sst>`;
  return { xml, strings };
}
