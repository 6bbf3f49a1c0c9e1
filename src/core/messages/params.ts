// What each finding says, as values: the core emits a code and these parameters; the message tables (zh.ts, en.ts)
// turn them into text once, when the report and the notes are made. Quantities are carried as the cell's own
// notation ("11篇", "95%"), numbers as numbers.
import type { NextStep } from "../nextSteps";
import type { HostMessages } from "./host";
import type { ProfileProblem } from "../profile";
import type { FindingCode } from "../report";

/** Why a cell could not be read (the value reader's failures). */
export type ReadFailure =
  | { code: "INVALID_NUMBER" }
  | { code: "DATE_SERIAL_OUT_OF_RANGE"; serial: number }
  | { code: "OUT_OF_RANGE" }
  | { code: "ERROR_VALUE"; value: string }
  /** Only number signs (######): what Excel shows for a number too wide for its column, copied as text. */
  | { code: "HASH_DISPLAY" }
  /** A point for the thousands separator (1.200人次): `text` the figure as written. */
  | { code: "POINT_AS_SEPARATOR"; text: string }
  | { code: "BOOLEAN_VALUE"; value: string }
  | { code: "UNKNOWN_CONTENT" }
  | { code: "COMPARATOR_ONLY"; text: string }
  | { code: "NO_NUMBER_OR_UNIT"; text: string }
  /** A temperature (2-8℃): figures whose ratio is no score. */
  | { code: "TEMPERATURE"; text: string }
  | { code: "RANGE_REVERSED"; low: number; high: number }
  | { code: "NO_SUCH_DATE"; text: string }
  | { code: "NOT_BEFORE_DEADLINE"; text: string }
  | { code: "FORMULA_NO_RESULT" }
  | { code: "FIGURE_IN_WORDS" }
  /** A completed value without a unit that, read in the target's unit or the 度量单位 column's (`from`) as `read`, is
   *  `times` away from the target. */
  | { code: "UNIT_UNCLEAR"; from: "target" | "column"; read: string; target: string; times: number }
  /** A figure said of some periods only (`text`: 大多数月份 in 大多数月份1次): no count for the year. */
  | { code: "SOME_PERIODS"; text: string };

/** A qualitative band: 0 达成, 1 部分达成, 2 未达成. */
export type BandIndex = 0 | 1 | 2;

/** How a score below the weight was computed. */
export type Formula =
  | { kind: "ratio"; num: number; den: number; weight: number }
  | { kind: "below-range"; num: number; den: number; weight: number }
  /** Above the upper bound of a range on a lower-is-better row (a cost, a time limit): upper bound / completed. */
  | { kind: "above-range"; num: number; den: number; weight: number }
  | { kind: "zero-target"; target: number }
  /** Below a floor of 0 (≥0 against a fall): any shortfall scores 0. */
  | { kind: "zero-floor"; target: number }
  | { kind: "smaller-over-larger"; weight: number };

/** Words that come before a band's explanation: a deadline that was missed. */
export interface LateLead {
  actual: string;
  target: string;
}

/** Why words saying 达成 were of work done late: a date after the deadline, or a word (延期完成). */
export type Overdue = { kind: "date" } | { kind: "words"; word: string };

/** A completed grade below the grade the target asks (合格 against 良好及以上): the two words. */
export interface GradeGap {
  actual: string;
  target: string;
}

/** Why a row scored below its weight (the explanation NOT_MET_NO_REASON and QUALITATIVE_REVIEW repeat). */
export type Shortfall =
  | {
      kind: "quantity";
      actual: string;
      /** at-floor, at-cap: exactly the figure of a strict bound (3次 against ＞3次, 5% against <5%), so not met. */
      relation: "below" | "above" | "differs" | "at-floor" | "at-cap";
      target: string;
      formula: Formula;
      score: number;
    }
  | {
      kind: "band";
      actual: string;
      band: 1 | 2;
      point: number;
      weight: number;
      score: number;
      lead: LateLead | null;
      /** The words alone were 达成; work done late made them 部分达成. */
      late: Overdue | null;
      /** The words alone were 达成 (or no band); a grade below the one asked made them this band. */
      below?: GradeGap;
      /** The words alone were 达成; a pass after rework (this word: 整改, 复验) against a first try asked made them 未达成. */
      retry?: string;
    }
  /** A row the rules could not decide, scored by the score a person wrote in its 得分 cell or the band they `picked`. */
  | { kind: "person"; actual: string; weight: number; score: number; picked?: BandIndex };

/** Where a completed value's words put its true figure against the figure written (超过 above, 以上 at-least, 多
 *  just-above, 不到 below, 以内 at-most, 近 just-below). */
export type FigureRelation = "above" | "at-least" | "just-above" | "below" | "at-most" | "just-below";

/** One header cell the reader did not place. */
export interface IgnoredHeaderParam {
  column: string;
  text: string;
  duplicate: boolean;
  /** Recognised as someone else's score (主管部门复核得分): never read nor written. */
  otherParty?: boolean;
  /** `part-year`: covers part of the year (1-6月) beside a column of the whole year, which was read; `period-unclear`:
   *  one of several completed values none of which says it covers the whole year: none was read; `part-only`: the only
   *  completed value, of part of the year: not read; `forecast`: a forecast of the year (全年预计完成值) beside the
   *  completed value, which was read; `forecast-only`: a forecast and no completed value read. */
  period?: "part-year" | "period-unclear" | "part-only" | "forecast" | "forecast-only";
}

/** Whether ignored headers hold one no role fits (未能识别), not only columns placed elsewhere or left to others. */
export const anyUnknownHeader = (hs: readonly IgnoredHeaderParam[]) =>
  hs.some((h) => !h.duplicate && !h.otherParty && !h.period);

/** A header row that lacks only its 年度指标值 column, where no table was found (1-based row). */
export interface NearHeaderParam {
  sheet: string;
  row: number;
  /** The endings by which a header is read as a target (目标值, 指标值 …). */
  terms: readonly string[];
  ignored: IgnoredHeaderParam[];
}

/** A label above a table without a total row (自评得分, 自评等级) and the cell right of it (F3) holding the total or
 *  grade; `kept`: the other text that cell already held, left as it is (null: it holds ours). */
export interface LabelledAt {
  label: string;
  cell: string;
  kept: string | null;
}

/** The parameters of every finding code. */
/** A funding figure the rate cannot be worked out from: empty, not a number (`text`), or a budget of 0 or less. */
export type FundingProblem =
  | {
      role: "budget" | "executed";
      /** `unit`: a figure with a money unit that neither the other figure nor the block's header gives; `formula`: a
       *  formula with no result (saved by a tool that does not calculate). */
      kind: "empty" | "unreadable" | "zero" | "negative" | "unit" | "formula";
      text: string | null;
    }
  /** The executed figure a thousand times or more from the budget, either way (980000 against 100 in a 万元 block):
   *  written in another unit; `times` how far apart, rounded. */
  | { role: "executed"; kind: "scale"; text: string; budget: string; times: number }
  /** The block's 分值 cell holds no weight: a number below 0, no number (待定), or a formula without a result. */
  | { role: "weight"; kind: "negative" | "unreadable" | "formula"; text: string };

/** A part of the funding block (其中：财政拨款) scored by its own 分值: its label, weight and score (null: no 分值). */
export interface FundingPart {
  label: string;
  weight: number | null;
  score: number | null;
}

/** What a person gave a row waiting for one: `person`, the score written in its 得分 cell and counted; `picked` when
 *  it is the score of the band picked in the pane; `asBand` the band whose score a written one equals. */
export interface PersonChoice {
  person?: number;
  picked?: BandIndex;
  asBand?: BandIndex;
}

export interface FindingParams {
  TARGET_UNPARSEABLE: { text: string; reason: ReadFailure };
  ACTUAL_UNPARSEABLE: { text: string; reason: ReadFailure };
  /** `mark`: the completed value is a not-applicable mark (不适用, /) against a real target, not an empty cell. */
  ACTUAL_MISSING:
    | { kind: "row"; target: string; mark?: string }
    | { kind: "table"; terms: readonly string[]; ignored: IgnoredHeaderParam[] };
  UNIT_MISMATCH: { targetUnit: string; actualUnit: string };
  WEIGHT_MISSING:
    /** `negative`: the cell holds a number below 0 (-5); `merged`: the A1 range of one weight cell merged over
     *  this row and others (F11:F12), which cannot tell each row's weight. */
    | { kind: "row"; text: string | null; negative?: true; merged?: string }
    | { kind: "table"; comparable: number; met: number; terms: readonly string[]; ignored: IgnoredHeaderParam[] };
  /** `mark`: the target is a not-applicable mark (/) against a real completed value (`actual`), not an empty cell. */
  TARGET_MISSING: { weight: number; mark?: string; actual?: string };
  /** `weight` null: the row's weight is missing (WEIGHT_MISSING). */
  TOTAL_INCOMPLETE: { partial: number; waiting: { row: number; name: string; weight: number | null }[] };
  NOT_MET_NO_REASON: { shortfall: Shortfall };
  OVER_ACHIEVED:
    | {
        kind: "above";
        actual: string;
        target: string;
        percent: number | null;
        threshold: number;
        deducted: number | null;
      }
    | { kind: "range"; actual: string; range: string; high: string; percent: number | null };
  QUALITATIVE_REVIEW:
    /** The reviews of a row waiting for a person carry what a person gave it (PersonChoice). */
    /** `unsaid`: the aspects of a target of several (`target`: 按时足额发放) the words do not say (按时 for 足额发放). */
    | ({
        kind: "no-band";
        actual: string;
        lead: LateLead | null;
        target?: string;
        unsaid?: string[];
      } & PersonChoice)
    | { kind: "band"; shortfall: Shortfall & { kind: "band" } }
    | { kind: "figure-by-words"; actual: string; target: string }
    /** The one figure in the target's unit among other words and figures (`figure`), scored. */
    | { kind: "figure-in-unit"; actual: string; figure: string; target: string }
    /** Several figures in the target's unit among words (10套中的8套): which one was reached is not said; not scored. */
    | ({
        kind: "figures-differ";
        actual: string;
        figures: string[];
        target: string;
      } & PersonChoice)
    /** A share of the task done against a figure in another unit (完成任务的60% against ≥100亩), counted as that share. */
    | { kind: "share-of-target"; actual: string; target: string; counted: string }
    /** A survey's grades listed one by one (非常满意60%，满意35%): counted as the sum of `grades`, `counted`; the grades
     *  `left` (基本满意8%, 不满意2%) are not in it. */
    | { kind: "survey-grades"; actual: string; grades: string[]; left: string[]; counted: string }
    /** A completed value listing labelled parts of one whole (省级媒体3篇，市级媒体8篇): counted as their sum; or, with
     *  `total`, scored by the total written after them (共12篇: 12篇), which their sum `counted` (11篇) misses; with
     *  `side` target, `actual` is a target read as such a total (城区5个，农村6个，共12个). */
    | { kind: "parts-summed"; actual: string; parts: string[]; counted: string; total?: string; side?: "target" }
    /** A rate answered by two counts (验收10个，合格9个): counted as `part` out of `whole`, `counted`. */
    | { kind: "count-ratio"; actual: string; part: string; whole: string; complement: string | null; counted: string }
    /** A deadline without a year (12月底前), in a table whose title gives none, read in the year of the completed
     *  date (`year`, from 2022年1月): on time, scored. */
    | { kind: "deadline-year"; actual: string; target: string; year: number }
    /** A completed month without a year (4月) read in the year of a deadline after the table's (2022年3月前): late. */
    | { kind: "target-year"; actual: string; target: string; year: number }
    /** January or February on time against a November or December deadline, neither with a year (1月10日 against
     *  12月31日前): read in one year, scored; the year after would make it late. */
    | { kind: "year-wrap"; actual: string; target: string }
    | { kind: "remark-contradicts"; text: string; figure: string; note: string }
    /** Two labelled figures or more in one cell (上半年95%，下半年97%): the first (`figure`) counted, `other` not;
     *  `count` when more than two. */
    | { kind: "two-figures"; text: string; figure: string; other: string; count?: number }
    /** A target's labelled conditions (城区≥95%，农村≥90%) each scored against the completed part with its label
     *  (`pairs`), those `missed` not met. */
    | { kind: "paired"; pairs: { target: string; actual: string }[]; missed: string[] }
    /** A completed rate with a change word (下降3%) against a name for the opposite change (negative: counted as
     *  `counted`, -3%) or a name without a change word (unknown: counted as written); or (complement) a rate named as
     *  the other side of the indicator's (`word` 完好率 against 设备故障率), counted as the rest `counted` of `whole`. */
    | {
        kind: "change-words";
        text: string;
        word: string;
        name: string;
        counted: string;
        reading: "negative" | "unknown" | "signed" | "complement";
        whole?: string;
      }
    /** A completed value whose only figure is labelled as planned or expected (`label`: 计划培训, 预计达到), or as an
     *  earlier year's (`earlier`; `label`: 去年, 上年). */
    | ({
        kind: "planned" | "earlier";
        actual: string;
        label: string;
        target: string;
      } & PersonChoice)
    /** A completed value whose figure is labelled as another year's than the table's `year` or several years' (`label`:
     *  2022年, 次年, 三年累计). */
    | ({
        kind: "other-year";
        actual: string;
        label: string;
        year: number;
        target: string;
      } & PersonChoice)
    /** A completed value whose figure is labelled as a difference (`label`: 较上年增加, 超预算), not the figure reached. */
    | ({
        kind: "difference";
        actual: string;
        label: string;
        target: string;
      } & PersonChoice)
    /** A completed value whose figure is said not to be done (`label`: 未完成, 尚未完工), not the figure reached. */
    | ({
        kind: "undone";
        actual: string;
        label: string;
        target: string;
      } & PersonChoice)
    /** A completed value whose figure is labelled as a step before the result (`sort` "step"; `label`: 开工, 受理,
     *  招标中) or as projected, potential, a capacity, a contract or a promise ("estimate"; 预计, 可培训, 合同价). */
    | ({
        kind: "not-reached";
        actual: string;
        label: string;
        sort: "step" | "estimate";
        target: string;
      } & PersonChoice)
    /** A completed value whose percent is named as the opposite rate (`measure`: 不满意率) of what `name` measures. */
    | ({
        kind: "complement";
        actual: string;
        measure: string;
        name: string;
        target: string;
      } & PersonChoice)
    /** A completed value whose percent is named as a rate (`measure`: 调整率) running the other way from what `name`
     *  (预算编制准确率) measures, or (`sameWay`) another rate of the same way (合格率 against 工程优良率). */
    | ({
        kind: "other-measure";
        actual: string;
        measure: string;
        sameWay: boolean;
        name: string;
        target: string;
      } & PersonChoice)
    /** A completed-value cell merged down over `count` indicator rows (`range`): each row was scored by its text. */
    | { kind: "shared-actual"; range: string; count: number; actual: string }
    /** A completed figure below zero (-2万元) against an upper limit (≤50万元) on a row that counts no change: a cost,
     *  count or rate cannot be below zero, so the limit is not taken as met. */
    | ({ kind: "negative"; actual: string; target: string } & PersonChoice)
    /** A completed value that places its true figure on one side only (不到90%) where that side cannot be scored. */
    | ({
        kind: "figure-open";
        actual: string;
        relation: FigureRelation;
        figure: string;
        target: string;
      } & PersonChoice);
  /** `over`: the total, above the full mark, so not graded. */
  WEIGHTS_NOT_FULL: { sum: number; full: number; over?: number };
  /** `total`: the table's total cell (a formula left as it is), not a row's score; `words`: kept because the cell holds
   *  the user's words (见佐证材料), not a number; `rate`: the funding block's 执行率 cell (`computed` in percent);
   *  `noResult`: a formula without a result (saved by a tool that does not calculate), `text` its formula. */
  SCORE_DIFFERS: {
    old: number | null;
    text: string;
    computed: number;
    kept: boolean;
    formula: boolean;
    total?: true;
    words?: true;
    rate?: true;
    noResult?: true;
  };
  SCORE_ABOVE_WEIGHT: { old: number; weight: number };
  /** `funding`: the funding score the rules give, counted in `sum` because its 得分 cell is empty. */
  TOTAL_DIFFERS: { old: number; sum: number; funding?: number };
  BUDGET_RATE_LOW: { rate: number; limit: number; score: number };
  UNIT_ASSUMED:
    /** A bare figure at most 1 beside a percent, read as a fraction: the completed value's (fraction) or the target's. */
    | { kind: "fraction"; value: number; percent: number }
    | { kind: "target-fraction"; value: number; percent: number }
    | { kind: "actual-in-target-unit"; value: number; unit: string }
    | { kind: "target-in-actual-unit"; value: number; unit: string }
    /** 298.5万 against 万元: read as 298.5 (`value`) 万元 (`unit`). */
    | { kind: "actual-multiplied" | "target-multiplied"; text: string; value: number; unit: string }
    /** People against visits (人 against 人次): compared as one count. */
    | { kind: "persons-as-visits"; target: string; actual: string }
    /** Working days against another duration (天 against 个工作日): a working day compared as a day; against weeks
     *  (`week`), a week as 5 working days. */
    | { kind: "workdays-as-days"; target: string; actual: string; week: boolean }
    /** A count of 名 or 位 (8名) beside a place in a ranking (第8名, 前10名): read as a place. */
    | { kind: "as-place"; side: "target" | "actual"; text: string }
    /** A figure per another unit of the same measure than the target's (6.4元/公斤 against 元/斤): restated per the
     *  target's (`value` `unit`: 3.2 元/斤). */
    | { kind: "per-basis"; text: string; value: number; high: number | null; unit: string }
    /** A fall (下降5.2%) under a name counting a change with its sign (三公经费变动率): counted as `counted` (-5.2%). */
    | { kind: "signed-change"; text: string; word: string; counted: string }
    /** A fraction (19/20) against a target of its second figure (≥20个): the first counted as done (`part` of `whole`). */
    | { kind: "fraction-of-target"; text: string; part: string; whole: string }
    /** A figure per unit and the count of units (每场50人，共20场): counted as `each` times `count` (20场, or 2 for
     *  汛前汛后), `counted` (1000人). */
    | { kind: "units-times"; text: string; each: string; count: string; counted: string }
    /** A target in either of two count units (≥10台（套）): a completed figure in the other (`other`) counted in `unit`. */
    | { kind: "either-unit"; target: string; unit: string; other: string }
    /** A figure below zero (-8%) against a target asking a fall (下降5%): counted as the fall's size (8%). */
    | { kind: "fall-size"; text: string; target: string; counted: string }
    /** A score on a hundred-point scale (95分) beside a percent: read as percentage points. */
    | { kind: "points-as-percent"; side: "target" | "actual"; text: string }
    /** Points out of the full mark a remark states (4.6分（满分5分）) beside a percent: read as a share of it. */
    | { kind: "points-of-full"; side: "target" | "actual"; text: string; full: number };
  DIRECTION_INFERRED: {
    target: string;
    comparator: ">=" | "<=";
    /** zero: the target is 0 (0起), so ≤; time-limit: a length of time in a 时效 row (办理时限 3天), so ≤; change: the
     *  size of a change asked (下降1个百分点, 降低10%), so ≥ whichever way the indicator runs; negative: a target below
     *  zero (-5%) where the names decide nothing, a fall at least that large, so ≤; quota: a word bound by a quota
     *  (控制在预算内) against a percent, so ≤100%. */
    basis:
      "keyword" | "cost-category" | "time-limit" | "zero" | "negative" | "change" | "deviation" | "quota" | "default";
    keyword: string | null;
  };
  /** bound: a completed value written with ≥ or ≤ (≥95%). */
  /** range-top: a range counted at its upper end, the cautious one under a ≤ target. */
  APPROXIMATE_VALUE: { kind: "range" | "range-top" | "approximate" | "bound"; text: string; counted: string };
  REMARK_IGNORED: { side: "target" | "actual"; text: string; figure: string; note: string };
  NOT_APPLICABLE_RESCALED: { rows: number; sum: number; applicable: number; full: number; total: number };
  WEIGHTS_DIFFER_FROM_PROFILE:
    | { kind: "level1"; diffs: { name: string; table: number; profile: number }[] }
    | { kind: "funding"; table: number; profile: number }
    /** The funding block read otherwise than by its total row's 分值 and figures: `parts`, the labels whose sums stand
     *  for the missing 年度资金总额 row (null: the total row's figures); `from`, the part whose 分值 is the block's;
     *  `written` false when no 得分 cell is the block's. */
    | {
        kind: "funding-sum";
        parts: string[] | null;
        from: string | null;
        weight: number;
        rate: number;
        score: number;
        written: boolean;
      }
    /** Parts scored each by its own 分值 and rate (`weight` null: a part without one, not scored); `score` their sum. */
    | { kind: "funding-parts"; parts: FundingPart[]; score: number };
  /** A higher-is-better rate capped (`should` ≥) or a rate of something bad floored (`should` ≤); with `column`, the
   *  direction column's text, when it is what runs against the target's comparator. */
  DIRECTION_SUSPECT: { name: string; target: string; should: ">=" | "<="; column?: string };
  QUANTITY_CAPPED: { name: string; target: string; description: string | null };
  COST_FLOOR: { name: string; target: string };
  QUALITATIVE_IN_QUANTITY: { name: string; target: string };
  TARGET_MISSING_UNIT: { name: string; target: string };
  DUPLICATE_INDICATOR: { name: string; firstRow: number };
  LEVEL2_MISSING: { missing: string[] };
  MERGED_SCORE_CELL: { range: string; count: number };
  NO_INDICATORS: { header: string };
  /** `points` divided; `of`: the block's printed points when its rows' own points took part of them, else null. */
  WEIGHTS_FROM_BLOCKS: {
    block: string;
    points: number;
    of?: number | null;
    rows: number;
    each: number;
    last: number | null;
  };
  /** What keeps the funding block's rate from being worked out: an empty figure, one that is not a number (`text`),
   *  or a budget of 0 or less (`text`: the budget); `weight`: the block's points, not scored. */
  /** `weight` null: the block's own weight cell is unread (a problem of role "weight"). */
  FUNDING_MISSING: { problems: FundingProblem[]; weight: number | null };
  /** `rows` indicators whose level-3 name printed their points; `example`: the first such name. */
  WEIGHTS_FROM_NAMES: { rows: number; example: string };
  /** `rows` weights written as a percent of the full mark; `example`: the first such cell's text, `points` its points. */
  WEIGHTS_FROM_PERCENT: { rows: number; example: string; points: number; full: number };
  /** The table's hidden rows (1-based): all of them, or (`many`) the first ten and how many; `unknown`: Excel could not
   *  tell which. */
  HIDDEN_ROWS: { kind: "rows"; rows: number[] } | { kind: "many"; rows: number[]; count: number } | { kind: "unknown" };
  /** The hidden columns the table reads or writes (letter and header text), or (`unknown`) that Excel could not tell
   *  which columns of the sheet are hidden. */
  HIDDEN_COLUMNS: { kind: "columns"; columns: { column: string; header: string }[] } | { kind: "unknown" };
  SCORED_BY_WORDS: { actual: string; band: BandIndex };
  /** A word target answered with a share done (完成80%): the band its `percent` falls in by the profile's `floors`. */
  /** The executed figure above the budget: the `rate` (above 1) and the `score` at 100 %. */
  BUDGET_OVERRUN: { budget: number; executed: number; rate: number; score: number };
  /** A label's printed `points` against the 分值 its `rows` add up to (`weights`); `rows` null: the funding block's. */
  BLOCK_POINTS_DIFFER: { label: string; points: number; weights: number; rows: number | null };
  /** A table on `sheet` at `range` that `mark` (its title, or a cell above or in its header) says is an example. */
  EXAMPLE_TABLE_SKIPPED: { sheet: string; range: string; mark: string };
  /** `all`: the target asking all of the work (应保尽保, 12月底前), whose 达成 floor is 100 %. */
  BAND_FROM_DEGREE: { actual: string; percent: number; band: BandIndex; floors: [number, number]; all?: string };
  HEADER_IGNORED: { headers: IgnoredHeaderParam[] };
  SCORE_COLUMN_MISSING: { terms: readonly string[]; ignored: IgnoredHeaderParam[] };
  /** `row`: the repeated header's first row (1-based). */
  HEADER_REPEATED: { row: number };
  /** `yearly`: the figure counted over the year, with its unit (4次). */
  PERIOD_CONVERTED: { side: "target" | "actual"; text: string; yearly: string };
  /** `grade`: the grade when no 等级 label under the table takes it (none, or `gradeAt` above it), else null;
   *  `totalAt`, `gradeAt`: the labels above the table whose cells hold them (LabelledAt). */
  TOTAL_NOT_WRITTEN: { total: number; grade: string | null; totalAt?: LabelledAt; gradeAt?: LabelledAt };
  /** zero: words read as the figure 0 (`counted`: 0起); words: they answer a target that asks for none. */
  /** compliant: words saying no breach was found (无违规使用资金情况) against a target asking the rules kept (合规). */
  NONE_OCCURRED:
    { kind: "zero"; actual: string; counted: string } | { kind: "words" | "compliant"; actual: string; target: string };
}

/** A finding as the core makes it: a code, the cell it concerns (null for the table) and its values. */
export interface Issue<C extends FindingCode = FindingCode> {
  code: C;
  cell: string | null;
  params: FindingParams[C];
}

/** One language's texts: a short title and a message for every finding code, the reader's failures, file errors. */
export interface Messages {
  titles: { [C in FindingCode]: string };
  findings: { [C in FindingCode]: (p: FindingParams[C]) => string };
  readFailure: (f: ReadFailure) => string;
  /** A problem with a profile's data (the CLI's --profile file, the pane's editor, a profile stored in a workbook). */
  profileProblem: (p: ProfileProblem) => string;
  noTableFound: string;
  /** NO_TABLE_FOUND where a header lacks only its target column: the row and the headers not read. */
  noTableNearHeader: (p: NearHeaderParam) => string;
  /** One of the officer's next steps (an action on its cells). */
  nextStep: (s: NextStep) => string;
  /** The last step after any other: score again. */
  rescore: string;
  /** Between steps on one line. */
  stepSeparator: string;
  /** The Excel host's refusals and notices. */
  host: HostMessages;
  /** The command line's texts. */
}
