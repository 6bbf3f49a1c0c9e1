// 文件问题的中文说明：每种问题一条，由其值生成。与 files.en.ts 逐项对应。
import {
  megabytesOver,
  type DamageDetail,
  type FileLimit,
  type FileMessages,
  type HeaderField,
  type OtherFormat,
  type SheetLimit,
  type WriteFailure,
  type ZipContent,
} from "./files";

const SAVE_AS_XLSX =
  "请在Excel或WPS中打开后“另存为”Excel工作簿(.xlsx)再评分；批量转换可用 soffice --headless --convert-to xlsx 文件名。";
const REPAIR = "Excel打开它时会提示修复：请在Excel中打开、修复并另存后再评分。";

const mb = (bytes: number) => `${Math.round(bytes / 1048576)}MB`;
const wan = (n: number) => `${n / 10000}万`;

const FORMATS: Record<OtherFormat, string> = {
  excel2003xml: "Excel 2003 XML表格",
  html: "网页(HTML)格式的表格（常见于系统导出的“.xls”）",
  xlsb: "Excel二进制工作簿(.xlsb)",
  ods: "OpenDocument表格(.ods)",
  fods: "OpenDocument平面表格(.fods)",
  ots: "OpenDocument表格模板(.ots)",
  csv: "CSV文本表格(.csv，没有格式和合并单元格)",
  tsv: "制表符分隔的文本表格(.tsv)",
  numbers: "苹果Numbers表格(.numbers)",
  xltx: "Excel模板(.xltx)",
  xltm: "Excel启用宏的模板(.xltm)",
  xlam: "Excel加载项(.xlam)",
  gnumeric: "Gnumeric表格(.gnumeric)",
  sxc: "StarOffice表格(.sxc)",
  uos: "统一办公格式表格(.uos)",
  wps: "WPS文字文档(.wps)",
  xlw: "Excel 4.0工作簿(.xlw)",
  wk1: "Lotus 1-2-3表格(.wk1)",
  dbf: "dBase数据表(.dbf)",
};

const CONTENTS: Record<ZipContent, string> = {
  docx: "Word文档(.docx)",
  pptx: "PowerPoint演示文稿(.pptx)",
  zip: "普通ZIP压缩包",
};

const FIELDS: Record<HeaderField, string> = {
  name: "名称",
  method: "压缩方式",
  encryption: "加密标志",
  sizes: "大小或校验值",
  descriptor: "数据描述符",
};

function damage(d: DamageDetail): string {
  switch (d.kind) {
    case "twinEntries":
      return `压缩包中有两个同名部件“${d.first}”和“${d.second}”，不同软件会读到不同的内容`;
    case "directorySize":
      return "压缩包目录的记录数与目录大小不符";
    case "overlap":
      return `部件“${d.entry}”的数据与${d.next === null ? "压缩包目录" : `“${d.next}”`}重叠（常见于恶意构造的压缩炸弹）`;
    case "localHeader":
      return `部件“${d.entry}”的本地文件头与压缩包目录不一致（${FIELDS[d.field]}），不同软件会读到不同的内容`;
    case "invalidUtf8":
      return `部件${d.part}含有无效的UTF-8字符`;
  }
}

function sheetLimit(l: SheetLimit): string {
  return l.kind === "rows" ? `超过${l.limit}行` : `XML超过${mb(l.limitBytes)}`;
}

function fileLimit(l: FileLimit): string {
  switch (l.kind) {
    case "part":
      return `部件${l.part}解压后超过${mb(l.limitBytes)}`;
    case "inflated":
      return `解压后的内容合计超过${mb(l.limitBytes)}`;
    case "cells":
      return `单元格超过${wan(l.limit)}个`;
    case "gridSlots":
      return `表格区域超过${wan(l.limit)}个单元格（可能有离得很远的零散单元格）`;
    case "merges":
      return `工作表“${l.sheet}”的合并单元格超过${l.limit}个`;
    case "sharedStrings":
      return `共享字符串超过${l.limit}个`;
    case "arrayChecks":
      return `数组公式与单元格的比对超过${l.limit}个`;
  }
}

function writeFailure(f: WriteFailure): string {
  switch (f.kind) {
    case "badAddress":
      return `单元格${f.cell}的位置无效`;
    case "notFinite":
      return `单元格${f.cell}的值不是有效数字`;
    case "inMerge":
      return `单元格${f.cell}位于合并区域${f.range}内且不是其左上角`;
    case "inArray":
      return `单元格${f.cell}位于数组公式区域${f.range}内，写入会破坏该数组公式`;
    case "noSheet":
      return `工作簿中没有名为“${f.sheet}”的工作表`;
    case "structure":
      return `工作簿结构异常（${f.reason}）`;
  }
}

/** The file problems in Chinese. */
export const filesZh: FileMessages = {
  empty: (p) => `“${p.file}”是空文件，不是有效的Excel工作簿。`,
  notZip: (p) => `“${p.file}”不是有效的Excel工作簿(.xlsx)，无法读取。请确认文件完整、确为Excel文件。`,
  truncated: (p) => `“${p.file}”不完整或已损坏（可能下载或复制中断），无法读取。请重新获取文件后再试。`,
  corrupt: (p) => `“${p.file}”已损坏（部件${p.part}无法解压），请在Excel中打开并另存后再试。`,
  zip64: (p) => `“${p.file}”使用了ZIP64压缩格式，暂不支持。请在Excel中打开后另存为.xlsx再评分。`,
  zipEncrypted: (p) => `“${p.file}”的压缩内容已加密，无法读取。请在Excel中取消密码后另存为.xlsx。`,
  encrypted: (p) => `“${p.file}”文件已加密/设置了打开密码，无法读取。请在Excel中取消密码后另存为.xlsx再评分。`,
  legacyXls: (p) => `“${p.file}”是旧版Excel 97-2003(.xls)或WPS表格(.et)格式，不能直接评分。${SAVE_AS_XLSX}`,
  legacyOther: (p) => `“${p.file}”是${FORMATS[p.format]}，不是.xlsx工作簿，不能直接评分。${SAVE_AS_XLSX}`,
  oleNotWorkbook: (p) => `“${p.file}”是旧版Office文档（如Word .doc），不是Excel工作簿。`,
  notWorkbook: (p) => `“${p.file}”是${CONTENTS[p.content]}，不是Excel工作簿(.xlsx)，缺少xl/workbook.xml。`,
  sheetTooLarge: (p) =>
    `“${p.file}”的工作表“${p.sheet}”过大（${sheetLimit(p.limit)}），超出本工具的处理上限。请删去无关数据或拆分后再评分。`,
  fileTooLarge: (p) =>
    `“${p.file}”过大（${fileLimit(p.limit)}），超出本工具的处理上限，未做任何修改。请删去无关数据或拆分后再评分。`,
  fileSize: (p) =>
    p.host === "page"
      ? `“${p.file}”大小${megabytesOver(p.bytes, p.limitBytes)}MB，超过${mb(p.limitBytes)}，无法在浏览器中处理。`
      : `文件大小${megabytesOver(p.bytes, p.limitBytes)}MB，超过${mb(p.limitBytes)}，无法处理`,
  damaged: (p) => `“${p.file}”已损坏（${damage(p.detail)}），未做任何修改。${REPAIR}`,
  malformedXml: (p) =>
    `“${p.file}”已损坏：部件${p.part}的XML格式有误（第${p.line}行：${p.reason}），未做任何修改。${REPAIR}`,
  strict: (p) =>
    `“${p.file}”是“Strict Open XML 电子表格”格式，本工具不写入这种格式（写入会混用两种格式，Excel可能无法打开），未做任何修改。请在Excel中“另存为”→“Excel 工作簿(*.xlsx)”后再评分。`,
  sheetProtected: (p) =>
    `工作表“${p.sheet}”受保护，请先撤销工作表保护（审阅 → 撤销工作表保护）后再评分。未做任何修改。`,
  writeFailed: (p) => `无法写入工作簿：${writeFailure(p.failure)}。未做任何修改。`,
  workerStopped: (p) =>
    `文件过大（${p.limit.kind === "memory" ? `所需内存超过${p.limit.mb}MB` : `处理超过${p.limit.seconds}秒`}），已停止处理此文件，其余文件照常处理，原文件未改动。请删去无关数据或拆分后再评分。`,
  workerCrashed: (p) =>
    `处理此文件时程序中断（${p.cause.kind === "exit" ? `退出码${p.cause.code}` : p.cause.message}；文件可能过大或已损坏），其余文件照常处理，原文件未改动`,
  readFailed: (p) => `读取工作簿时出错：${p.reason}`,
  processingFailed: (p) => `处理出错：${p.reason}`,
};
