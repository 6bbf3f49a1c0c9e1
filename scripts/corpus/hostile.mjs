// The hostile-file corpus (issue 14): each file is crafted here from the project's example workbook, with the
// outcome every host must give it. `node scripts/corpus/hostile.mjs DIR` writes the files and DIR/expected.json.
// Used by test/xlsx/hostile.test.ts, test/cli/hostile.test.ts, the browser test and BENCHMARKS.md's figures.
import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { featuresWorkbook } from "./features.mjs";
import { textOf, unzip, withPart, zip } from "./zipKit.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const EXAMPLE = path.join(ROOT, "assets", "example", "绩效自评表示例.xlsx");
const SHEET1 = "xl/worksheets/sheet1.xml";
const SHEET2 = "xl/worksheets/sheet2.xml";
const SST = "xl/sharedStrings.xml";
const GB3 = 3 * 1024 ** 3;
/** Both tables of the example, scored. */
const SCORED = { totals: [96.88, 90.56] };
const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

const edit = (entries, name, f) => withPart(entries, name, f(textOf(entries, name)));
const sheet2 = (entries, body, tail = "") =>
  withPart(entries, SHEET2, `${HEAD}<sheetData>${body}</sheetData>${tail}</worksheet>`);
const repeat = (n, f) => Array.from({ length: n }, (_v, i) => f(i)).join("");
const declare = (entries, name, size) => entries.map((e) => (e.name === name ? { ...e, size } : e));

/** The cases: file name, the issue item, what it is, how to build it from the example's entries, the outcome. */
export const CASES = [
  {
    file: "1-共享字符串声明3GB.xlsx",
    item: 1,
    what: "sharedStrings declaring 3 GB",
    build: (e) => zip(declare(e, SST, GB3)),
    expect: { error: "FILE_TOO_LARGE", says: "解压后超过200MB" },
  },
  {
    file: "1-样式声明3GB.xlsx",
    item: 1,
    what: "styles declaring 3 GB",
    build: (e) => zip(declare(e, "xl/styles.xml", GB3)),
    expect: { error: "FILE_TOO_LARGE", says: "解压后超过200MB" },
  },
  {
    file: "1-关系声明3GB.xlsx",
    item: 1,
    what: "workbook rels declaring 3 GB",
    build: (e) => zip(declare(e, "xl/_rels/workbook.xml.rels", GB3)),
    expect: { error: "FILE_TOO_LARGE", says: "解压后超过200MB" },
  },
  {
    file: "1-压缩炸弹25个目录指向同一数据.xlsx",
    item: 1,
    what: "25 central records pointing at one 199 MB stream",
    build: (e) => {
      const bomb = deflateRawSync(Buffer.alloc(199 * 1024 * 1024, 0x20));
      const parts = [
        ...e,
        { name: "xl/media/bomb0.bin", data: Buffer.alloc(0), packed: bomb, size: 199 * 1024 * 1024, crc: 0 },
      ];
      return zip(parts, {
        extraCentral: Array.from({ length: 24 }, (_v, i) => ({
          name: `xl/media/bomb${i + 1}.bin`,
          of: parts.length - 1,
        })),
      });
    },
    expect: { error: "FILE_UNREADABLE", says: "重叠" },
  },
  {
    file: "1-声明大小说谎.xlsx",
    item: 1,
    what: "a sheet declaring its real size but inflating to 150 MB more",
    build: (e) => {
      const real = Buffer.from(textOf(e, SHEET1));
      const packed = deflateRawSync(Buffer.concat([real, Buffer.alloc(150 * 1024 * 1024, 0x20)]));
      return zip(withPart(e, SHEET1, real, { packed }));
    },
    expect: { error: "FILE_UNREADABLE", says: "无法解压" },
  },
  {
    file: "1-部件合计过大.xlsx",
    item: 1,
    what: "styles and shared strings of 170 MB each (340 MB in all)",
    build: (e) => {
      const pad = (xml) => xml.replace("?>", `?><!--${" ".repeat(170 * 1024 * 1024)}-->`);
      return zip(edit(edit(e, "xl/styles.xml", pad), SST, pad));
    },
    expect: { error: "FILE_TOO_LARGE", says: "合计超过320MB" },
  },
  {
    file: "1-零散单元格区域过大.xlsx",
    item: 1,
    what: "cells at A and XFD on 2,000 rows",
    build: (e) =>
      zip(
        sheet2(
          e,
          repeat(2000, (i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`),
        ),
      ),
    expect: { error: "FILE_TOO_LARGE", says: "表格区域超过" },
  },
  {
    file: "1-单元格过多.xlsx",
    item: 1,
    what: "2.1 million cells",
    build: (e) =>
      zip(
        sheet2(
          e,
          repeat(131250, (i) => `<row r="${i + 1}">${"<c><v>1</v></c>".repeat(16)}</row>`),
        ),
      ),
    expect: { error: "FILE_TOO_LARGE", says: "单元格超过" },
  },
  {
    file: "1-嵌套过深.xlsx",
    item: 1,
    what: "100,000 nested elements",
    build: (e) => zip(sheet2(e, `<row r="1">${"<x>".repeat(100000)}${"</x>".repeat(100000)}</row>`)),
    expect: { error: "FILE_UNREADABLE", says: "nested more than 256" },
  },
  {
    file: "1-合并单元格过多.xlsx",
    item: 1,
    what: "150,000 merged areas",
    build: (e) =>
      zip(
        sheet2(
          e,
          '<row r="1"><c r="A1"><v>1</v></c></row>',
          `<mergeCells>${repeat(150000, (i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 2}"/>`)}</mergeCells>`,
        ),
      ),
    expect: { error: "FILE_TOO_LARGE", says: "合并单元格超过" },
  },
  {
    file: "1-共享字符串过多.xlsx",
    item: 1,
    what: "4 million empty shared strings",
    build: (e) => zip(edit(e, SST, (x) => x.replace("</sst>", "<si/>".repeat(4_000_001) + "</sst>"))),
    expect: { error: "FILE_TOO_LARGE", says: "共享字符串超过" },
  },
  {
    file: "2-注释中的假单元格.xlsx",
    item: 2,
    what: 'a fake <c r="H18">15篇</c> inside a comment before the real 11篇',
    build: (e) =>
      zip(
        edit(e, SHEET1, (x) =>
          x.replace('<c r="H18"', '<!-- <c r="H18" t="inlineStr"><is><t>15篇</t></is></c> --><c r="H18"'),
        ),
      ),
    expect: { ...SCORED, flagged: "K18" },
  },
  {
    file: "2-CDATA中的结束标签.xlsx",
    item: 2,
    what: "a cell whose text is CDATA holding </c> beside a written score cell",
    build: (e) =>
      zip(
        edit(e, SHEET1, (x) =>
          x.replace(
            '<c r="K17" s="3"/>',
            '<c r="K17" s="3" t="inlineStr"><is><t><![CDATA[见附件</c></row>]]></t></is></c>',
          ),
        ),
      ),
    expect: SCORED,
  },
  {
    file: "2-共享字符串注释.xlsx",
    item: 2,
    what: "a comment holding <si> in the shared strings",
    build: (e) => zip(edit(e, SST, (x) => x.replace("<si>", "<!-- <si><t>假</t></si> --><si>"))),
    expect: { ...SCORED, flagged: "K18" },
  },
  {
    file: "2-结束标签损坏.xlsx",
    item: 2,
    what: "a broken closing tag (issue 12)",
    build: (e) => zip(edit(e, SHEET1, (x) => x.replace("</row>", "</rw>"))),
    expect: { error: "FILE_UNREADABLE", says: "XML格式有误" },
  },
  {
    file: "2-DTD实体.xlsx",
    item: 2,
    what: "a DOCTYPE declaring an entity",
    build: (e) => zip(edit(e, SHEET1, (x) => x.replace("?>", '?><!DOCTYPE worksheet [<!ENTITY x "15篇">]>'))),
    expect: { error: "FILE_UNREADABLE", says: "DTD" },
  },
  {
    file: "2-无效UTF8.xlsx",
    item: 2,
    what: "invalid UTF-8 in an unrelated cell",
    build: (e) =>
      zip(
        withPart(
          e,
          SST,
          Buffer.from(textOf(e, SST).replace("</sst>", "<si><t>X</t></si></sst>")).map((b, i, a) =>
            b === 0x58 && a[i - 1] === 0x3e ? 0xff : b,
          ),
        ),
      ),
    expect: { error: "FILE_UNREADABLE", says: "UTF-8" },
  },
  {
    file: "3-重名部件.xlsx",
    item: 3,
    what: "two entries named xl/worksheets/sheet1.xml",
    build: (e) => zip([...e, { name: SHEET1, data: textOf(e, SHEET1).replace("<v>42</v>", "<v>43</v>") }]),
    expect: { error: "FILE_UNREADABLE", says: "同名部件" },
  },
  {
    file: "3-大小写重名.xlsx",
    item: 3,
    what: "xl/worksheets/Sheet1.xml beside sheet1.xml",
    build: (e) => zip([...e, { name: "xl/worksheets/Sheet1.xml", data: textOf(e, SHEET1) }]),
    expect: { error: "FILE_UNREADABLE", says: "同名部件" },
  },
  {
    file: "3-本地头与目录不一致.xlsx",
    item: 3,
    what: "a local header naming another size",
    build: (e) => zip(e.map((x) => (x.name === SHEET1 ? { ...x, localSize: x.data.length + 7 } : x))),
    expect: { error: "FILE_UNREADABLE", says: "不一致" },
  },
  {
    file: "3-数组公式覆盖得分列.xlsx",
    item: 3,
    what: "an array formula over the score cells J12:J41",
    build: (e) =>
      zip(
        edit(e, SHEET1, (x) =>
          x.replace(/<c r="J(\d+)" s="3"\/>/g, (m, r) =>
            Number(r) === 12
              ? '<c r="J12" s="3"><f t="array" ref="J12:J41">I12:I41*0</f><v>0</v></c>'
              : Number(r) > 12 && Number(r) <= 41
                ? `<c r="J${r}" s="3"><v>0</v></c>`
                : m,
          ),
        ),
      ),
    expect: { ...SCORED, untouched: "J12:J41" },
  },
  {
    file: "3-Strict格式.xlsx",
    item: 3,
    what: "Strict Open XML namespaces",
    build: (e) =>
      zip(
        e.map((x) =>
          /\.(xml|rels)$/.test(x.name)
            ? {
                ...x,
                data: x.data
                  .toString("utf8")
                  .replaceAll(
                    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    "http://purl.oclc.org/ooxml/spreadsheetml/main",
                  )
                  .replaceAll(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                    "http://purl.oclc.org/ooxml/officeDocument/relationships",
                  ),
              }
            : x,
        ),
      ),
    expect: { ...SCORED, error: "FILE_LEGACY_FORMAT", says: "Strict" },
  },
  {
    file: "4-图表图片透视表批注线程.xlsx",
    item: 4,
    what: "chart, image, pivot, validation, conditional formats, names, hyperlinks, notes, threaded comments",
    build: (e) => featuresWorkbook(e),
    expect: { ...SCORED, features: true },
  },
  {
    file: `5-${"长".repeat(20)}${"绩效自评表".repeat(12)}.xlsx`,
    item: 5,
    what: "an 80-character Chinese file name",
    build: (e) => zip(e),
    expect: SCORED,
  },
  {
    file: "6-终端控制字符.xlsx",
    item: 6,
    what: "ESC sequences in a completed value",
    build: (e) => zip(edit(e, SST, (x) => x.replace(">11篇<", ">_x001B_[2J_x001B_[H总分100 11篇<"))),
    expect: { totals: [96.88, 90.56], escaped: true }, // the one 篇 figure among the words is scored, with a review
  },
  {
    file: "7-前导斜杠部件名.xlsx",
    item: 7,
    what: "zip entry names with a leading slash",
    build: (e) => zip(e.map((x) => ({ ...x, name: "/" + x.name }))),
    expect: SCORED,
  },
  {
    file: "12-改名的Word文档.xlsx",
    item: 12,
    what: "a Word document renamed .xlsx",
    build: () => zip(wordParts()),
    expect: { error: "FILE_UNREADABLE", says: "Word文档" },
  },
  {
    file: "12-开放文档表格.ods",
    item: 12,
    what: "an OpenDocument spreadsheet",
    build: () =>
      zip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
        { name: "content.xml", data: "<office:document-content/>" },
      ]),
    expect: { error: "FILE_LEGACY_FORMAT", says: "另存为" },
  },
  {
    file: "12-导出数据.csv",
    item: 12,
    what: "a CSV export",
    build: () => "一级指标,二级指标,三级指标\n产出指标,数量指标,形成调研报告数量\n",
    expect: { error: "FILE_LEGACY_FORMAT", says: "另存为" },
  },
  {
    file: "12-苹果表格.numbers",
    item: 12,
    what: "an Apple Numbers file",
    build: () => zip([{ name: "Index/Document.iwa", data: Buffer.alloc(64) }]),
    expect: { error: "FILE_LEGACY_FORMAT", says: "另存为" },
  },
];

function wordParts() {
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  return [
    {
      name: "[Content_Types].xml",
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: "word/document.xml",
      data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>绩效自评报告</w:t></w:r></w:p></w:body></w:document>',
    },
  ];
}

/** Writes every case into `dir` (created); returns [{ file, item, what, expect }] with file a full path. */
export async function makeHostileCorpus(dir) {
  await fs.mkdir(dir, { recursive: true });
  const base = unzip(readFileSync(EXAMPLE));
  const out = [];
  for (const c of CASES) {
    const file = path.join(dir, c.file);
    await fs.writeFile(file, c.build(base));
    out.push({ file, item: c.item, what: c.what, expect: c.expect });
  }
  await fs.writeFile(
    path.join(dir, "expected.json"),
    JSON.stringify(
      out.map((c) => ({ ...c, file: path.basename(c.file) })),
      null,
      2,
    ),
  );
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? "hostile-corpus");
  const made = await makeHostileCorpus(dir);
  for (const c of made)
    console.log(`${String((await fs.stat(c.file)).size).padStart(10)}  ${path.basename(c.file)}  (${c.what})`);
  console.log(`${made.length} files in ${dir}, outcomes in expected.json`);
}
