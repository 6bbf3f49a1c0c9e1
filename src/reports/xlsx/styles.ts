// The styles part of a new workbook: a few named cell styles (header, text, wrapped text, 0.00, 0.00%, link, fills).

/** The named cell styles, in the order of their cellXfs entries (index 0 is the default). */
export const CELL_STYLES = [
  "default",
  "header",
  "text",
  "wrap",
  "score",
  "percent",
  "integer",
  "link",
  "error",
  "warning",
  "clean",
  "title",
] as const;

/** A named cell style. */
export type CellStyle = (typeof CELL_STYLES)[number];

/** The cellXfs index of a style. */
export function styleIndex(style: CellStyle): number {
  return CELL_STYLES.indexOf(style);
}

/** Built-in number formats (ECMA-376 §18.8.30): 1 "0", 2 "0.00", 10 "0.00%". */
const FMT = { general: 0, integer: 1, score: 2, percent: 10 } as const;

/** Fonts: 0 body, 1 bold, 2 hyperlink, 3 title. */
const FONTS = [
  `<font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>`,
  `<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>`,
  `<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="等线"/><family val="2"/><charset val="134"/></font>`,
  `<font><b/><sz val="14"/><name val="等线"/><family val="2"/><charset val="134"/></font>`,
];

/** Fills: 0 none and 1 gray125 (both required), 2 header grey-blue, 3 error red, 4 warning amber, 5 clean green. */
const FILLS = [
  `<fill><patternFill patternType="none"/></fill>`,
  `<fill><patternFill patternType="gray125"/></fill>`,
  ...["FFD9E1F2", "FFFFC7CE", "FFFFEB9C", "FFC6EFCE"].map(
    (rgb) =>
      `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`,
  ),
];

const THIN = `<left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/>`;
/** Borders: 0 none, 1 thin grey. */
const BORDERS = [`<border><left/><right/><top/><bottom/><diagonal/></border>`, `<border>${THIN}</border>`];

/** One cellXfs entry: number format, font, fill, border and alignment. */
interface Xf {
  fmt: number;
  font: number;
  fill: number;
  border: number;
  align?: string;
}

const TOP = `<alignment vertical="top"/>`;
const XFS: Record<CellStyle, Xf> = {
  default: { fmt: FMT.general, font: 0, fill: 0, border: 0 },
  header: {
    fmt: FMT.general,
    font: 1,
    fill: 2,
    border: 1,
    align: `<alignment horizontal="center" vertical="center" wrapText="1"/>`,
  },
  text: { fmt: FMT.general, font: 0, fill: 0, border: 1, align: TOP },
  wrap: { fmt: FMT.general, font: 0, fill: 0, border: 1, align: `<alignment vertical="top" wrapText="1"/>` },
  score: { fmt: FMT.score, font: 0, fill: 0, border: 1, align: TOP },
  percent: { fmt: FMT.percent, font: 0, fill: 0, border: 1, align: TOP },
  integer: { fmt: FMT.integer, font: 0, fill: 0, border: 1, align: TOP },
  link: { fmt: FMT.general, font: 2, fill: 0, border: 1, align: TOP },
  error: { fmt: FMT.general, font: 0, fill: 3, border: 1, align: TOP },
  warning: { fmt: FMT.general, font: 0, fill: 4, border: 1, align: TOP },
  clean: { fmt: FMT.general, font: 0, fill: 5, border: 1, align: TOP },
  title: { fmt: FMT.general, font: 3, fill: 0, border: 0 },
};

function xfXml(xf: Xf): string {
  const applied = [
    xf.fmt ? ` applyNumberFormat="1"` : "",
    xf.font ? ` applyFont="1"` : "",
    xf.fill ? ` applyFill="1"` : "",
    xf.border ? ` applyBorder="1"` : "",
    xf.align ? ` applyAlignment="1"` : "",
  ].join("");
  const open = `<xf numFmtId="${xf.fmt}" fontId="${xf.font}" fillId="${xf.fill}" borderId="${xf.border}" xfId="0"${applied}`;
  return xf.align ? `${open}>${xf.align}</xf>` : `${open}/>`;
}

/** xl/styles.xml of the new workbook. */
export function stylesXml(): string {
  const list = (name: string, items: readonly string[]) =>
    `<${name} count="${items.length}">${items.join("")}</${name}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    list("fonts", FONTS) +
    list("fills", FILLS) +
    list("borders", BORDERS) +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    list(
      "cellXfs",
      CELL_STYLES.map((s) => xfXml(XFS[s])),
    ) +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0"/>` +
    `</styleSheet>`
  );
}
