// What the command line says about the summary workbook and the 自评报告 drafts, in Chinese and English.

const zh = {
  help: `汇总与报告：
  selfeval score|check <文件或文件夹...> --summary 汇总表.xlsx   另写一份汇总表：每个指标表一行（文件链接到评分后的副本），需要处理的在前
  selfeval report <文件或文件夹...> [--out 自评报告.docx|目录] [--profile 方案] [--lang zh|en] [--summary 汇总表.xlsx]
           按评分结果为每个项目支出表、部门整体支出表写一份自评报告初稿（.docx，需人工填写的部分标为【请填写：…】）；
           不写工作簿。默认写在原文件旁“<文件名>.自评报告.docx”；一个文件有多张表时文件名带工作表名`,
  summaryWritten: (file: string, rows: number) => `汇总表：${file}（${rows}行，需要处理的在前）`,
  summaryFailed: (file: string, why: string) => `无法写入汇总表“${file}”：${why}`,
  draftWritten: (file: string) => `自评报告初稿：${file}`,
  draftFailed: (file: string, why: string) => `无法写入自评报告“${file}”：${why}`,
  noDrafts: "没有可写自评报告的指标表（只有绩效目标表、或文件未能读取）。",
  inPlaceWithReport: "report 只写自评报告，不改工作簿；请去掉 --in-place / --audit",
  summaryNotXlsx: "--summary 需要一个 .xlsx 文件名，例如 汇总表.xlsx",
};

/** The command line's report messages in one language. */
export type ReportMessages = typeof zh;

const en: ReportMessages = {
  help: `Summary and reports:
  selfeval score|check <files or folders...> --summary summary.xlsx   also writes a summary workbook: one row per table
           (the file links to its scored copy), those needing attention first
  selfeval report <files or folders...> [--out report.docx|DIR] [--profile ID] [--lang zh|en] [--summary summary.xlsx]
           writes a draft self-evaluation report (.docx) for every project and department table from its scores, with
           what a person must write marked [To complete: ...]; writes no workbook. By default <name>.report.docx beside
           the input; a file with several tables gets the sheet name in each draft's name`,
  summaryWritten: (file: string, rows: number) => `Summary: ${file} (${rows} row(s), those needing attention first)`,
  summaryFailed: (file: string, why: string) => `Could not write the summary "${file}": ${why}`,
  draftWritten: (file: string) => `Draft report: ${file}`,
  draftFailed: (file: string, why: string) => `Could not write the draft "${file}": ${why}`,
  noDrafts: "No table to draft a report for (only target sheets, or files that could not be read).",
  inPlaceWithReport: "report writes drafts only and never changes a workbook: drop --in-place / --audit",
  summaryNotXlsx: "--summary needs an .xlsx file name, e.g. summary.xlsx",
};

/** The report messages in `lang`. */
export function reportMessages(lang: "zh" | "en"): ReportMessages {
  return lang === "en" ? en : zh;
}
