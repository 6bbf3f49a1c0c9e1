// 完成 said of another task than the target's (已完成招标，尚未开工 and 已完成前期工作 against 完成项目建设): the word
// vouched for the target, full marks with nothing said. When every 完成 in the completed text has its own object after
// it that shares no two characters with the target's, the text says nothing of the target and a person decides.
// 已完成 alone, 项目已完成, 全面完成, 完成全部建设任务, 完成各项工作 and 完成工程 still answer it.
import { isAsked } from "./negation";

/** The verb whose object is compared (the target's leading verb, spec §3 order 1). */
const VERB = "完成";
/** Clause ends, and the particles and quantifiers taken off an object's start (了, 的, 全部 …). */
const CLAUSE_END = /[,，。;；、:：!！?？()（）]/;
const EDGE_WORDS = /^(?:了|的|全部|所有|各项|整体)+/;
/** An object that names the work as a whole (各项工作, 既定任务, 年度目标, 全部建设内容 less its noun): it may be the
 *  target's. */
const GENERIC = /^(?:各项|全部|所有|既定|预定|规定|年度|全年|本年|目标|计划)*(?:工作|任务|目标|计划|内容)+$/;
/** Words of building: 完成工程 and 完成施工 speak of 完成项目建设. */
const CONSTRUCTION = /建设|施工|工程/;
/** The most occurrences looked at (a budget for a long cell). */
const MAX_OCCURRENCES = 16;

/** Whether the completed text `a` speaks only of finishing other tasks than the target `t` (完成 + object), both
 *  normalised; false when the target is no 完成 of an object or any 完成 in `a` may be the target's. */
export function finishesOtherTask(a: string, t: string): boolean {
  if (!t.startsWith(VERB) || t.length < VERB.length + 2) return false;
  const asked = pairsOf(t.slice(VERB.length));
  const objects = objectsFinished(a);
  return (
    objects.length > 0 &&
    objects.every(
      (o) =>
        o.length >= 2 &&
        !GENERIC.test(o) &&
        !shares(pairsOf(o), asked) &&
        !(CONSTRUCTION.test(o) && CONSTRUCTION.test(t)),
    )
  );
}

/** A stage or a part of the work as the whole object, not the whole work (前期工作, 立项, 可研批复, 招投标, 设计方案,
 *  一期工程, 土建部分): not when more follows (设计并施工). */
const STAGE =
  /^(?:项目)?(前期|立项|可研|可行性研究|招标|招投标|设计|规划|选址|征地|一期|首期|土建)(?:工作|批复|手续|阶段|部分|工程|建设|报告|方案|审批|评审)*$/;

/** Words of the whole work done (竣工, 建成, 投入使用), and a 完成 of stages listed one after another (完成立项、招标、
 *  施工): the stages are not all that was done. */
const WHOLE_DONE = /竣工|完工|建成|验收|投入使用|投用|交付/;
const LISTED = /完成[^,，。;；]*、/;

/** Whether every 完成 of the completed text `a` finishes a stage or a part of the work the target `t` does not name
 *  (已完成立项, 完成前期工作, 已完成土建部分 against 按计划完成), both normalised. */
export function finishesStageOnly(a: string, t: string): boolean {
  if (WHOLE_DONE.test(a) || LISTED.test(a)) return false;
  const objects = objectsFinished(a);
  return (
    objects.length > 0 &&
    objects.every((o) => {
      const m = STAGE.exec(o);
      return m !== null && !t.includes(m[1]);
    })
  );
}

/** The objects of the 完成s of a text not planned or asked, in order (a budget of occurrences for a long cell). */
function objectsFinished(a: string): string[] {
  const objects: string[] = [];
  let seen = 0;
  for (let i = a.indexOf(VERB); i >= 0 && seen++ < MAX_OCCURRENCES; i = a.indexOf(VERB, i + 1)) {
    if (!isAsked(a, i)) objects.push(objectOf(a, i));
  }
  return objects;
}

/** The object of the 完成 at `i`: the words after it to the clause's end, edges taken off ("" when it ends the clause:
 *  主体工程已完成 or 全面完成 say their task before it, in words too free to compare). */
function objectOf(a: string, i: number): string {
  return clauseFrom(a.slice(i + VERB.length)).replace(EDGE_WORDS, "");
}

/** The text up to its first clause end. */
function clauseFrom(s: string): string {
  const m = CLAUSE_END.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** The two-character pieces of a text (项目建设 → 项目, 目建, 建设). */
function pairsOf(s: string): Set<string> {
  const pairs = new Set<string>();
  for (let k = 0; k + 2 <= s.length; k++) pairs.add(s.slice(k, k + 2));
  return pairs;
}

/** Whether two sets of pieces share one. */
function shares(a: Set<string>, b: Set<string>): boolean {
  for (const p of a) if (b.has(p)) return true;
  return false;
}

/** A draft (初稿, 草案, 征求意见稿 …): finished, it is not yet what a target asks for. */
const DRAFT = /初稿|草稿|草案|征求意见稿|送审稿|讨论稿/;

/** Whether the 完成 of a text is of a draft the target does not ask for (已完成初稿, 初稿已完成 against 制定管理办法). */
export function draftOnly(a: string, t: string): boolean {
  return DRAFT.test(a) && !DRAFT.test(t);
}
