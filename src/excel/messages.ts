// The Excel host's user-facing messages: Chinese first, English second.

/** Message language of the host. */
export type HostLang = "zh" | "en";

const MESSAGES = {
  cellEditMode: {
    zh: "请先按Enter或Esc退出单元格编辑，再点击评分",
    en: "Press Enter or Esc to finish editing the cell, then score again",
  },
  readOnly: {
    zh: "工作簿为只读，无法写入评分。请启用编辑或另存一份后再试。",
    en: "The workbook is read-only, so no scores were written. Enable editing or save a copy and try again.",
  },
  sheetProtected: {
    zh: "工作表“{sheet}”受保护，未写入任何内容。请先撤销工作表保护（审阅 → 撤销工作表保护）再评分。",
    en: 'Sheet "{sheet}" is protected; nothing was written. Unprotect it (Review → Unprotect Sheet) and score again.',
  },
  tooLarge: {
    zh: "要写入的内容过大（约{mb} MB），超出Excel单次请求上限，未写入任何内容。",
    en: "The changes are too large (about {mb} MB) for Excel's request limit; nothing was written.",
  },
  chunked: {
    zh: "写入内容约{mb} MB，超过网页版Excel单次5 MB上限，已分{n}批写入。",
    en: "About {mb} MB of changes exceed Excel on the web's 5 MB request limit; written in {n} batches.",
  },
  staleCleared: {
    zh: "此工作簿曾评过分：已去掉上次在{n}个单元格留下的颜色和批注（这些单元格本次没有问题）。",
    en: "Scored before: took the last run's fill and note off {n} cell(s) that are fine now.",
  },
  readChunked: {
    zh: "工作表数据超过Excel单次请求上限，已分{n}次读取。",
    en: "The sheets exceed Excel's request limit; read in {n} batches.",
  },
  mergesSkipped: {
    zh: "合并单元格过多（超过512个），未读取合并区域。",
    en: "Too many merged areas (over 512); merged areas were not read.",
  },
  undoMemoryOnly: {
    zh: "撤销记录过大，无法保存在工作簿中，仅在本次打开期间可撤销。",
    en: "The undo record is too large to keep in the workbook; undo works only until the workbook is closed.",
  },
  undoSaveFailed: {
    zh: "撤销记录未能保存到工作簿（{reason}），仅在本次打开期间可撤销。",
    en: "The undo record could not be saved in the workbook ({reason}); undo works only until it is closed.",
  },
  writeDenied: {
    zh: "Excel拒绝写入（工作表受保护或工作簿为只读），未写入任何内容。",
    en: "Excel refused to write (protected sheet or read-only workbook); nothing was written.",
  },
  nothingToUndo: { zh: "没有可撤销的评分。", en: "There is no scoring run to undo." },
  undone: { zh: "已撤销上次评分，恢复了{n}个单元格。", en: "The last scoring run was undone; {n} cells restored." },
  undoConflict: {
    zh: "评分后以下单元格已被修改，为避免覆盖您的修改，未撤销任何内容：{cells}",
    en: "These cells were changed after scoring, so nothing was undone to keep your edits: {cells}",
  },
  undoSheetMissing: {
    zh: "找不到评分时的工作表（可能已删除或重命名），无法撤销。",
    en: "A sheet the run wrote to no longer exists (deleted or renamed); cannot undo.",
  },
  writeFailed: {
    zh: "写入评分时出错（{reason}）。已写入的部分可用“撤销评分”恢复。",
    en: "Writing the scores failed ({reason}). Use Undo to restore what was written.",
  },
  readFailed: { zh: "读取工作簿失败：{reason}", en: "Reading the workbook failed: {reason}" },
  commentsKept: {
    zh: "{n}个单元格已有他人批注，评分说明已作为回复添加。",
    en: "{n} cells already had comments; the explanations were added as replies.",
  },
  explanationHeader: { zh: "评分说明", en: "评分说明" },
  ribbonTitle_done: { zh: "一键评分完成", en: "Scoring finished" },
  ribbonTitle_refused: { zh: "一键评分：未写入任何内容", en: "Scoring: nothing was written" },
  ribbonTitle_partial: { zh: "一键评分：只写入了一部分", en: "Scoring: only part was written" },
  ribbonTitle_failed: { zh: "一键评分失败", en: "Scoring failed" },
  ribbonTableTotal: { zh: "{sheet}：总分{total}，等级{grade}", en: "{sheet}: total {total}, grade {grade}" },
  ribbonTableOpen: { zh: "{sheet}：有待人工处理的指标，总分暂不计算", en: "{sheet}: some indicators need a person; no total yet" },
  ribbonNoTables: { zh: "未找到绩效自评表。", en: "No self-evaluation table was found." },
  ribbonWritten: { zh: "写入{n}个单元格；需复核的单元格已标色并附说明。", en: "{n} cells written; cells to review are coloured and explained." },
  ribbonUndoHint: { zh: "如需撤销，请打开“评分面板”，点击“撤销评分”。", en: "To undo, open the Scoring pane and choose Undo." },
  valueChanged: { zh: "{cell}（评分写入{written}，现为{now}）", en: "{cell} (wrote {written}, now {now})" },
  formatChanged: { zh: "{cell}（数字格式已更改）", en: "{cell} (number format changed)" },
  partialWrite: {
    zh: "写入未完成（{reason}）：{written}已写入，{missing}未写入或未写完。已写入的部分可用“撤销评分”恢复。",
    en: "Writing stopped ({reason}): {written} written; {missing} not written or not finished. Undo restores what was written.",
  },
  partialUnknown: {
    zh: "写入中断（{reason}），可能已写入一部分。已写入的部分可用“撤销评分”恢复。",
    en: "Writing was interrupted ({reason}); part of it may have been written. Undo restores what was written.",
  },
  sheetName: { zh: "工作表“{sheet}”", en: 'sheet "{sheet}"' },
  listSeparator: { zh: "、", en: ", " },
  nothing: { zh: "无", en: "none" },
  undoLost: {
    zh: "撤销记录过大，无法保存在工作簿中；一键评分在单独的环境中运行，结束后无法保留，本次评分不能撤销。",
    en: "The undo record is too large to keep in the workbook, and the ribbon command's memory ends with it: this run cannot be undone.",
  },
  commentFallback: {
    zh: "{n}个单元格已有旧式批注（此版本Excel无法读取或修改），这些单元格的评分说明已写入“评分说明”列。",
    en: "{n} cell(s) already have a legacy note this Excel cannot read or change; their explanations went into the 评分说明 column.",
  },
  commentsSkipped: {
    zh: "{n}个单元格无法添加评分说明批注（{cells}），已保留底色，详见评分结果。",
    en: "{n} cell(s) could not get an explanation comment ({cells}); their fill is set, see the results.",
  },
  readTooLarge: {
    zh: "工作表“{sheet}”的已用区域过大（{cells}个单元格），超出可读取的上限，未写入任何内容。请删除表格以外多余的行和列（包括只设置了格式的单元格）后再试。",
    en: 'The used range of sheet "{sheet}" is too large ({cells} cells) to read; nothing was written. Delete the extra rows and columns outside the table (formatting included) and try again.',
  },
  fillChanged: { zh: "{cell}（填充色已更改）", en: "{cell} (fill changed)" },
  noteChanged: { zh: "{cell}（评分说明批注已更改或删除）", en: "{cell} (note changed or deleted)" },
  andMore: { zh: "等{n}处", en: "and {n} more" },
} as const;

/** A message key of the Excel host. */
export type MessageKey = keyof typeof MESSAGES;

/** The message text in the language asked for, with {placeholders} filled in. */
export function hostMessage(key: MessageKey, lang: HostLang = "zh", vars: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
