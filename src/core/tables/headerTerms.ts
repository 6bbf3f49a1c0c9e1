// Header recognition (spec §1, amendment 4): one table of roles and their terms, and the three steps that use it —
// normalise, exact synonym, key term. The indicator block and the funding block are read the same way.
import { nfkc } from "../text";

/** The roles of an indicator table's columns. */
export type ColumnRole =
  | "level1"
  | "level2"
  | "level3"
  | "target"
  | "targetAdjusted"
  | "actual"
  | "actualUnit"
  | "weight"
  | "score"
  | "reason"
  | "comparator"
  | "unit"
  | "description"
  | "serial"
  /** A 指标类型 column: 定量 / 定性, or the level names some templates head so, told apart by its data (typeColumn.ts). */
  | "indicatorType"
  /** A 分值 column beside a level-1 or level-2 column: that block's points (levelWeights.ts), never a row's weight. */
  | "level1Points"
  | "level2Points";

/** The roles of the funding block's columns (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分). */
export type FundingRole = "initial" | "adjusted" | "budget" | "executed" | "weight" | "rate" | "score";

/** How a header cell was recognised: by an exact synonym, or by a key term (step 3). */
export type RecognisedBy = "synonym" | "key-term";

/** One recognised header cell. */
export interface Recognised<R extends string> {
  role: R;
  by: RecognisedBy;
  /** The normalised text the role was read from. */
  key: string;
}

/** A role with its exact synonyms and the key terms tried, in table order, when no synonym matched. */
interface RoleTerms<R extends string> {
  role: R;
  synonyms: readonly string[];
  contains?: readonly string[];
  endsWith?: readonly string[];
  startsWith?: readonly string[];
  /** Texts that never take this role by a key term (总体目标 is not a target; 评分说明 is our own column). */
  except?: readonly string[];
  /** Endings that keep a text from this role by a key term (得分依据, 得分说明: a score's basis, not the score). */
  notEndingIn?: readonly string[];
}

/** How a column giving the basis or reason of a score ends (得分依据, 得分说明, 得分理由, 得分标准): never the score. */
const BASIS_ENDINGS = ["依据", "说明", "理由", "标准"];

/** The indicator block: synonyms (spec §1 table, and the sub-headers of two-row headers), then key terms in priority order. */
const INDICATOR_TERMS: readonly RoleTerms<ColumnRole>[] = [
  {
    role: "reason",
    synonyms: ["偏差原因分析及改进措施", "偏差原因及改进措施", "未完成原因分析", "偏差原因", "原因分析及改进措施"],
    contains: ["原因", "偏差", "改进措施"],
  },
  {
    role: "weight",
    synonyms: ["分值", "权重", "指标分值", "指标权重", "标准分"],
    contains: ["分值", "权重", "满分"],
  },
  {
    role: "score",
    synonyms: ["得分", "自评得分", "指标得分", "评分", "自评分"],
    contains: ["得分"],
    except: ["评分说明"],
    notEndingIn: BASIS_ENDINGS,
  },
  {
    role: "actual",
    synonyms: ["实际完成值", "实际完成指标值", "全年实际完成值", "全年完成值", "实际完成情况", "完成值"],
    contains: ["实际", "完成值", "完成数", "完成情况"],
  },
  { role: "targetAdjusted", synonyms: ["调整指标值", "调整后指标值"] },
  {
    role: "target",
    synonyms: ["年度指标值", "年度目标值", "指标值", "预期指标值", "全年指标值", "年初指标值"],
    endsWith: ["目标值", "指标值", "目标", "计划值"],
    except: ["总体目标", "年度总体目标"],
  },
  { role: "unit", synonyms: ["度量单位", "计量单位", "单位"], contains: ["单位"] },
  { role: "comparator", synonyms: ["指标性质", "指标方向", "符号"], contains: ["性质", "方向"] },
  { role: "level1", synonyms: ["一级指标"], startsWith: ["一级"] },
  { role: "level2", synonyms: ["二级指标"], startsWith: ["二级"] },
  {
    role: "level3",
    synonyms: ["三级指标", "三级指标名称", "绩效指标", "指标名称"],
    startsWith: ["三级"],
    // 指标内容, 具体指标, 考核指标, 评价指标: the indicator's own name (一级指标 and 二级指标 are synonyms above)
    contains: ["指标名称", "指标内容"],
    endsWith: ["指标"],
  },
  { role: "description", synonyms: ["绩效指标描述", "指标解释"], contains: ["描述", "解释"] },
  { role: "serial", synonyms: ["序号", "编号"] },
  { role: "indicatorType", synonyms: ["指标类型", "指标类别"], endsWith: ["类型", "类别"] },
];

/** The funding block (spec §1 "Funding block variants"). */
const FUNDING_TERMS: readonly RoleTerms<FundingRole>[] = [
  { role: "rate", synonyms: ["执行率", "预算执行率"], contains: ["执行率"] },
  {
    role: "executed",
    synonyms: ["全年执行数", "执行数", "预算执行数", "实际支出数", "支出数", "实际执行数", "全年执行"],
    contains: ["执行数", "支出数", "执行金额", "支出金额", "实际支出", "实际执行"],
  },
  { role: "initial", synonyms: ["年初预算数", "年初预算"], startsWith: ["年初预算"] },
  {
    role: "adjusted",
    synonyms: ["调整后预算数", "调整预算数", "调整后预算"],
    startsWith: ["调整"],
    contains: ["调整后预算"],
  },
  {
    role: "budget",
    synonyms: ["全年预算数", "全年预算", "预算数"],
    contains: ["预算数", "预算金额"],
    endsWith: ["预算"],
  },
  { role: "weight", synonyms: ["分值", "权重"], contains: ["分值", "权重", "满分"] },
  {
    role: "score",
    synonyms: ["得分", "评分", "自评得分"],
    contains: ["得分"],
    except: ["评分说明"],
    notEndingIn: BASIS_ENDINGS,
  },
];

/** Longest text (after normalising) still taken for a header: longer cells are data. */
const MAX_HEADER_LENGTH = 24;
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g;

/** Step 1: NFKC (full-width to half-width), no blanks or line breaks, no trailing colon, no bracketed annotations
 *  such as (A), (B/A), (分), (万元), (20分*执行率) or 【…】 when text remains. */
export function normaliseHeader(text: string): string {
  const plain = nfkc(text)
    .replace(/[\s\u200b\ufeff]+/g, "")
    .replace(/[:：]+$/, "");
  const bare = plain.replace(BRACKETED, "");
  return bare === "" ? plain : bare;
}

/** The first key term of `terms` that fits `key`, as a role (step 3). */
function byKeyTerm<R extends string>(key: string, terms: readonly RoleTerms<R>[]): R | null {
  for (const t of terms) {
    if (t.except?.includes(key) || t.notEndingIn?.some((k) => key.endsWith(k))) continue;
    if (
      t.contains?.some((k) => key.includes(k)) ||
      t.endsWith?.some((k) => key.endsWith(k)) ||
      t.startsWith?.some((k) => key.startsWith(k))
    )
      return t.role;
  }
  return null;
}

/** A recogniser over one block's terms, with a bounded memo (a sheet repeats its texts). */
class HeaderRecogniser<R extends string> {
  private readonly synonyms = new Map<string, R>();
  private readonly memo = new Map<string, Recognised<R> | null>();

  constructor(private readonly terms: readonly RoleTerms<R>[]) {
    for (const t of terms) for (const s of t.synonyms) this.synonyms.set(normaliseHeader(s), t.role);
  }

  /** The role a header cell names, or null (a number, an empty or a long text is never a header). */
  recognise(text: unknown): Recognised<R> | null {
    if (typeof text !== "string" || text.length === 0 || text.length > 3 * MAX_HEADER_LENGTH) return null;
    const hit = this.memo.get(text);
    if (hit !== undefined) return hit;
    const found = this.read(text);
    if (this.memo.size < 20000) this.memo.set(text, found);
    return found;
  }

  private read(text: string): Recognised<R> | null {
    const key = normaliseHeader(text);
    if (key === "" || key.length > MAX_HEADER_LENGTH || /^[\d.%-]+$/.test(key)) return null;
    const synonym = this.synonyms.get(key);
    if (synonym) return { role: synonym, by: "synonym", key };
    const role = byKeyTerm(key, this.terms);
    return role ? { role, by: "key-term", key } : null;
  }
}

const indicatorHeaders = new HeaderRecogniser(INDICATOR_TERMS);
const fundingHeaders = new HeaderRecogniser(FUNDING_TERMS);

/** The key terms by which a header takes an indicator role (step 3): the words a cell must contain, or end in, for
 *  it; what a message asks a user to write when a table lacks that column. */
export function keyTermsOf(role: ColumnRole): { contains: readonly string[]; endsWith: readonly string[] } {
  const t = INDICATOR_TERMS.find((x) => x.role === role);
  return { contains: t?.contains ?? [], endsWith: t?.endsWith ?? [] };
}

/** The role an indicator header cell names (steps 1–3), or null. */
export function indicatorRole(text: unknown): Recognised<ColumnRole> | null {
  return indicatorHeaders.recognise(text);
}

/** The role a funding header cell names (steps 1–3), or null. */
export function fundingRole(text: unknown): Recognised<FundingRole> | null {
  return fundingHeaders.recognise(text);
}

/** Points written in brackets in a label: 预算执行情况（20分）, 得分(20分*执行率), 产出指标（60分） → 20, 20, 60. */
export function pointsInLabel(text: unknown): number | null {
  if (typeof text !== "string" || text.length > 3 * MAX_HEADER_LENGTH) return null;
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分/.exec(text);
  return m ? Number(m[1]) : null;
}

/** The key a label is compared by (step 1), for callers matching row labels (总分, 年度资金总额, 其中). */
export function labelKey(text: unknown): string {
  return typeof text === "string" && text.length <= 3 * MAX_HEADER_LENGTH ? normaliseHeader(text) : "";
}
