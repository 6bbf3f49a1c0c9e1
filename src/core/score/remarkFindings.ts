// What becomes of the words beside compared figures (spec §2: an assumption is a finding): said as not scored, or a
// review when they contradict the result, hold a second figure, or give a change its sign.
import type { FindingParams } from "../messages/params";
import type { DeadlineValue, QuantityValue } from "../parse/types";
import { classifyQualitative } from "../qualitative";
import { statesShortfall } from "../laterClause";
import type { CellRef, IndicatorInput } from "../tables/readTable";
import { parallelFigure } from "./parallelFigure";
import { holdsFigure } from "../parse/figure";
import { shortOfYearEnd } from "../parse/partsTotal";
import { fullMarkCounted } from "./pointsAsPercent";
import type { IndicatorResult, RowContext } from "./scoreIndicator";
import { cellAt } from "./findingSink";
import { pendingRemark } from "./notReached";

/** The review a change word gets in place of its remark's note (下降3% against 收入增长率). */
export type ChangeReview = Extract<FindingParams["QUALITATIVE_REVIEW"], { kind: "change-words" }>;

/** Clause ends between the figures of one cell (省级3篇，市级4篇). */
const CLAUSES = /[,，;；、]/;

/** The review of a cell with more figures than the one counted (`figure`; the rest `other`): how many, past two. */
function figuresReview(text: string, figure: string, other: string): FindingParams["QUALITATIVE_REVIEW"] {
  const params: { kind: "two-figures"; text: string; figure: string; other: string; count?: number } = {
    kind: "two-figures",
    text,
    figure,
    other,
  };
  const count = 1 + other.split(CLAUSES).filter(holdsFigure).length;
  if (count > 2) params.count = count;
  return params;
}

/** Says what became of the remarks after compared figures (spec §2: an assumption is a finding): an info finding
 *  that the remark was not scored (when the figure scored the row); a QUALITATIVE_REVIEW warning when the completed
 *  value's remark says the opposite of the result (11篇（已完成） against ≥15篇) or is a second figure beside the one
 *  counted (上半年95%，下半年97%); or, for a change word read against the indicator's name (下降3% against 收入增长率),
 *  `change`, the review that replaces them. */
export function noteRemarks(
  row: IndicatorInput,
  t: QuantityValue | DeadlineValue,
  b: QuantityValue | DeadlineValue,
  res: IndicatorResult,
  ctx: RowContext,
  change: ChangeReview | null = null,
): IndicatorResult {
  const ignored = (side: "target" | "actual", v: QuantityValue | DeadlineValue, ref: CellRef | null) =>
    // a full mark the points were read against (4.6分（满分5分） against ≥90%) was counted
    fullMarkCounted(v, side === "target" ? b : t) ||
    ctx.sink.add(
      "REMARK_IGNORED",
      cellAt(ref),
      { side, text: v.text, figure: v.remark!.figure, note: v.remark!.note },
      row.row,
    );
  if (t.remark) ignored("target", t, row.target);
  // a fall under a name counting a change with its sign (下降5.2% against 变动率) is below zero as a matter of course
  if (change?.reading === "signed") {
    const { text, word, counted } = change;
    ctx.sink.add("UNIT_ASSUMED", cellAt(row.actual), { kind: "signed-change", text, word, counted }, row.row);
    return res;
  }
  if (change) {
    ctx.sink.add("QUALITATIVE_REVIEW", cellAt(row.actual), change, row.row);
    return res;
  }
  // a row left to a person (不到90%（受疫情影响）): its review quotes the whole cell, nothing was scored by the figure
  if (b.remark && res.score !== null) {
    const { figure, note } = b.remark;
    const band = labelsRowMeasure(row, b.text, note)
      ? null
      : pendingRemark(figure, note, row.level3) !== null
        ? 2
        : remarkBand(note, ctx);
    const other = parallelFigure(b);
    if (other !== null) {
      ctx.sink.add("QUALITATIVE_REVIEW", cellAt(row.actual), figuresReview(b.text, figure, other), row.row);
    } else if (
      (res.met !== null && band !== null && res.met !== (band === 0)) ||
      // a figure before the year's end (9月底80%) against milestones up to it: no year's figure, whatever it meets
      shortOfYearEnd(t.remark, b.remark)
    ) {
      ctx.sink.add(
        "QUALITATIVE_REVIEW",
        cellAt(row.actual),
        { kind: "remark-contradicts", text: b.text, figure, note },
        row.row,
      );
    } else ignored("actual", b, row.actual);
  }
  return res;
}

/** The band a remark's words say (其中2个未完工: 未达成), or 未达成 for a shortfall they state as a later clause would
 *  (进度滞后, 仍有3户未入住, 存在一定问题) or for the figure's work not done (在建, 延期至2022年完成); null otherwise. */
function remarkBand(note: string, ctx: RowContext): 0 | 1 | 2 | null {
  if (WORK_NOT_DONE.test(note)) return 2;
  const band = classifyQualitative(note, "", ctx.profile).band;
  return band ?? (statesShortfall(note) ? 2 : null);
}

/** A remark that is the state of the figure's own work, none of it done (在建100套, 100套（施工中）, 100套（主体完工）), or
 *  its lateness (1000人次（延期至2022年完成）): unlike 10个（2个在建）, where the work under way is the rest of the task. */
const WORK_NOT_DONE =
  /^(?:均|全部|目前|仍|尚|还)?(?:在建|在施|施工中|建设中|正在(?:建设|施工|实施)|待验收|待竣工|未验收|未竣工|主体(?:工程)?已?(?:完工|封顶)|基础(?:工程)?已?完工)$|^(?:延期|推迟|逾期|延迟)/;

/** Whether a remark before its figure (`text` the cell) is the stem of the rate or degree the row measures (到位90% in
 *  资金到位率, 合格95% in 验收合格率) or names a measure (完成数18个, 完成情况：18个): the figure's label, no verdict on it
 *  (90%（已完成） after it still is one). */
function labelsRowMeasure(row: IndicatorInput, text: string, note: string): boolean {
  if (!text.trim().startsWith(note)) return false;
  const stem = note.replace(/^(?:已|实际)/, "");
  if (stem !== "" && MEASURE_LABEL.test(stem)) return true;
  return stem !== "" && (row.level3.includes(`${stem}率`) || row.level3.includes(`${stem}度`));
}

/** A label naming a figure's measure: 完成数, 完成量, 实际完成值, 完成情况. */
const MEASURE_LABEL = /.(?:数|量|值|情况)$/;
