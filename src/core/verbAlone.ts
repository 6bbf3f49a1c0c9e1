// A word target of a verb and its object (制定管理办法, 开展培训, 印发实施方案) answered with the verb alone, said done
// or not done (已制定, 已开展, 尚未制定, 未开展): the object is the target's, so the verb decides (docs/DECISIONS.md, "A
// target's verb answered alone").
import { compactText } from "./text";

/** Said done before the verb (已, 已经, 均已, 已全部), and what may follow it (完成, 完毕, 并实施). */
const DONE = /^(?:已经?|均已|已全部|全部)(..)(?:完毕|完成|到位|并实施|并执行|并落实)?$/;
/** Said not done before the verb (未, 尚未, 没有, 未能). */
const NOT_DONE = /^(?:尚未|仍未|还未|未能|未|没有)(..)$/;
/** A target that is a verb and its object: Chinese only, the object at least two characters. */
const VERB_AND_OBJECT = /^[\u4e00-\u9fff]{4,16}$/;

/** 达成 (0) when the completed text says the target's first two characters done alone, 未达成 (2) when it says them not
 *  done; null otherwise (正在制定, 制定了部分, or a target that is no verb and object). */
export function verbAloneBand(actual: string, target: string): 0 | 2 | null {
  const t = compactText(target);
  if (!VERB_AND_OBJECT.test(t)) return null;
  const s = compactText(actual).replace(/[。.;；!！]+$/, "");
  const manner = MANNER.exec(t);
  if (manner) return mannerBand(s, manner[0]);
  const done = DONE.exec(s);
  if (done) return done[1] === t.slice(0, 2) ? 0 : null;
  const not = NOT_DONE.exec(s);
  return not && not[1] === t.slice(0, 2) ? 2 : null;
}

/** A manner word and the verb after it opening a target (严格执行财务制度, 认真落实…): the two are said together. */
const MANNER = /^(?:严格|认真|切实)[\u4e00-\u9fff]{2}/;
/** The manner and verb said with 未, 没有 or 尚未 before them (未严格执行). */
const NOT_MANNER = /^(?:尚未|未能|未|没有)(.+)$/;

/** 达成 for the target's manner and verb said alone (严格执行, 已严格执行了), 未达成 for them said not done (未严格执行). */
function mannerBand(s: string, phrase: string): 0 | 2 | null {
  const said = s.replace(/了$/, "").replace(/^(?:已经?|均已|均)/, "");
  if (said === phrase) return 0;
  const not = NOT_MANNER.exec(s);
  return not && not[1].replace(/了$/, "") === phrase ? 2 : null;
}
