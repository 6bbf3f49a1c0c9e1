// Header synonyms (spec §1): which column of an indicator or funding header plays which role.
import { headerKey } from "../text";

/** The roles of an indicator table's columns. */
export type ColumnRole =
  | "level1"
  | "level2"
  | "level3"
  | "target"
  | "targetAdjusted"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "comparator"
  | "unit"
  | "description"
  | "serial";

const SYNONYMS: Record<ColumnRole, string[]> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  level3: ["三级指标", "三级指标名称", "绩效指标", "指标名称"],
  target: ["年度指标值", "年度目标值", "指标值", "预期指标值", "全年指标值", "年初指标值"],
  targetAdjusted: ["调整指标值"],
  actual: ["实际完成值", "实际完成指标值", "全年实际完成值", "全年完成值", "实际完成情况", "完成值"],
  weight: ["分值", "权重", "指标分值", "指标权重"],
  score: ["得分", "自评得分", "指标得分", "评分"],
  reason: ["偏差原因分析及改进措施", "偏差原因及改进措施", "未完成原因分析", "偏差原因", "原因分析及改进措施"],
  comparator: ["指标性质", "指标方向"],
  unit: ["度量单位", "计量单位", "单位"],
  description: ["绩效指标描述", "指标解释"],
  serial: ["序号"],
};

const ROLE_BY_KEY = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(SYNONYMS) as [ColumnRole, string[]][]) {
  for (const n of names) ROLE_BY_KEY.set(headerKey(n), role);
}

const NEEDS_NORMALISING = /[\s\u3000\uff01-\uff5e()]/;

/** A bitmap over the BMP of the first characters of some labels (no string is made per cell tested). */
function firstChars(labels: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const k of labels) table[k.charCodeAt(0)] = 1;
  return table;
}

/** Cheap pre-check: could this text be one of the labels once normalised? (keeps the 30,000-row scan fast) */
function mayStartLabel(table: Uint8Array, text: string): boolean {
  const c = text.charCodeAt(0);
  return table[c] === 1 || c <= 0x20 || c === 0x3000 || (c >= 0xff01 && c <= 0xff5e);
}

/** The role a header cell names, or null. */
export function headerRole(text: unknown): ColumnRole | null {
  if (typeof text !== "string" || text.length > 30 || text.length === 0 || !mayStartLabel(HEADER_FIRST, text)) return null;
  const direct = ROLE_BY_KEY.get(text);
  if (direct || !NEEDS_NORMALISING.test(text)) return direct ?? null;
  return ROLE_BY_KEY.get(headerKey(text)) ?? null;
}

/** The roles of the funding block's header (项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分). */
export type FundingRole = "initial" | "adjusted" | "budget" | "executed" | "weight" | "rate" | "score";

const FUNDING = new Map<string, FundingRole>(Object.entries({
  年初预算数: "initial",
  年初预算: "initial",
  调整后预算数: "adjusted",
  调整预算数: "adjusted",
  全年预算数: "budget",
  全年预算: "budget",
  全年执行数: "executed",
  全年执行: "executed",
  实际执行数: "executed",
  分值: "weight",
  权重: "weight",
  执行率: "rate",
  预算执行率: "rate",
  得分: "score",
  评分: "score",
  自评得分: "score",
} as Record<string, FundingRole>));

const HEADER_FIRST = firstChars(ROLE_BY_KEY.keys());
const FUNDING_FIRST = firstChars(FUNDING.keys());
const TOTAL_FIRST = firstChars(["总分", "合计", "总计", "得分合计", "分值合计", "自评总分"]);
const FUNDING_TOTAL_FIRST = firstChars(["年度资金总额"]);
const GRADE_FIRST = firstChars(["自评等级", "评价等级", "绩效等级", "等级"]);

/** The role a funding header cell names, or null. */
export function fundingRole(text: unknown): FundingRole | null {
  if (typeof text !== "string" || text.length > 20 || text.length === 0 || !mayStartLabel(FUNDING_FIRST, text)) return null;
  const direct = FUNDING.get(text);
  if (direct || !NEEDS_NORMALISING.test(text)) return direct ?? null;
  return FUNDING.get(headerKey(text)) ?? null;
}

/** Whether a cell starts a total row (总分, 合计, 总计). */
export function isTotalLabel(text: unknown): boolean {
  if (typeof text !== "string" || text.length === 0 || text.length > 20 || !mayStartLabel(TOTAL_FIRST, text)) return false;
  const k = headerKey(text);
  return /^(总分|合计|总计|得分合计|分值合计|自评总分)/.test(k) && k.length <= 12;
}

/** Whether a cell labels the funding total row (年度资金总额). */
export function isFundingTotalLabel(text: unknown): boolean {
  return typeof text === "string" && text.length > 0 && mayStartLabel(FUNDING_TOTAL_FIRST, text) && /^年度资金总额/.test(headerKey(text));
}

/** Whether a cell labels a grade (等级, 自评等级, 评价等级). */
export function isGradeLabel(text: unknown): boolean {
  return typeof text === "string" && text.length > 0 && text.length < 12 && mayStartLabel(GRADE_FIRST, text) && /^(自评|评价|绩效)?等级[:：]?$/.test(headerKey(text));
}
