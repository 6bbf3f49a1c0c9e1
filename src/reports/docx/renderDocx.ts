// Writes a draft as a Word document with the `docx` library, loaded only when a draft is asked for (its own chunk on
// the page and in the pane). Chinese drafts take the layout of an official report: A4, 仿宋 三号 body at a fixed
// 28 pt line, 黑体 / 楷体 headings, page numbers; placeholders are highlighted for the person who completes them.
import type { Draft, DraftBlock, Run } from "./draftModel";

type Docx = typeof import("docx");

/** Fonts and sizes (half-points) of one language's layout. */
interface Look {
  body: string;
  title: string;
  heading1: string;
  heading2: string;
  table: string;
  size: number;
  titleSize: number;
  tableSize: number;
  /** Fixed line height in twips, or null for single spacing. */
  line: number | null;
}

const LOOKS: Record<"zh" | "en", Look> = {
  zh: {
    body: "仿宋",
    title: "宋体",
    heading1: "黑体",
    heading2: "楷体",
    table: "宋体",
    size: 32,
    titleSize: 44,
    tableSize: 21,
    line: 560,
  },
  en: {
    body: "Calibri",
    title: "Calibri",
    heading1: "Calibri",
    heading2: "Calibri",
    table: "Calibri",
    size: 22,
    titleSize: 32,
    tableSize: 18,
    line: null,
  },
};

/** A4 with the margins of official documents (GB/T 9704: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right). */
const PAGE = { width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } };
/** Column shares of the indicator table (一级 … 得分), in percent of the text width. */
const TABLE_SHARES = [12, 13, 25, 14, 16, 9, 11];

const font = (name: string) => ({
  ascii: name === "仿宋" || name === "宋体" ? "Times New Roman" : name,
  hAnsi: name === "仿宋" || name === "宋体" ? "Times New Roman" : name,
  eastAsia: name,
});

function runs(d: Docx, list: readonly Run[], extra: { bold?: boolean } = {}) {
  return list.map((r) => new d.TextRun({ text: r.text, highlight: r.placeholder ? "yellow" : undefined, ...extra }));
}

function cell(d: Docx, text: string, look: Look, header: boolean, share: number) {
  const align = share <= 11 ? d.AlignmentType.CENTER : d.AlignmentType.LEFT;
  return new d.TableCell({
    width: { size: share, type: d.WidthType.PERCENTAGE },
    verticalAlign: d.VerticalAlign.CENTER,
    shading: header ? { type: d.ShadingType.CLEAR, fill: "D9E1F2", color: "auto" } : undefined,
    children: [
      new d.Paragraph({
        alignment: header ? d.AlignmentType.CENTER : align,
        spacing: { line: 240 },
        indent: { firstLine: 0 },
        children: [new d.TextRun({ text, bold: header, size: look.tableSize, font: font(look.table) })],
      }),
    ],
  });
}

function table(d: Docx, block: Extract<DraftBlock, { kind: "table" }>, look: Look) {
  const width = PAGE.width - PAGE.margin.left - PAGE.margin.right;
  const row = (cells: readonly string[], header: boolean) =>
    new d.TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((t, i) => cell(d, t, look, header, TABLE_SHARES[i] ?? 10)),
    });
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    columnWidths: TABLE_SHARES.map((s) => Math.round((width * s) / 100)),
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}

function block(d: Docx, b: DraftBlock, look: Look) {
  switch (b.kind) {
    case "title":
      return new d.Paragraph({
        heading: d.HeadingLevel.TITLE,
        alignment: d.AlignmentType.CENTER,
        children: runs(d, b.runs),
      });
    case "subtitle":
      return new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { after: 240 },
        children: runs(d, b.runs),
      });
    case "heading":
      return new d.Paragraph({
        heading: b.level === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2,
        children: [new d.TextRun(b.text)],
      });
    case "paragraph":
      return new d.Paragraph({ children: runs(d, b.runs) });
    case "table":
      return table(d, b, look);
  }
}

function styles(look: Look) {
  const spacing = look.line === null ? { after: 120 } : { line: look.line, lineRule: "exact" as const };
  const indent = { firstLine: look.size * 20 };
  const heading = (name: string) => ({
    run: { font: font(name), size: look.size, bold: false, color: "000000" },
    paragraph: { spacing, indent },
  });
  return {
    default: {
      document: { run: { font: font(look.body), size: look.size }, paragraph: { spacing, indent } },
      title: {
        run: { font: font(look.title), size: look.titleSize, bold: true, color: "000000" },
        paragraph: { spacing: { before: 240, after: 360 }, indent: { firstLine: 0 } },
      },
      heading1: heading(look.heading1),
      heading2: heading(look.heading2),
    },
  };
}

function footer(d: Docx) {
  const pageNumber = new d.TextRun({ children: ["— ", d.PageNumber.CURRENT, " —"], size: 28 });
  return new d.Footer({
    children: [
      new d.Paragraph({ alignment: d.AlignmentType.CENTER, indent: { firstLine: 0 }, children: [pageNumber] }),
    ],
  });
}

/** The .docx bytes of a draft. */
export async function renderDocx(draft: Draft, creator: string): Promise<Uint8Array> {
  const d: Docx = await import(/* webpackChunkName: "docx-writer" */ "docx");
  const look = LOOKS[draft.lang];
  const doc = new d.Document({
    creator,
    title: draft.title,
    styles: styles(look),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        footers: { default: footer(d) },
        children: draft.blocks.map((b) => block(d, b, look)),
      },
    ],
  });
  return d.Packer.pack(doc, "uint8array");
}
