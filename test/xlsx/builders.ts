// Test-side builders, independent of src/xlsx: a raw zip writer (node:zlib), minimal workbooks, a minimal CFB.
import * as zlib from "node:zlib";
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/core/grid";

/** One entry of a hand-built zip. */
export interface RawEntry {
  name: string;
  data: string | Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Write sizes after the data (flag bit 3), with or without the optional signature. */
  descriptor?: "signed" | "unsigned";
}

/** Writes a zip archive byte by byte (UTF-8 names flagged), so the reader is tested against an independent writer. */
export function rawZip(entries: readonly RawEntry[], comment = ""): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const method = e.method ?? 8;
    const packed = method === 8 ? zlib.deflateRawSync(data) : data;
    const name = Buffer.from(e.name, "utf8");
    const crc = zlib.crc32(data);
    const flags = (/^[\x20-\x7e]*$/.test(e.name) ? 0 : 0x800) | (e.descriptor ? 0x8 : 0);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(method, 8);
    head.writeUInt16LE(0x6000, 10);
    head.writeUInt16LE(0x5b77, 12);
    head.writeUInt32LE(e.descriptor ? 0 : crc, 14);
    head.writeUInt32LE(e.descriptor ? 0 : packed.length, 18);
    head.writeUInt32LE(e.descriptor ? 0 : data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const parts = [head, name, packed];
    if (e.descriptor) {
      const d = Buffer.alloc(e.descriptor === "signed" ? 16 : 12);
      let at = 0;
      if (e.descriptor === "signed") at = d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, at);
      d.writeUInt32LE(packed.length, at + 4);
      d.writeUInt32LE(data.length, at + 8);
      parts.push(d);
    }
    const local = Buffer.concat(parts);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x6000, 12);
    central.writeUInt16LE(0x5b77, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, name]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const commentBytes = Buffer.from(comment, "utf8");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(commentBytes.length, 20);
  return new Uint8Array(Buffer.concat([...locals, cd, end, commentBytes]));
}

/** Every part of a zip, inflated with node:zlib (an independent reader). */
export function unzipParts(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  const parts = new Map<string, Buffer>();
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    parts.set(name, method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw));
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return parts;
}

const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A worksheet part around `rows` (the <row> elements) and `tail` (elements after sheetData). */
export function sheetXml(rows: string, tail = "", head = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN_NS} ${REL_NS}>${head}<sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

/** A small workbook: sheets given as XML, optional shared strings, styles and extra parts. */
export function minimalXlsx(opts: {
  sheets: { name: string; xml: string }[];
  sharedStrings?: string[];
  styles?: string;
  extra?: RawEntry[];
  workbookPr?: string;
}): Uint8Array {
  const sheetRels = opts.sheets.map(
    (_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const more: string[] = [];
  const types: string[] = opts.sheets.map(
    (_s, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  const entries: RawEntry[] = [];
  if (opts.sharedStrings) {
    more.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    types.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
    const si = opts.sharedStrings
      .map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`))
      .join("");
    entries.push({
      name: "xl/sharedStrings.xml",
      data: `<sst ${MAIN_NS} count="${opts.sharedStrings.length}" uniqueCount="${opts.sharedStrings.length}">${si}</sst>`,
    });
  }
  if (opts.styles) {
    more.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    types.push(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
    entries.push({ name: "xl/styles.xml", data: opts.styles });
  }
  const sheets = opts.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  return rawZip([
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types.join("")}</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook ${MAIN_NS} ${REL_NS}>${opts.workbookPr ?? ""}<sheets>${sheets}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[...sheetRels, ...more].join("")}</Relationships>`,
    },
    ...opts.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
    ...entries,
    ...(opts.extra ?? []),
  ]);
}

/** A minimal OLE compound file (512-byte sectors) whose directory holds the given stream names. */
export function minimalCfb(streams: readonly string[]): Uint8Array {
  const names = ["Root Entry", ...streams];
  const dirSectors = Math.ceil(names.length / 4);
  const buf = Buffer.alloc(512 * (2 + dirSectors));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 0x18);
  buf.writeUInt16LE(3, 0x1a);
  buf.writeUInt16LE(0xfffe, 0x1c);
  buf.writeUInt16LE(9, 0x1e);
  buf.writeUInt16LE(6, 0x20);
  buf.writeUInt32LE(1, 0x2c);
  buf.writeUInt32LE(1, 0x30);
  buf.writeUInt32LE(0x1000, 0x38);
  buf.writeUInt32LE(0xfffffffe, 0x3c);
  buf.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) buf.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = 512;
  for (let i = 0; i < 128; i++) buf.writeUInt32LE(0xffffffff, fat + i * 4);
  buf.writeUInt32LE(0xfffffffd, fat);
  for (let s = 0; s < dirSectors; s++) buf.writeUInt32LE(s === dirSectors - 1 ? 0xfffffffe : s + 2, fat + (s + 1) * 4);
  names.forEach((name, i) => {
    const at = 1024 + i * 128;
    buf.write(name, at, "utf16le");
    buf.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    buf[at + 0x42] = i === 0 ? 5 : 2;
    buf.writeUInt32LE(0xffffffff, at + 0x44);
    buf.writeUInt32LE(0xffffffff, at + 0x48);
    buf.writeUInt32LE(i === 0 && names.length > 1 ? 1 : 0xffffffff, at + 0x4c);
    buf.writeUInt32LE(0xfffffffe, at + 0x74);
  });
  return new Uint8Array(buf);
}

/** A sheet grid as an .xlsx written by ExcelJS, as another program would write it (values and merges); `also` changes
 *  the worksheet further before it is written (a row or a column hidden). */
export async function excelJsXlsx(grid: SheetGrid, also?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  // loaded when first asked for: the other builders' tests do without ExcelJS's start-up
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet(grid.name);
  grid.values.forEach((row, i) =>
    row?.forEach((v, j) => v !== null && (ws.getCell(grid.origin.row + i + 1, grid.origin.col + j + 1).value = v)),
  );
  for (const m of grid.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  also?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
