// One 自评报告 draft as a named file, for the page and the pane (the command line names its files itself):
// <workbook>.自评报告.docx, with the sheet when the workbook has several drafts.
import type { FileReport, TableReport } from "../../core";
import { GENERATOR } from "../../core";
import { buildDraft } from "./draft";
import { sheetTag } from "./drafted";
import { renderDocx } from "./renderDocx";
import { draftStrings } from "./strings";

/** The download name of a table's draft: 绩效自评表示例（附件1）.自评报告.docx. */
export function draftFileName(
  workbookName: string,
  table: TableReport,
  tables: readonly TableReport[],
  lang: "zh" | "en",
): string {
  const base = workbookName.replace(/^.*[\\/]/, "").replace(/\.(xlsx|xlsm|xls)$/i, "") || "selfeval";
  const tag = sheetTag(table, tables);
  return `${base}${tag ? `（${tag}）` : ""}.${draftStrings(lang).fileSuffix}.docx`;
}

/** The draft of one table of `file` as a .docx: its name and bytes. */
export async function draftFile(
  file: FileReport,
  table: TableReport,
  lang: "zh" | "en",
): Promise<{ name: string; bytes: Uint8Array }> {
  const bytes = await renderDocx(buildDraft(table, lang), GENERATOR);
  return { name: draftFileName(file.file, table, file.tables, lang), bytes };
}
