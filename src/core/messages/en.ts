// The English message table: one title and one message per finding code, with the same numbers as zh.ts.
// Plain ASCII punctuation; Chinese appears only inside quoted cell texts and names.
import { fmtNumber as n, fmtScore as s } from "../score/rounding";
import { hostEn } from "./host.en";
import {
  anyUnknownHeader,
  type BandIndex,
  type FigureRelation,
  type Formula,
  type FindingParams,
  type FundingProblem,
  type IgnoredHeaderParam,
  type LabelledAt,
  type LateLead,
  type Messages,
  type Shortfall,
} from "./params";

const BANDS = ["achieved", "partly achieved", "not achieved"];
/** Where a completed value's words put the figure reached (不到90%: less than 90%). */
const SIDE: Record<FigureRelation, string> = {
  above: "more than",
  "at-least": "at least",
  "just-above": "a little more than",
  below: "less than",
  "at-most": "at most",
  "just-below": "nearly but less than",
};

function formula(f: Formula): string {
  switch (f.kind) {
    case "ratio":
      return `${n(f.num, 4)}/${n(f.den, 4)}×${n(f.weight)}`;
    case "below-range":
      return `below the range: ${n(f.num, 4)}/${n(f.den, 4)}×${n(f.weight)}`;
    case "above-range":
      return `above the range: ${n(f.num, 4)}/${n(f.den, 4)}×${n(f.weight)}`;
    case "zero-target":
      return `any excess over a target of ${n(f.target, 4)} scores 0`;
    case "zero-floor":
      return `any shortfall below a target of ${n(f.target, 4)} scores 0`;
    case "smaller-over-larger":
      return `smaller/larger×${n(f.weight)}`;
  }
}

/** Cells as a step names them: K18, I11, I12, or the first six and how many more. */
const cellList = (cells: readonly string[]) =>
  cells.length > 6 ? `${cells.slice(0, 6).join(", ")} and ${cells.length - 6} more` : cells.join(", ");

/** Header cells as a message lists them: column E "执行情况", column F "标准分". */
const headerList = (hs: readonly IgnoredHeaderParam[]) =>
  hs.map((h) => `column ${h.column} "${h.text}"${why(h)}`).join(", ");
/** Why a listed header was not read ("" for one no role fits). */
function why(h: IgnoredHeaderParam): string {
  if (h.period) return PERIOD_WHY[h.period];
  return h.duplicate ? " (same meaning as another column, which was read)" : h.otherParty ? OTHER_PARTY : "";
}
/** Completed values none of which says it is the whole year's, as a list of ignored headers says it. */
const PERIOD_UNCLEAR = " (several completed-value columns, none said to be the whole year's: none is guessed)";
/** What a completed-value column left out for its period or as a forecast holds. */
const PERIOD_WHY: Record<NonNullable<IgnoredHeaderParam["period"]>, string> = {
  "part-year": " (part of the year; the whole year's column was read)",
  "period-unclear": PERIOD_UNCLEAR,
  "part-only": " (part of the year, not the whole year's completed values)",
  forecast: " (a forecast, not a completed value; the completed-value column was read)",
  "forecast-only": " (a forecast, not a completed value)",
};
/** A missing completed-value column: several, none said to be the whole year's; only part of the year's or a
 *  forecast; or none recognised. */
function noActualColumn(p: { terms: readonly string[]; ignored: IgnoredHeaderParam[] }): string {
  const unclear = p.ignored.filter((h) => h.period === "period-unclear");
  const notYear = p.ignored.filter((h) => h.period && h.period !== "period-unclear");
  const others = unread(p.ignored.filter((h) => !h.period));
  if (unclear.length > 0) {
    const list = unclear.map((h) => `column ${h.column} "${h.text}"`).join(", ");
    const also = notYear.length ? `; ${headerList(notYear)}` : "";
    return `The table has ${unclear.length} completed-value columns (${list}) and none says it is the whole year's, so none is guessed: head the whole year's column "全年" or "1-12月"${also}${others}`;
  }
  if (notYear.length > 0)
    return `The table has no completed-value column for the whole year: ${headerList(notYear)}; the year's targets cannot be scored against it. If the figures are the whole year's, head the column "实际完成值" or "1-12月实际完成值"${others}`;
  return `The table has no recognisable completed-value column (its header should contain ${termList(p.terms)})${unread(p.ignored)}`;
}
/** A score column of a reviewer or another party, as a list of ignored headers says it. */
const OTHER_PARTY = " (a score given by a reviewer or another party: neither read nor written)";
/** Header words as a message lists them: "实际", "完成值" or "完成情况". */
const termList = (ts: readonly string[]) =>
  ts.length > 1
    ? `${ts
        .slice(0, -1)
        .map((t) => `"${t}"`)
        .join(", ")} or "${ts[ts.length - 1]}"`
    : `"${ts[0] ?? ""}"`;
/** The headers not read, after a missing column: "; headers not recognised: column E "执行情况"" ("" when none). */
const unread = (hs: readonly IgnoredHeaderParam[]) => (hs.length ? `; headers not recognised: ${headerList(hs)}` : "");

/** The funding block read from its parts (WEIGHTS_DIFFER_FROM_PROFILE, funding-sum and funding-parts). */
function fundingReadEn(
  p: Exclude<FindingParams["WEIGHTS_DIFFER_FROM_PROFILE"], { kind: "level1" | "funding" }>,
): string {
  if (p.kind === "funding-parts") {
    const none = p.parts.filter((x) => x.weight === null).map((x) => x.label);
    const each = p.parts
      .filter((x) => x.weight !== null)
      .map((x) => `"${x.label}" ${n(x.weight!)} points: ${s(x.score!)}`);
    const unscored = none.length
      ? `; ${none.join(", ")} ${none.length > 1 ? "have" : "has"} no weight, not scored`
      : "";
    return `The funding block's parts are scored by their own weights and rates: ${each.join(", ")}; ${s(p.score)} in all${unscored}; please check`;
  }
  const basis = p.parts
    ? `No 年度资金总额 row in the funding block: its rate is that of the sum of ${p.parts.map((x) => `"${x}"`).join(", ")}`
    : "The funding block's rate is its total row's";
  const from = p.from ? `, its weight the ${n(p.weight)} points in the "${p.from}" row` : `, its weight ${n(p.weight)}`;
  return `${basis}, ${n(p.rate * 100, 2)}%${from}: ${s(p.score)} points${p.written ? "" : " (not written: the block has no score cell of its own)"}; please check`;
}

const late = (l: LateLead | null, sep: string) => (l ? `finished ${l.actual}, after ${l.target}${sep}` : "");
const band = (b: BandIndex) => BANDS[b];
/** no budget, the executed figure "12O.5" is not a number, the budget is 0, the executed figure "95万元" has a unit … */
function fundingProblemEn(p: FundingProblem): string {
  const name = p.role === "weight" ? "weight" : p.role === "budget" ? "budget" : "executed figure";
  if (p.kind === "formula") return `the ${name}'s formula "${p.text}" has no result (recalculate and save it in Excel)`;
  if (p.role === "weight")
    return p.kind === "negative" ? `the weight "${p.text}" is negative` : `the weight "${p.text}" is not a number`;
  if (p.kind === "scale")
    return `the ${name} ${p.text} is about ${p.times} times apart from the budget ${p.budget}, so one is in another unit (yuan against 10,000 yuan); check the units`;
  if (p.kind === "empty") return `no ${name}`;
  if (p.kind === "unit") return `the ${name} "${p.text}" has a unit that neither the other figure nor the header gives`;
  if (p.kind === "negative") return `the ${name} is negative, ${p.text}`;
  return p.kind === "zero" ? `the ${name} is ${p.text}` : `the ${name} "${p.text}" is not a number`;
}

/** the total 95.50 is in F3, right of "自评得分"; or F3, right of "自评得分", already holds "90" and is left as it is: … */
function labelledEn(at: LabelledAt, what: string): string {
  const where = `${at.cell}, right of "${at.label}"`;
  return at.kept === null
    ? `${what} is in ${where}`
    : `${where}, already holds "${at.kept}" and is left as it is: ${what} is in the report only`;
}

/** A row waiting for a person: choose a band and write its score (after `ask`), or the band a person picked or the
 *  score a person wrote, counted. */
function personOr(p: { person?: number; picked?: BandIndex; asBand?: BandIndex }, ask: string): string {
  const { person, picked, asBand } = p;
  if (person !== undefined && picked !== undefined)
    return `scored ${n(person)} points for the band a person chose, ${band(picked)}`;
  const which = asBand === undefined ? "" : ` (${band(asBand)})`;
  if (person !== undefined)
    return `counted at the ${n(person)} points already in its score cell${which}; please confirm they are a person's band`;
  return `${ask}choose achieved / partly achieved / not achieved and write its score in the score cell; not scored yet`;
}

/** How a completed figure stands to the target's (at-floor: exactly a strict floor's figure, 3次 against ＞3次). */
const RELATION = {
  below: "below",
  above: "above",
  differs: "different from",
  "at-floor": "not above",
  "at-cap": "not below",
};

/** The explanation of a score below the weight. */
function shortfall(f: Shortfall): string {
  if (f.kind === "quantity") {
    const how =
      f.formula.kind === "zero-target" || f.formula.kind === "zero-floor"
        ? `${formula(f.formula).slice(0, -1)}${s(f.score)}`
        : `${formula(f.formula)} = ${s(f.score)}`;
    return `Completed ${f.actual} is ${RELATION[f.relation]} the target ${f.target}: ${how}`;
  }
  if (f.kind === "person" && f.picked !== undefined)
    return `"${f.actual}" is scored ${s(f.score)} of ${n(f.weight)} for the band a person chose, ${band(f.picked)}`;
  if (f.kind === "person")
    return `"${f.actual}" is scored ${s(f.score)} of ${n(f.weight)}, the score already in its score cell`;
  const said = f.late?.kind === "words" && f.late.word !== f.actual ? ` says "${f.late.word}" (late) and` : "";
  const overdue = f.late ? " (work done late is not achieved)" : "";
  const grade = f.below && `the grade "${f.below.actual}"${f.actual === f.below.actual ? "" : ` in "${f.actual}"`}`;
  const subject = grade ? `${grade}, below the "${f.below!.target}" the target asks,` : `"${f.actual}"`;
  const retry = f.retry ? ` says "${f.retry}", not the first-time pass the target asks, and` : "";
  return `${late(f.lead, "; ")}${subject}${said}${retry} is ${band(f.band)}${overdue}: ${n(f.point * 100)}%×${n(f.weight)} = ${s(f.score)}`;
}

/** The English message table. */
export const en: Messages = {
  titles: {
    TARGET_UNPARSEABLE: "Target cannot be read",
    ACTUAL_UNPARSEABLE: "Completed value cannot be read",
    ACTUAL_MISSING: "Completed value missing",
    UNIT_MISMATCH: "Units do not match",
    WEIGHT_MISSING: "Weight missing",
    TARGET_MISSING: "Target missing",
    TOTAL_INCOMPLETE: "Total withheld",
    NOT_MET_NO_REASON: "Not met, no reason given",
    OVER_ACHIEVED: "Far above target, explain why",
    QUALITATIVE_REVIEW: "Completed value needs a person's check",
    WEIGHTS_NOT_FULL: "Weights do not add up to the full mark",
    SCORE_DIFFERS: "Existing score does not follow the rules",
    SCORE_ABOVE_WEIGHT: "Existing score above its weight",
    TOTAL_DIFFERS: "Existing total differs from the sum",
    BUDGET_RATE_LOW: "Low execution rate, reason needed",
    UNIT_ASSUMED: "No unit written, read from the row",
    DIRECTION_INFERRED: "Target says neither at least nor at most",
    APPROXIMATE_VALUE: "Approximate or range value",
    REMARK_IGNORED: "Remark after the figure not scored",
    NOT_APPLICABLE_RESCALED: "Total rescaled without not-applicable rows",
    WEIGHTS_DIFFER_FROM_PROFILE: "Weights differ from the profile",
    DIRECTION_SUSPECT: "At least / at most may be reversed",
    QUANTITY_CAPPED: "Quantity capped from above",
    COST_FLOOR: "Cost with a lower bound",
    QUALITATIVE_IN_QUANTITY: "Quantity target without a number",
    TARGET_MISSING_UNIT: "Target has no unit",
    DUPLICATE_INDICATOR: "Duplicate indicator",
    LEVEL2_MISSING: "Required level-2 category missing",
    MERGED_SCORE_CELL: "Score cell merged across rows",
    NO_INDICATORS: "No indicator rows",
    WEIGHTS_FROM_BLOCKS: "Weights divided from block points",
    SCORED_BY_WORDS: "Scored by words, no figure",
    HEADER_IGNORED: "Some columns not used (header not recognised)",
    SCORE_COLUMN_MISSING: "No score column: scores not written",
    HEADER_REPEATED: "Header printed again (read as one table)",
    PERIOD_CONVERTED: "Converted to the year",
    TOTAL_NOT_WRITTEN: "No total row",
    NONE_OCCURRED: "Completed value read as none occurred",
    WEIGHTS_FROM_NAMES: "Weights read from names",
    WEIGHTS_FROM_PERCENT: "Weights read as percents",
    HIDDEN_ROWS: "Hidden rows in the table",
    HIDDEN_COLUMNS: "Hidden columns in the table",
    BAND_FROM_DEGREE: "Band from the share done",
    BUDGET_OVERRUN: "Executed above the budget",
    BLOCK_POINTS_DIFFER: "Printed points differ from the weights",
    EXAMPLE_TABLE_SKIPPED: "Example table skipped",
    FUNDING_MISSING: "Execution rate cannot be worked out",
  },
  findings: {
    TARGET_UNPARSEABLE: (p) => `Target "${p.text}" cannot be read: ${en.readFailure(p.reason)}; row not scored`,
    ACTUAL_UNPARSEABLE: (p) =>
      `Completed value "${p.text}" cannot be read: ${en.readFailure(p.reason)}; row not scored`,
    ACTUAL_MISSING: (p) =>
      p.kind === "table"
        ? `${noActualColumn(p)}; targets checked only, no scores or total`
        : p.mark !== undefined
          ? `Target "${p.target}" but the completed value says "${p.mark}"; row not scored. If the row does not apply, mark the target "${p.mark}" too`
          : `Target "${p.target}" but no completed value; row not scored`,
    UNIT_MISMATCH: (p) =>
      `Target unit "${p.targetUnit}" and completed-value unit "${p.actualUnit}" differ and cannot be compared; use one unit`,
    WEIGHT_MISSING: (p) =>
      p.kind === "table"
        ? `The table has no weight column (its header should contain ${termList(p.terms)})${unread(p.ignored)}; no scores or total${p.comparable ? `, completion checked only: ${p.met} of ${p.comparable} comparable indicators met their target` : ""}`
        : p.merged
          ? `The weight cell ${p.merged} is merged across the rows of several indicators, so this row's weight cannot be told; row not scored. Unmerge it and give each indicator its weight`
          : p.negative
            ? `Weight "${p.text}" is below 0; row not scored`
            : p.text
              ? `Weight "${p.text}" is not a number; row not scored`
              : "Weight missing; row not scored",
    TARGET_MISSING: (p) =>
      p.mark !== undefined
        ? `The target says "${p.mark}" but the completed value is "${p.actual}"; row (weight ${p.weight}) not scored, write the target`
        : `Weight ${p.weight} but no target; row not scored`,
    TOTAL_INCOMPLETE: (p) =>
      `Partial sum ${n(p.partial)}; total and grade wait for these rows: ${p.waiting.map((w) => `row ${w.row} ${w.name ? `"${w.name}" (` : "(no indicator name, "}${w.weight === null ? "no weight" : n(w.weight)})`).join(", ")}`,
    NOT_MET_NO_REASON: (p) => `${shortfall(p.shortfall)}; please give the reason`,
    OVER_ACHIEVED: (p) =>
      p.kind === "range"
        ? `Completed ${p.actual} is above the upper bound ${p.high} of the range "${p.range}"${p.percent === null ? "" : ` by ${n(p.percent, 1)}%`}; full marks, explain why the target was set low`
        : `Completed ${p.actual} is ${p.percent === null ? "" : `${n(p.percent, 1)}% `}above the target ${p.target} (more than ${n(p.threshold * 100)}%); ${p.deducted === null ? "full marks for now" : `reduced to ${s(p.deducted)} by the deviation`}, explain why the target was set low`,
    QUALITATIVE_REVIEW: (p) => {
      switch (p.kind) {
        case "no-band":
          if (p.unsaid)
            return `${late(p.lead, "; ")}"${p.actual}" does not say ${p.unsaid.map((w) => `"${w}"`).join(" or ")} of the target "${p.target}", so no band is decided; ${personOr(p, "")}`;
          return `${late(p.lead, "; ")}"${p.actual}" matches no band; ${personOr(p, "")}`;
        case "band":
          return `${shortfall(p.shortfall)}; please confirm`;
        case "figure-by-words":
          return `The figure in "${p.actual}" cannot be compared with the target "${p.target}"; scored full by its words, please check`;
        case "share-of-target":
          return `Completed value "${p.actual}" is the share of the task done; scored as that share of the target "${p.target}", ${p.counted}; please check`;
        case "survey-grades":
          return `Completed value "${p.actual}" lists the survey's grades; counted as the sum of ${p.grades.map((g) => `"${g}"`).join(" and ")}, ${p.counted}${p.left.length > 0 ? `, without ${p.left.map((g) => `"${g}"`).join(", ")}` : ""}; please check`;
        case "parts-summed":
          return p.total
            ? `${p.side === "target" ? "Target" : "Completed value"} "${p.actual}" scored by its written total, ${p.total}, but ${p.parts.map((g) => `"${g}"`).join(", ")} add up to ${p.counted}, not ${p.total}; please check the parts against the total`
            : `Completed value "${p.actual}" lists parts; counted as the sum of ${p.parts.map((g) => `"${g}"`).join(", ")}, ${p.counted}; please check that no part is counted twice`;
        case "count-ratio":
          return `Completed value "${p.actual}" gives counts; scored as "${p.part}" out of ${p.complement ? `"${p.part}" plus "${p.complement}"` : `"${p.whole}"`}, ${p.counted}; please check`;
        case "figures-differ":
          return `Completed value "${p.actual}" holds ${p.figures.map((f) => `"${f}"`).join(", ")}, all in the unit of the target "${p.target}", and does not say which was reached; ${personOr(p, "write the figure reached, or ")}`;
        case "figure-in-unit":
          return `Of the figures in "${p.actual}", only "${p.figure}" is in the unit of the target "${p.target}"; scored by it, please check`;
        case "target-year":
          return `The completed date "${p.actual}" gives no year; read in the year of the target "${p.target}", ${p.year}, it is late; please check`;
        case "year-wrap":
          return `Neither the completed date "${p.actual}" nor the target "${p.target}" gives a year; read in one year, it is on time, but in the year after it would be late; please check`;
        case "deadline-year":
          return `Neither the target "${p.target}" nor the table's title gives a year; read in the year of the completed date "${p.actual}", ${p.year}, it is on time; please check`;
        case "remark-contradicts":
          return `Completed value "${p.text}" scored as ${p.figure}, but the remark "${p.note}" says otherwise; please confirm`;
        case "change-words":
          if (p.reading === "complement")
            return `Completed value "${p.text}" gives "${p.word}", the other side of what "${p.name}" measures; counted as ${p.whole} less it, ${p.counted}, please confirm`;
          return p.reading === "negative"
            ? `Completed value "${p.text}" says "${p.word}", the opposite of what "${p.name}" measures; counted as ${p.counted}, please confirm`
            : `Completed value "${p.text}" gives a change, "${p.word}", and the name "${p.name}" says neither that it counts a change nor which way; counted as ${p.counted}, please confirm`;
        case "two-figures":
          return `Completed value "${p.text}" gives ${p.count ?? "two"} figures; scored by "${p.figure}", "${p.other}" is not counted; please confirm`;
        case "paired":
          return `Each condition of the target scored against the completed part with its label: ${p.pairs.map((x) => `"${x.target}" against "${x.actual}"`).join(", ")}${p.missed.length > 0 ? `; not met: ${p.missed.join(", ")}` : ""}; please check`;
        case "planned":
          return `Completed value "${p.actual}" is marked as planned or expected ("${p.label}"), not what was done, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`;
        case "earlier":
          return `Completed value "${p.actual}" is marked as an earlier year's ("${p.label}"), not this year's, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`;
        case "other-year":
          return `Completed value "${p.actual}" is labelled as another year's or several years' ("${p.label}"), not the table's year ${p.year}, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write this year's figure reached, or ")}`;
        case "difference":
          return `Completed value "${p.actual}" gives a difference from an earlier year, the budget, the plan or a standard ("${p.label}"), not the figure reached, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`;
        case "undone":
          return `Completed value "${p.actual}" gives what was not done ("${p.label}"), not the figure reached, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`;
        case "not-reached":
          return p.sort === "step"
            ? `Completed value "${p.actual}" gives the figure of a step ("${p.label}"), not the result the indicator asks for, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`
            : `Completed value "${p.actual}" gives a projected, estimated, potential, design, contract or promised figure ("${p.label}"), not what was done, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`;
        case "shared-actual":
          return `Completed-value cell ${p.range} is merged over ${p.count} indicators, which share "${p.actual}"; each row was scored by it: check it holds for each, or split the cell`;
        case "negative":
          return `Completed value "${p.actual}" is below zero; a cost, count or rate cannot be, so it does not meet the target "${p.target}" (a saving or a fall should be written as the figure reached); ${personOr(p, "write the figure reached, or ")}`;
        case "complement":
          return `Completed value "${p.actual}" gives "${p.measure}", the opposite of what "${p.name}" measures, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`;
        case "other-measure":
          return `Completed value "${p.actual}" gives "${p.measure}", not what "${p.name}" measures${p.sameWay ? "" : " (one is better higher, the other lower)"}, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`;
        case "figure-open":
          return `Completed value "${p.actual}" only says the figure reached is ${SIDE[p.relation]} ${p.figure}, not what it is, so it cannot be scored against the target "${p.target}"; ${personOr(p, "write the figure reached, or ")}`;
      }
    },
    WEIGHTS_NOT_FULL: (p) =>
      `Weights add up to ${n(p.sum)} (with the execution rate), not the full mark ${n(p.full)}` +
      (p.over === undefined
        ? ""
        : `; the total ${n(p.over)} is above the full mark, so no grade is given: check the weights`),
    SCORE_DIFFERS: (p) => {
      const shown = p.old !== null ? n(p.old) : `"${p.text}"`;
      const now = s(p.computed);
      const which = p.total ? "total" : "score";
      if (p.noResult)
        return `The ${which}'s formula "${p.text}" has no result (recalculate and save it in Excel); the rules give ${now} (a formula, left as is)`;
      const why = p.formula ? " (a formula, left as is)" : p.words ? " (words, left as is)" : "";
      if (p.rate) return `The rate cell holds "${p.text}"; the rules give a rate of ${n(p.computed)}%${why}`;
      return p.kept
        ? `Existing ${which} ${shown}; the rules give ${now}${why}`
        : `Existing score ${shown} differs from the rules' ${now}; replaced by ${now}`;
    },
    SCORE_ABOVE_WEIGHT: (p) => `Existing score ${n(p.old)} exceeds the weight ${n(p.weight)}`,
    TOTAL_DIFFERS: (p) => {
      const funding =
        p.funding === undefined
          ? ""
          : ` (the execution rate's score cell is empty: the rules' ${n(p.funding)} counted)`;
      return `Existing total ${n(p.old)} differs from the sum of the existing scores ${n(p.sum)}${funding}`;
    },
    BUDGET_RATE_LOW: (p) =>
      `Execution rate ${n(p.rate * 100)}% is below ${n(p.limit * 100)}%; give the reason (score ${s(p.score)})`,
    UNIT_ASSUMED: (p) => {
      if (p.kind === "fraction" || p.kind === "target-fraction")
        return `${p.kind === "fraction" ? "Completed value" : "Target"} ${n(p.value, 4)} read as the fraction ${n(p.percent, 4)}%`;
      if (p.kind === "persons-as-visits")
        return `Completed value counted in ${p.actual}, target in ${p.target}; compared as one count (a person as one visit), please check`;
      if (p.kind === "as-place")
        return `${p.side === "target" ? "Target" : "Completed value"} "${p.text}" read as a place in a ranking (the smaller the better), please check`;
      if (p.kind === "points-as-percent")
        return `${p.side === "target" ? "Target" : "Completed value"} "${p.text}" read on a hundred-point scale as a percent (1 point = 1 percentage point), please check`;
      if (p.kind === "points-of-full")
        return `${p.side === "target" ? "Target" : "Completed value"} "${p.text}" read as a share of its full mark of ${n(p.full)} points, in percent; please check`;
      if (p.kind === "signed-change")
        return `Completed value "${p.text}" says "${p.word}": counted as a change of ${p.counted}`;
      if (p.kind === "fraction-of-target") return `Completed value "${p.text}" read as ${p.part} done of ${p.whole}`;
      if (p.kind === "units-times")
        return `Completed value "${p.text}" scored as ${p.each} × ${p.count}, ${p.counted} in all; please check`;
      if (p.kind === "either-unit")
        return `Target "${p.target}" counts in "${p.unit}" or "${p.other}": the completed value's "${p.other}" compared as "${p.unit}"`;
      if (p.kind === "fall-size")
        return `Completed value "${p.text}" is below zero and target "${p.target}" asks for a fall: counted as a fall of ${p.counted}`;
      if (p.kind === "per-basis")
        return `Completed value "${p.text}" restated per the target's basis: ${n(p.value, 4)}${p.high === null ? "" : `-${n(p.high, 4)}`} ${p.unit}`;
      if (p.kind === "workdays-as-days")
        return `Completed value counted in ${p.actual}, target in ${p.target}; compared ${p.week ? "a week as 5 working days (no holidays" : "a working day as a day (no weekends or holidays"} taken off), please check`;
      if (p.kind === "actual-multiplied" || p.kind === "target-multiplied")
        return `${p.kind === "actual-multiplied" ? "Completed value" : "Target"} "${p.text}" has no unit; read as ${n(p.value, 4)} ${p.unit}`;
      if (p.kind === "actual-in-target-unit")
        return `Completed value ${n(p.value, 4)} has no unit; read in the target's unit "${p.unit}"`;
      return `Target ${n(p.value, 4)} has no unit; read in the completed value's unit "${p.unit}"`;
    },
    DIRECTION_INFERRED: (p) => {
      if (p.basis === "zero") return `Target "${p.target}" has no direction; inferred ≤ (at most 0) as the target is 0`;
      if (p.basis === "negative")
        return `Target "${p.target}" has no direction; inferred ≤ (a fall at least that large) as the target is below zero`;
      if (p.basis === "change")
        return `Target "${p.target}" is the size of a change; inferred ≥ (a change at least that large)`;
      if (p.basis === "quota")
        return `Target "${p.target}" is bounded by the ${p.keyword === "编制" ? "staffing quota" : p.keyword === "定额" ? "quota" : "budget"}; the completed value is the share of it, scored as ≤100%`;
      if (p.basis === "deviation")
        return `Target "${p.target}" bounds a deviation either way; the completed value's size is compared (at most the target)`;
      const basis =
        p.basis === "keyword"
          ? ` from "${p.keyword}" in the name`
          : p.basis === "cost-category"
            ? " as a cost indicator"
            : p.basis === "time-limit"
              ? " as a time limit of a timeliness indicator"
              : " by default";
      const cure =
        p.comparator === ">=" && p.keyword?.endsWith("控制率")
          ? " (a disease or epidemic brought under control, not spending against a quota)"
          : "";
      return `Target "${p.target}" has no direction; inferred ${p.comparator === ">=" ? "≥ (higher is better)" : "≤ (lower is better)"}${basis}${cure}`;
    },
    APPROXIMATE_VALUE: (p) => {
      switch (p.kind) {
        case "range":
        case "range-top":
          return `Completed value "${p.text}" is a range; counted as its ${p.kind === "range" ? "lower" : "upper"} bound ${p.counted}`;
        case "bound":
          return `Completed value "${p.text}" is a bound, not a figure; counted as ${p.counted}; please write the figure reached`;
        case "approximate":
          return `Completed value "${p.text}" is approximate; counted as ${p.counted}`;
      }
    },
    REMARK_IGNORED: (p) =>
      `${p.side === "target" ? "Target" : "Completed value"} "${p.text}" read as ${p.figure}; the remark "${p.note}" is not scored`,
    NOT_APPLICABLE_RESCALED: (p) =>
      `${p.rows} row(s) not applicable, left out; rescaled ${n(p.sum)}/${n(p.applicable)}×${n(p.full)} = ${n(p.total)}`,
    WEIGHTS_DIFFER_FROM_PROFILE: (p) =>
      p.kind === "funding"
        ? `Funding weight ${n(p.table)} differs from the profile's ${n(p.profile)}; the table's ${n(p.table)} is used`
        : p.kind !== "level1"
          ? fundingReadEn(p)
          : `First-level weights differ from the profile: ${p.diffs.map((d) => `${d.name} ${n(d.table)} (profile ${n(d.profile)})`).join(", ")}; the table's are used`,
    DIRECTION_SUSPECT: (p) =>
      p.column
        ? `The direction column says "${p.column}" but the target "${p.target}" sets ${p.should === ">=" ? "an upper" : "a lower"} bound; scored by the target, please check which is right`
        : p.should === ">="
          ? `"${p.name}" is higher-is-better but the target "${p.target}" caps it from above; check the direction (should be ≥)`
          : `"${p.name}" is lower-is-better but the target "${p.target}" sets a floor; check the direction (should be ≤)`,
    QUANTITY_CAPPED: (p) =>
      `Quantity "${p.name}" only has an upper bound "${p.target}"${p.description ? `; its description says "${p.description}": use a range or a lower bound` : "; set a lower bound or a range"}`,
    COST_FLOOR: (p) => `Cost indicator "${p.name}" has a lower bound "${p.target}"; a cost should be capped (≤)`,
    QUALITATIVE_IN_QUANTITY: (p) =>
      `Quantity indicator "${p.name}" has a target without a number ("${p.target}"); give a quantity and unit`,
    TARGET_MISSING_UNIT: (p) => `Target "${p.target}" has no unit, and the name "${p.name}" does not make it obvious`,
    DUPLICATE_INDICATOR: (p) => `Indicator "${p.name}" already appears in row ${p.firstRow}; merge or rename`,
    LEVEL2_MISSING: (p) => `Output indicators lack the level-2 categories: ${p.missing.join(", ")}`,
    MERGED_SCORE_CELL: (p) =>
      `Score cells ${p.range} are merged across ${p.count} indicators, so scores cannot be written one by one (they are in the report); unmerge and run again`,
    NO_INDICATORS: (p) => `No indicator rows under the header ${p.header}; no total, no grade`,
    WEIGHTS_FROM_BLOCKS: (p) =>
      `${p.block}: ${n(p.points)} points${p.of == null ? "" : ` (of ${n(p.of)}, less the points printed in names)`} divided equally among ${p.rows} indicators, ${n(p.each)} each${p.last === null ? "" : `, the last ${n(p.last)}`}; please check`,
    FUNDING_MISSING: (p) => {
      const said = `Funding block: ${p.problems.map(fundingProblemEn).join("; ")}`;
      if (p.problems.every((f) => f.role === "weight"))
        return `${said}; it is not scored; fill in its weight and score again`;
      const points = p.weight === null ? "it is" : `its ${n(p.weight)} points are`;
      return `${said}; the execution rate cannot be worked out and ${points} not scored; fill it in and score again`;
    },
    WEIGHTS_FROM_NAMES: (p) =>
      `Weights of ${p.rows} indicators read from the points printed in their names (e.g. "${p.example}"); please check`,
    HIDDEN_ROWS: (p) => {
      if (p.kind === "unknown")
        return "The sheet has hidden rows (this version of Excel cannot tell which); indicators in them are scored too: unhide them and check";
      const many = p.kind === "many" ? ` (${p.count} in all)` : "";
      const which = p.rows.length > 1 || many ? `Rows ${p.rows.join(", ")}${many} are` : `Row ${p.rows[0]} is`;
      return `${which} hidden; indicators in them are scored too: delete them if they are not part of the table, else unhide them and check`;
    },
    HIDDEN_COLUMNS: (p) => {
      if (p.kind === "unknown")
        return "The sheet has hidden columns (this version of Excel cannot tell which); hidden target, completed, weight or score columns are read or written too: unhide them and check";
      const which = p.columns.map((c) => `${c.column} (${c.header})`).join(", ");
      return `${p.columns.length > 1 ? "Columns" : "Column"} ${which} ${p.columns.length > 1 ? "are" : "is"} hidden; the scorer read or wrote cells in ${p.columns.length > 1 ? "them" : "it"}: unhide and check`;
    },
    WEIGHTS_FROM_PERCENT: (p) =>
      `${p.rows} weights are written as percents, read as shares of the full mark of ${n(p.full)} ("${p.example}" is ${n(p.points)} points); please check`,
    BUDGET_OVERRUN: (p) =>
      `Executed ${n(p.executed, 4)} is above the budget ${n(p.budget, 4)} (rate ${n(p.rate * 100, 2)}%); scored at 100%, ${s(p.score)}; check both figures`,
    BLOCK_POINTS_DIFFER: (p) =>
      `"${p.label}" prints ${n(p.points)} points, but ${p.rows === null ? "the funding block's weight is" : `the weights of its ${p.rows} indicators add up to`} ${n(p.weights)}; scored by the weights, please check`,
    EXAMPLE_TABLE_SKIPPED: (p) =>
      `${p.sheet}!${p.range} is marked "${p.mark}": an example, not scored and not written to`,
    BAND_FROM_DEGREE: (p) =>
      `Completed value "${p.actual}" judged ${band(p.band)} by the share done, ${n(p.percent, 2)}% (${p.all ? `the target "${p.all}" asks all of it; ` : ""}${n(p.floors[0])}% and over: achieved; ${n(p.floors[1])}% and over: partly achieved)`,
    SCORED_BY_WORDS: (p) => `Completed value "${p.actual}" has no figure; judged ${band(p.band)} by its words`,
    HEADER_IGNORED: (p) =>
      `${anyUnknownHeader(p.headers) ? "These headers were not recognised and their columns" : "These columns"} were not read: ${headerList(p.headers)}`,
    SCORE_COLUMN_MISSING: (p) =>
      `The table has no recognisable score column (its header should contain ${termList(p.terms)})${unread(p.ignored)}; the scores and the total are in the report only, not written into the workbook`,
    HEADER_REPEATED: (p) =>
      `Row ${p.row} repeats the table's header (as at a page break, or where pages were pasted together) and was not read; the rows above and below it are scored as one table with one total`,
    TOTAL_NOT_WRITTEN: (p) => {
      const head = "The table has no total row (a row under the indicators starting with 总分 or 合计): ";
      if (!p.totalAt && !p.gradeAt)
        return `${head}the total ${s(p.total)}${p.grade === null ? "" : ` and the grade "${p.grade}"`} are in the report only, not written into the workbook`;
      const total = `the total ${s(p.total)}`;
      const parts = [
        p.totalAt ? labelledEn(p.totalAt, total) : `${total} is in the report only, not written into the workbook`,
      ];
      if (p.grade !== null)
        parts.push(
          p.gradeAt ? labelledEn(p.gradeAt, `the grade "${p.grade}"`) : `the grade "${p.grade}" is in the report only`,
        );
      return head + parts.join("; ");
    },
    PERIOD_CONVERTED: (p) =>
      `${p.side === "target" ? "Target" : "Completed value"} "${p.text}" counted as ${p.yearly} for the year`,
    NONE_OCCURRED: (p) =>
      p.kind === "zero"
        ? `Completed value "${p.actual}" says none occurred; counted as ${p.counted}`
        : p.kind === "compliant"
          ? `Completed value "${p.actual}" says no breach was found, as the target "${p.target}" asks; met`
          : `Completed value "${p.actual}" says none occurred, as the target "${p.target}" asks; met`,
  },
  readFailure: (f) => {
    switch (f.code) {
      case "INVALID_NUMBER":
        return "the number is not valid";
      case "DATE_SERIAL_OUT_OF_RANGE":
        return `date serial ${f.serial} is outside Excel's date range`;
      case "OUT_OF_RANGE":
        return "the number is too large to compute with";
      case "ERROR_VALUE":
        return `the cell holds the error ${f.value}`;
      case "HASH_DISPLAY":
        return 'the cell holds "######", what Excel shows when a column is too narrow, not a value; enter the value itself';
      case "POINT_AS_SEPARATOR":
        return `"${f.text}" may use its point as a thousands separator (${f.text.replace(".", ",")}); check and rewrite it`;
      case "BOOLEAN_VALUE":
        return `the cell holds the logical value ${f.value}, not an indicator value`;
      case "UNKNOWN_CONTENT":
        return "the cell's content cannot be read";
      case "COMPARATOR_ONLY":
        return `only a comparison sign "${f.text}", no number`;
      case "NO_NUMBER_OR_UNIT":
        return `no number or unit can be read in "${f.text}"`;
      case "TEMPERATURE":
        return `"${f.text}" is a temperature, which cannot be scored as a ratio`;
      case "RANGE_REVERSED":
        return `the range's lower bound ${f.low} is above its upper bound ${f.high}`;
      case "NO_SUCH_DATE":
        return `the date "${f.text}" does not exist; check the month and day`;
      case "NOT_BEFORE_DEADLINE":
        return `the deadline "${f.text}" uses "not before", which cannot be scored as a deadline`;
      case "FORMULA_NO_RESULT":
        return "the formula has no calculated result; recalculate in Excel and save";
      case "FIGURE_IN_WORDS":
        return "it holds a figure but no number and unit can be read (write it like ≥0.8万元)";
      case "UNIT_UNCLEAR":
        return `it has no unit; read in ${f.from === "target" ? "the target's unit" : "the unit column's unit"} it is ${f.read}, about ${f.times} times off the target ${f.target}; write or check its unit`;
      case "SOME_PERIODS":
        return `"${f.text}" gives a figure for some periods only, which cannot be counted for the year; write the year's total`;
    }
  },
  profileProblem: (p) => {
    switch (p.code) {
      case "NUMBER":
        return "Enter a number";
      case "INTEGER":
        return "Must be a whole number";
      case "REQUIRED":
      case "NAME_BLANK":
        return "Required";
      case "MIN":
        return p.inclusive ? `Must be at least ${p.min}` : `Must be greater than ${p.min}`;
      case "MAX":
        return p.inclusive ? `Must be at most ${p.max}` : `Must be less than ${p.max}`;
      case "MAX_LENGTH":
        return `At most ${p.max} characters`;
      case "OPTION":
        return "Choose an option from the list";
      case "INVALID":
        return "Invalid value";
      case "GRADE_ORDER":
        return `Must be below ${p.above === "优" ? "excellent" : "good"} (${p.value})`;
      case "NAME_DUPLICATE":
        return "Duplicate name";
      case "WEIGHTS_SUM":
        return `First-level weights add up to ${n(p.sum)} plus ${n(p.funding)} for the execution rate, not the full mark ${n(p.full)}`;
    }
  },
  nextStep: (st) => {
    const at = cellList(st.cells);
    switch (st.action) {
      case "fix-target":
        return `Write a readable target (number and unit) in ${at}`;
      case "fill-actual":
        return st.cells.length
          ? `Fill in a readable completed value in ${at}`
          : 'Give the table a completed-value column (headed e.g. "实际完成值")';
      case "fill-funding":
        return `Fill in the funding figures (budget, executed) in ${at}`;
      case "fix-unit":
        return `Use the target's unit in ${at}`;
      case "fill-weight":
        return st.cells.length
          ? `Fill in the weight in ${at}`
          : 'Give the table a weight column (headed e.g. "分值" or "权重")';
      case "name-score-column":
        return 'Give the table a score column (headed e.g. "得分") so the scores and total can be written';
      case "add-total-row":
        return 'Add a row under the indicators starting with "总分" so the total can be written';
      case "unmerge":
        return `Unmerge the score cells ${at}`;
      case "fill-table":
        return `Fill in the indicators of the table at ${at}, or delete the empty table`;
      case "choose-band":
        return `Choose a band (achieved / partly achieved / not achieved) for ${at} and write its score in the row's score cell`;
      case "fill-reason":
        return `Give the reason for the shortfall in ${at}`;
      case "explain-over":
        return `Explain the over-achievement in ${at}`;
      case "explain-rate":
        return `Explain the low execution rate${st.cells.length ? ` (${at})` : ""}`;
      case "confirm-band":
        return `Check how ${at} was scored (see the cell's note)`;
      case "check-weights":
        return st.cells.length ? `Check the weights (${at})` : "Check the weights";
      case "check-score":
        return `Check the existing score in ${at}`;
      case "review-target":
        return `Review the target set in ${at}`;
    }
  },
  rescore: "then score again",
  host: hostEn,
  stepSeparator: "; ",
  noTableFound: "No indicator table found (headers such as 三级指标 and 年度指标值 are needed)",
  noTableNearHeader: (p) =>
    `No indicator table found: row ${p.row} of sheet "${p.sheet}" looks like an indicator header but has no recognisable target column (its header should end in ${termList(p.terms)})${unread(p.ignored)}`,
};
