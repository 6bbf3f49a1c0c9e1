// The browser page's own strings (the shared pane strings live in src/ui/strings), Chinese first, then English.
import { useCallback } from "react";
import { useLang, type Lang, type MessageVars } from "../ui/i18n";

/** Chinese page strings; `{name}` placeholders are filled by webT(). */
const WEB_ZH = {
  pageTitle: "绩效自评评分助手",
  pageSubtitle: "浏览器版：为 .xlsx 绩效自评表评分。文件只在本机浏览器中处理，不会上传。",
  dropTitle: "把 .xlsx 文件拖到这里",
  dropHint:
    "可一次选择多个文件，或整个文件夹（各单位的同名文件按所在文件夹区分）。旧版 .xls / .et 文件需先另存为 .xlsx。",
  pickFiles: "选择文件…",
  pickFolder: "选择文件夹…",
  folderAdded: "已加入 {n} 个表格文件。",
  folderSkipped: "已加入 {n} 个表格文件，跳过 {skipped} 个其他文件。",
  folderTruncated: "文件夹中的表格文件超过 {max} 个，只加入了前 {max} 个。",
  folderFailed: "无法读取拖入的文件夹：{message}",
  filesTitle: "文件",
  filesEmpty: "还没有文件。",
  progress: "正在处理 {done}/{total}",
  batchDone: "已完成 {done}/{total}，用时 {seconds} 秒",
  batchDoneFailed: "已处理 {total} 个文件，其中 {failed} 个未能处理，用时 {seconds} 秒",
  "status.queued": "等待中",
  "status.running": "处理中",
  "status.done": "完成",
  "status.failed": "未能处理",
  "attention.failed": "未能处理",
  "attention.errors": "有错误",
  "attention.warnings": "有警告",
  "attention.clean": "无问题",
  sortLabel: "排序",
  "sort.added": "按加入顺序",
  "sort.problems": "问题多的在前",
  "sort.total": "总分低的在前",
  "sort.grade": "等级低的在前",
  needsAttention: "只看需要处理的（{n}）",
  noneNeedsAttention: "没有需要处理的文件。",
  problemCount: "{n} 个问题",
  noTableShort: "未找到指标表",
  rerun: "按当前设置重新评分",
  clear: "清空",
  downloadWorkbook: "下载评分后的工作簿",
  downloadClean: "下载无标记副本",
  cleanWorking: "正在生成无标记副本…",
  cleanFailed: "无法生成无标记副本：{message}",
  pickFailed: "按所选档次重新评分失败：{message}",
  downloadReport: "下载JSON报告",
  downloadAll: "全部打包下载（zip）",
  downloadSummary: "下载汇总表（Excel）",
  zipping: "正在打包…",
  noWorkbookToDownload: "本次未写入，没有可下载的工作簿（目标审核模式只检查、不写入）。",
  previewTitle: "表格预览",
  previewLegend:
    "绿色为写入的单元格；红、黄为错误、警告；蓝为提示（勾选“在工作簿中也标出蓝色提示”时才标在工作簿中）。鼠标悬停可看说明。",
  previewLoading: "正在加载预览…",
  previewFailed: "无法显示预览：{reason}",
  previewHidden: "另有 {rows} 行、{cols} 列未显示。",
  previewNone: "没有可预览的表格。",
  previewCaption: "{table} 的单元格",
  myProfile: "{name}（我的方案）",
  saveProfile: "保存到本浏览器",
  profileSavedHere: "评分方案已保存到本浏览器。",
  demoLoading: "正在载入示例工作簿…",
  demoFailed: "无法载入示例工作簿：{message}",
  resultsFor: "{name} 的结果",
  staleCleared: "此文件曾评过分：已去掉上次在{n}个单元格留下的颜色和批注（这些单元格本次没有问题）。",
} as const;

/** A key of the page's string table. */
export type WebKey = keyof typeof WEB_ZH;

/** English page strings (the same keys: a missing one does not compile). */
const WEB_EN: Record<WebKey, string> = {
  pageTitle: "SelfEval Scorer",
  pageSubtitle:
    "Browser page: scores .xlsx self-evaluation sheets. Files are processed in this browser and never uploaded.",
  dropTitle: "Drop .xlsx files here",
  dropHint:
    "Pick many files at once, or a whole folder (units' files with the same name stay apart by their folder). Save legacy .xls / .et files as .xlsx first.",
  pickFiles: "Choose files…",
  pickFolder: "Choose a folder…",
  folderAdded: "Added {n} spreadsheet files.",
  folderSkipped: "Added {n} spreadsheet files, skipped {skipped} other files.",
  folderTruncated: "The folder holds more than {max} spreadsheet files; only the first {max} were added.",
  folderFailed: "Could not read the dropped folder: {message}",
  filesTitle: "Files",
  filesEmpty: "No files yet.",
  progress: "Processing {done}/{total}",
  batchDone: "Finished {done}/{total} in {seconds} s",
  batchDoneFailed: "Processed {total} files, {failed} not processed, in {seconds} s",
  "status.queued": "Queued",
  "status.running": "Working",
  "status.done": "Done",
  "status.failed": "Not processed",
  "attention.failed": "Not processed",
  "attention.errors": "Errors",
  "attention.warnings": "Warnings",
  "attention.clean": "No problems",
  sortLabel: "Order",
  "sort.added": "As added",
  "sort.problems": "Most problems first",
  "sort.total": "Lowest total first",
  "sort.grade": "Lowest grade first",
  needsAttention: "Needs attention only ({n})",
  noneNeedsAttention: "No file needs attention.",
  problemCount: "{n} problem(s)",
  noTableShort: "No indicator table",
  rerun: "Score again with these settings",
  clear: "Clear",
  downloadWorkbook: "Download scored workbook",
  downloadClean: "Download a copy without marks",
  cleanWorking: "Making the copy without marks…",
  cleanFailed: "Could not make the copy without marks: {message}",
  pickFailed: "Could not score the file again with the band chosen: {message}",
  downloadReport: "Download JSON report",
  downloadAll: "Download all (zip)",
  downloadSummary: "Download the summary (Excel)",
  zipping: "Packing…",
  noWorkbookToDownload: "Nothing was written, so there is no workbook to download (target review only checks).",
  previewTitle: "Table preview",
  previewLegend:
    "Green: cells written. Red, amber: errors, warnings. Blue: hints (marked in the workbook only with “Also mark the blue hints”). Hover for the note.",
  previewLoading: "Loading the preview…",
  previewFailed: "The preview could not be shown: {reason}",
  previewHidden: "{rows} more rows and {cols} more columns are not shown.",
  previewNone: "No table to preview.",
  previewCaption: "Cells of {table}",
  myProfile: "{name} (my profile)",
  saveProfile: "Save in this browser",
  profileSavedHere: "The profile is saved in this browser.",
  demoLoading: "Loading the example workbook…",
  demoFailed: "Could not load the example workbook: {message}",
  resultsFor: "Results of {name}",
  staleCleared: "Scored before: took the last run's fill and note off {n} cell(s) that are fine now.",
};

const WEB_TABLES: Record<Lang, Record<WebKey, string>> = { zh: WEB_ZH, en: WEB_EN };

/** A page string in `lang` with `{name}` placeholders filled. */
export function webT(lang: Lang, key: WebKey, vars?: MessageVars): string {
  const text = WEB_TABLES[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The page translator bound to the current UI language. */
export function useWebT(): (key: WebKey, vars?: MessageVars) => string {
  const lang = useLang();
  return useCallback((key: WebKey, vars?: MessageVars) => webT(lang, key, vars), [lang]);
}
