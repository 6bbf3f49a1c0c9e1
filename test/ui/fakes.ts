// Hand-built, real-shaped reports (figures of the shared fixtures) and a fake WorkbookHost for the UI tests.
import { blockReports } from "../../src/core/score/blocks";
import type { Profile } from "../../src/core/profile";
import type { FileReport, Finding, IndicatorReport, TableReport } from "../../src/core/report";
import type { RunOutcome, RunRequest, UndoOutcome, WorkbookHost } from "../../src/host/types";

type Row = [level1: string, level2: string, level3: string, target: string, actual: string, score: number];

/** The 30 indicators of project-gansu-2021 (seed case 004): weight 3 each, 形成调研报告数量 11/15 → 2.20. */
const PROJECT_ROWS: Row[] = [
  ["产出指标", "数量指标", "第三方服务机构数", "3家", "3家", 3],
  ["产出指标", "数量指标", "车辆租赁数", "≥10次", "10次", 3],
  ["产出指标", "数量指标", "考察调研次数", "≥24次", "24次", 3],
  ["产出指标", "数量指标", "会议培训人数", "≥1000人次", "1000多人次", 3],
  ["产出指标", "数量指标", "会议培训次数", "≥11场次", "11场次", 3],
  ["产出指标", "数量指标", "机构编制实名制管理平台升级维护数量", "1套", "1套", 3],
  ["产出指标", "数量指标", "形成调研报告数量", "≥15篇", "11篇", 2.2],
  ["产出指标", "数量指标", "考察调研人数", "≥70人次", "70多人次", 3],
  ["产出指标", "数量指标", "驻场运维工程师人数", "3名", "3名", 3],
  ["产出指标", "质量指标", "第三方服务机构匹配率", "100%", "100%", 3],
  ["产出指标", "质量指标", "机房内监测设备正常运转率", "100%", "100%", 3],
  ["产出指标", "质量指标", "机房用电保障率", "100%", "100%", 3],
  ["产出指标", "质量指标", "机关门户网站运维保障率", "100%", "100%", 3],
  ["产出指标", "质量指标", "会议培训覆盖率", "100%", "100%", 3],
  ["产出指标", "质量指标", "实名制管理覆盖率", "100%", "100%", 3],
  ["产出指标", "时效指标", "改革工作完成及时性", "按期完成", "按期完成", 3],
  ["产出指标", "时效指标", "机房用电费用缴纳及时性", "及时", "及时", 3],
  ["产出指标", "时效指标", "会议培训开展及时性", "及时", "及时", 3],
  ["产出指标", "时效指标", "软件升级维护及时性", "≤2日", "2日内", 3],
  ["产出指标", "时效指标", "档案整理及时性", "及时", "及时", 3],
  ["产出指标", "成本指标", "成本控制率", "≤320万元", "245.77万元", 3],
  ["效益指标", "经济效益指标", "机房运行用电度数", "≥12万度", "12.94万度", 3],
  ["效益指标", "经济效益指标", "门户网站访问人数", "≥30万人次", "30多万人次", 3],
  ["效益指标", "社会效益指标", "机构设置科学合理性", "科学合理", "科学合理", 3],
  ["效益指标", "社会效益指标", "跨部门沟通有效性", "有效", "有效", 3],
  ["效益指标", "社会效益指标", "相关政策建议采纳次数", "≥20次", "20余次", 3],
  ["效益指标", "可持续影响指标", "部门协作机制健全性", "健全", "健全", 3],
  ["效益指标", "可持续影响指标", "部门档案管理机制完善性", "完善", "完善", 3],
  ["效益指标", "可持续影响指标", "机构编制工作长效管理机制健全性", "健全", "健全", 3],
  ["满意度指标", "服务对象满意度指标", "机关工作人员满意度", "≥90%", ">90%", 3],
];

/** First indicator row (1-based): 形成调研报告数量 lands on row 17, its completed value in H17. */
const FIRST_ROW = 11;

const PROJECT_FINDINGS: Finding[] = [
  {
    code: "NOT_MET_NO_REASON",
    severity: "warning",
    cell: "H17",
    message: "实际完成值11篇低于年度指标值15篇，按11/15×3计2.20分，请填写偏差原因",
  },
  { code: "APPROXIMATE_VALUE", severity: "info", cell: "H14", message: "完成值“1000多人次”为约数，按1000人次计算" },
  { code: "APPROXIMATE_VALUE", severity: "info", cell: "H18", message: "完成值“70多人次”为约数，按70人次计算" },
  {
    code: "WEIGHTS_DIFFER_FROM_PROFILE",
    severity: "info",
    cell: null,
    message: "一级指标分值为产出63/效益24/满意度3，与评分方案（产出50/效益30/满意度10）不同",
  },
];

/** The project table of project-gansu-2021.xlsx as the core reports it: total 96.88, 优, funding 7.68. */
export function projectTable(sheet = "自评表"): TableReport {
  const indicators: IndicatorReport[] = PROJECT_ROWS.map(([level1, level2, level3, target, actual, score], i) => ({
    row: FIRST_ROW + i,
    level1,
    level2,
    level3,
    target,
    actual,
    weight: 3,
    score,
    reason: null,
    status: "scored",
    findings: PROJECT_FINDINGS.filter((f) => f.cell !== null && f.cell.slice(1) === String(FIRST_ROW + i)).map(
      (f) => f.code,
    ),
  }));
  return {
    sheet,
    range: "A3:J40",
    headerRow: 10,
    info: {
      project: "业务费项目—机构改革及机构编制实名制升级改造项目",
      department: "省委编办",
      unit: "省委编办",
      year: 2021,
    },
    kind: "project",
    mode: "score",
    indicators,
    blocks: blockReports(indicators),
    funding: { budget: 320, executed: 245.77, rate: 0.768, weight: 10, score: 7.68 },
    total: 96.88,
    grade: "优",
    findings: PROJECT_FINDINGS.map((f) => ({ ...f })),
  };
}

/** The department table of department-gansu-2021.xlsx (summary figures only): total 90.56, 优, funding 5.94. */
export function departmentTable(sheet = "部门整体"): TableReport {
  return {
    sheet,
    range: "A2:J45",
    headerRow: 9,
    info: { project: null, department: "省委编办", unit: "省委编办", year: 2021 },
    kind: "department",
    mode: "score",
    indicators: [],
    blocks: [
      { level1: "部门管理", weight: 30, score: 24.62, waiting: 0 },
      { level1: "履职效果", weight: 39, score: 39, waiting: 0 },
      { level1: "能力建设", weight: 15, score: 15, waiting: 0 },
      { level1: "服务对象满意度", weight: 6, score: 6, waiting: 0 },
    ],
    funding: { budget: 3007.2, executed: 1787.26, rate: 0.5943, weight: 10, score: 5.94 },
    total: 90.56,
    grade: "优",
    findings: [
      {
        code: "NOT_MET_NO_REASON",
        severity: "warning",
        cell: "H9",
        message: "基本支出预算执行率99.49%低于100%，计2.98分，请填写偏差原因",
      },
      {
        code: "OVER_ACHIEVED",
        severity: "warning",
        cell: "H21",
        message: "为民办实事件数70余件超过指标值50件的120%，请说明原因",
      },
      {
        code: "ACTUAL_UNPARSEABLE",
        severity: "error",
        cell: "H30",
        message: "实际完成值“#DIV/0!”无法识别（单元格为错误值）",
      },
    ],
  };
}

/** A file report holding the given tables. */
export function fileReport(tables: TableReport[], file = "project-gansu-2021.xlsx"): FileReport {
  return { file, output: null, tables, errors: [] };
}

/** A successful run outcome: 62 cells written, explanations as notes. */
export function scoredOutcome(report: FileReport = fileReport([projectTable()])): RunOutcome {
  return { report, plan: null, written: 62, noteMode: "notes", refused: null };
}

/** A WorkbookHost whose every method is a jest mock with realistic answers. */
export class FakeHost implements WorkbookHost {
  readonly kind = "excel" as const;
  undoAvailable = false;
  documentProfile: Profile | null = null;
  outcome: RunOutcome = scoredOutcome();
  undoOutcome: UndoOutcome = { ok: true, restored: 62, message: "已恢复 62 个单元格的原值" };
  run = jest.fn(async (request: RunRequest): Promise<RunOutcome> => {
    void request;
    this.undoAvailable = this.outcome.refused === null;
    return this.outcome;
  });
  undoLast = jest.fn(async (): Promise<UndoOutcome> => {
    this.undoAvailable = false;
    return this.undoOutcome;
  });
  canUndo = jest.fn(async (): Promise<boolean> => this.undoAvailable);
  selectCell = jest.fn(async (sheet: string, address: string): Promise<void> => {
    void sheet;
    void address;
  });
  loadDocumentProfile = jest.fn(async (): Promise<Profile | null> => this.documentProfile);
  saveDocumentProfile = jest.fn(async (profile: Profile): Promise<void> => {
    this.documentProfile = profile;
  });
}
