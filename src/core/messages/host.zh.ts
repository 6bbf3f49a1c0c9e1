// 加载项（Excel）的提示与拒绝说明：中文。与 host.en.ts 逐项对应。
import type { HostMessages } from "./host";

/** The Excel host's messages in Chinese. */
export const hostZh: HostMessages = {
  cellEditMode: () => `请先按Enter或Esc退出单元格编辑，再点击评分`,
  readOnly: () => `工作簿为只读，无法写入评分。请启用编辑或另存一份后再试。`,
  sheetProtected: (p) =>
    `工作表“${p.sheet}”受保护，未写入任何内容。请先撤销工作表保护（审阅 → 撤销工作表保护）再评分。`,
  tooLarge: (p) => `要写入的内容过大（约${p.mb} MB），超出Excel单次请求上限，未写入任何内容。`,
  chunked: (p) => `写入内容约${p.mb} MB，超过网页版Excel单次5 MB上限，已分${p.n}批写入。`,
  staleCleared: (p) => `此工作簿曾评过分：已去掉上次在${p.n}个单元格留下的颜色和批注（这些单元格本次没有问题）。`,
  readChunked: (p) => `工作表数据超过Excel单次请求上限，已分${p.n}次读取。`,
  mergesSkipped: () => `合并单元格过多（超过512个），未读取合并区域。`,
  undoMemoryOnly: () => `撤销记录过大，无法保存在工作簿中，仅在本次打开期间可撤销。`,
  undoSaveFailed: (p) => `撤销记录未能保存到工作簿（${p.reason}），仅在本次打开期间可撤销。`,
  writeDenied: () => `Excel拒绝写入（工作表受保护或工作簿为只读），未写入任何内容。`,
  nothingToUndo: () => `没有可撤销的评分。`,
  undone: (p) => `已撤销上次评分，恢复了${p.n}个单元格。`,
  undoConflict: (p) => `评分后以下单元格已被修改，为避免覆盖您的修改，未撤销任何内容：${p.cells}`,
  undoSheetMissing: () => `找不到评分时的工作表（可能已删除或重命名），无法撤销。`,
  writeFailed: (p) => `写入评分时出错（${p.reason}）。已写入的部分可用“撤销评分”恢复。`,
  readFailed: (p) => `读取工作簿失败：${p.reason}`,
  commentsKept: (p) => `${p.n}个单元格已有他人批注，评分说明已作为回复添加。`,
  explanationHeader: () => `评分说明`,
  ribbonTitle_done: () => `一键评分完成`,
  ribbonTitle_refused: () => `一键评分：未写入任何内容`,
  ribbonTitle_partial: () => `一键评分：只写入了一部分`,
  ribbonTitle_failed: () => `一键评分失败`,
  ribbonTableTotal: (p) => `${p.sheet}：总分${p.total}，等级${p.grade}`,
  ribbonTableOpen: (p) => `${p.sheet}：有待人工处理的指标，总分暂不计算`,
  ribbonTableUngraded: (p) => `${p.sheet}：总分${p.total}，超过满分，暂不评定等级`,
  ribbonNoTables: () => `未找到绩效自评表。`,
  ribbonWritten: (p) => `写入${p.n}个单元格；需复核的单元格已标色并附说明。`,
  ribbonUndoHint: () => `如需撤销，请打开“评分面板”，点击“撤销评分”。`,
  ribbonBandsHint: (p) =>
    `有${p.n}项指标无法自动判断档次：请在“评分面板”的“待人工评定档次”中选择，或把相应得分填入该行得分栏后重新评分。`,
  valueChanged: (p) => `${p.cell}（评分写入${p.written}，现为${p.now}）`,
  formatChanged: (p) => `${p.cell}（数字格式已更改）`,
  partialWrite: (p) =>
    `写入未完成（${p.reason}）：${p.written}已写入，${p.missing}未写入或未写完。已写入的部分可用“撤销评分”恢复。`,
  partialUnknown: (p) => `写入中断（${p.reason}），可能已写入一部分。已写入的部分可用“撤销评分”恢复。`,
  sheetName: (p) => `工作表“${p.sheet}”`,
  listSeparator: () => `、`,
  nothing: () => `无`,
  undoLost: () => `撤销记录过大，无法保存在工作簿中；一键评分在单独的环境中运行，结束后无法保留，本次评分不能撤销。`,
  commentFallback: (p) =>
    `${p.n}个单元格已有旧式批注（此版本Excel无法读取或修改），这些单元格的评分说明已写入“评分说明”列。`,
  commentsSkipped: (p) => `${p.n}个单元格无法添加评分说明批注（${p.cells}），已保留底色，详见评分结果。`,
  readTooLarge: (p) =>
    `工作表“${p.sheet}”的已用区域过大（${p.cells}个单元格），超出可读取的上限，未写入任何内容。请删除表格以外多余的行和列（包括只设置了格式的单元格）后再试。`,
  fillChanged: (p) => `${p.cell}（填充色已更改）`,
  noteChanged: (p) => `${p.cell}（评分说明批注已更改或删除）`,
  andMore: (p) => `等${p.n}处`,
  dialogRest: () => "……（其余内容请打开评分面板查看）",
};
