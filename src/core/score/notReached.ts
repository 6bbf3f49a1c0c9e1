// A completed value whose figure is labelled by an earlier step of the work or an act other than the indicator's
// (开工100套 under 竣工房屋, 受理500件 under 办结件数, 10台（招标中）), or as projected, potential, a capacity, a contract or
// a promise (投产后预计年增收100万元, 可培训1000人次, 合同价45万元, 100万元（测算）): no figure reached. They had full
// marks with a blue note that the words were not counted; the row now waits for a person. A remark saying the figure's
// own work is pending, stopped or not done (10台（取消）, 100%（资金在途）, 98%（数据待核实）) is read as 在建 is: the
// figure's score, with the review that the remark says otherwise.
import { holdsFigure } from "../parse/figure";
import { normalizeValueText } from "../parse/normalize";
import { labelsDone } from "../parse/remark";
import type { QuantityValue } from "../parse/types";

/** Steps before the result, or acts other than it: applying, accepting, vetting, tendering, ordering, contracting,
 *  siting, designing, starting or topping out the work. */
const STEPS =
  "申报|申请|报名|登记|受理|报送|摸底|公示|审核|审查|审批|评审|初审|立项|招标|投标|中标|下单|订购|签约|签订|选址|设计|规划|勘察|勘测|开工|动工|封顶|进场|启动";
/** A step ending the words right before the figure (开工100套, 审核通过1000户, 已下单10台, 合同签订10台). */
const STEP_LABEL = new RegExp(`(${STEPS})(?:通过|完成|了|数|总数|量|合同)?[:：]?$`);
/** A remark that is the figure's step (10台（招标中）, 5座（设计阶段）, 10台（已下单）). */
const STEP_REMARK = new RegExp(`^(?:已|正在|尚在|仍在|处于|在)?(${STEPS})(?:中|阶段|环节|期间|期|完成)?$`);
/** Words of projection, estimate or potential anywhere in the figure's words (年底预计达到, 可带动, 达产后, 测算). */
const ESTIMATE =
  /预计(?!目标|任务)|预测|预估|估算|估计|测算|推算|暂估|暂定|(?:达产|投产|投运|运营|见效|建成)后|可(?:以|能|望)?(?!再生|回收|持续|视|控|比|靠|信|用率|支配|行|研|燃|降解|追溯)[\u4e00-\u9fff]{2}/g;
/** What may stand right before 可 of a potential (可培训, 投产后可带动, 年可增收): else it is part of a word (认可度). */
const CAN_AFTER = "后年将均即共每计";
/** A contract, a promise, a rule or a design labelling the figure (合同约定, 合同价, 中标价, 承诺时限, 规定, 设计产能). */
const TERMS =
  /(?:合同|约定|承诺|规定|法定|中标|设计)(?:约定|价|价格|金额|额|总价|时限|时间|期限|产能|规模|能力|容量|值)?[:：]?$/;
/** Words before an estimate or a term that make it a comparison or a basis (按规定, 依合同, 超预计, 达到预计). */
const COMPARED_BEFORE = "按依照据于合超比较出过到达如低高在";
/** Words of the figure's work finished or delivered (全部办结, 全部发放到位): after a step, the figure reached. */
const FINISHED =
  /完成|完工|竣工|建成|办结|交付|投用|投入使用|发放|拨付|兑付|兑现|到位|到货|到账|验收|安装|通车|上线|结项|入住|收取|入库/g;
/** A negation or a wait right before a word of finishing (未办结, 待发放): no finish. */
const NOT_BEFORE = "未没待不无";
const FIGURE_START = /[\d一二两三四五六七八九十]/;

/** The label of `b`'s figure as a step (`sort` "step") or as projected, potential or agreed ("estimate"), when neither
 *  the indicator's `name` nor its `target` speaks of that word and, for a step, nothing after says the work finished;
 *  null otherwise. */
export function notReachedLabel(
  b: QuantityValue,
  name: string,
  target: string,
): { label: string; sort: "step" | "estimate" } | null {
  const { label, after, rest } = wordsOf(b);
  const asked = `${name}|${target}`;
  const step = STEP_LABEL.exec(label) ?? STEP_REMARK.exec(after);
  if (step && !asked.includes(step[1]) && !finishedIn(rest)) return { label: step[0], sort: "step" };
  const estimate = firstFree(ESTIMATE, label) ?? firstFree(ESTIMATE, after) ?? free(TERMS.exec(label), label);
  const term = estimate ?? (after !== "" && TERMS.test(after) ? after : null);
  return term !== null && !asked.includes(term) ? { label: term, sort: "estimate" } : null;
}

/** The figure's own words before it (the clause's words before its first figure), the remark after it (none when it
 *  holds a figure of its own: 计划1000人次，实际800人次), and the text after the label. */
function wordsOf(b: QuantityValue): { label: string; after: string; rest: string } {
  const s = normalizeValueText(b.text);
  const r = b.remark;
  const note = r ? normalizeValueText(r.note) : "";
  const first = r !== undefined && s.startsWith(note) && !holdsFigure(note);
  const label = lastClause((first ? note : "") + before(r ? normalizeValueText(r.figure) : s));
  const after = r && !first && !holdsFigure(note) ? note : "";
  const at = label === "" ? -1 : s.indexOf(label);
  return { label, after, rest: at < 0 ? s : s.slice(at + label.length) };
}

const before = (s: string): string => {
  const i = s.search(FIGURE_START);
  return i < 0 ? "" : s.slice(0, i);
};
const lastClause = (s: string): string =>
  s.slice(Math.max(s.lastIndexOf(","), s.lastIndexOf(";"), s.lastIndexOf("。")) + 1);

/** The first match of global `re` in `s` not right after a word of comparison or basis, or null. */
function firstFree(re: RegExp, s: string): string | null {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const prev = s[m.index - 1];
    if (prev === undefined || (m[0][0] === "可" ? CAN_AFTER.includes(prev) : !COMPARED_BEFORE.includes(prev)))
      return m[0];
  }
  return null;
}

/** A match's text when nothing of comparison or basis is right before it (not 按合同约定), else null. */
const free = (m: RegExpExecArray | null, s: string): string | null =>
  m && (m.index === 0 || !COMPARED_BEFORE.includes(s[m.index - 1])) ? m[0] : null;

/** Whether `s` says the work finished: a word of finishing not negated nor waited for (全部办结; not 未交付, 待发放). */
function finishedIn(s: string): boolean {
  FINISHED.lastIndex = 0;
  for (let m = FINISHED.exec(s); m; m = FINISHED.exec(s)) {
    if (!NOT_BEFORE.includes(s[m.index - 1] ?? "") && s[m.index + m[0].length] !== "中") return true;
  }
  return false;
}

/** Work pending, stopped or not done in a remark: stopped or called off (取消, 暂缓采购), money in transit (在途), under
 *  way (尚在施工, 3座在建, 整改中), waiting (待发放, 数据待核实), or an act not done (未到货, 未出结果, 尚未收取); not a
 *  bad event that did not occur (未发生事故, 未超期), a state (正在运行) or a part (其中, 集中). */
const PENDING =
  /取消|暂缓|停止|中止|终止|撤销|作废|搁置|叫停|在途|[在待]建|在施|在办|在审|(?:尚|仍|还|正)在(?!运行|发挥|使用|运营|服务|开放)[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{2}中(?=$|[,;。])|待(?!遇|业|客|人)[\u4e00-\u9fff]{2}|(?:未|没有|没(?!有))(?!发生|出现|发现|收到|接到|存在|产生|超|逾|延|拖|滞|欠|违|误|挪|挤|截|滥|浪|套|虚|冒|闲|返|扣|影响|含|包|计|列)[\u4e00-\u9fff]{2}/g;
/** Characters before 待, 中 or 未 that make them part of another word (接待, 有待, 集中, 其中, 无未结算). */
const NOT_PENDING_BEFORE: Readonly<Record<string, string>> = {
  待: "接期对招款优厚有",
  中: "其集之当高初空心期途",
  未: "无不并",
};

/** The words of a remark (`note`) after a figure (`figure`, its clause) saying the figure's own work is pending,
 *  stopped or not done, or null. Not an addition (另有3篇在审). Beside a figure labelled done (完成3个，正在建设1个) such
 *  words are the rest of the task, unless they are a part of it (其中2个未到货) or negate the act the indicator's `name`
 *  holds (建成100套，未交付 under 交付使用). */
export function pendingRemark(figure: string, note: string, name: string): string | null {
  const s = normalizeValueText(note);
  const word = ADDITION.test(s) ? null : pendingIn(s);
  if (word === null || !labelsDone(normalizeValueText(figure)) || s.startsWith("其中")) return word;
  return /^[未没]/.test(word) && name.includes(word.slice(-2)) ? word : null;
}

/** Words opening an addition to the figure (另有3篇在审, 此外, 还有). */
const ADDITION = /^(?:另|此外|还有|外加)/;

function pendingIn(s: string): string | null {
  PENDING.lastIndex = 0;
  for (let m = PENDING.exec(s); m; m = PENDING.exec(s)) {
    const key = m[0].endsWith("中") ? "中" : m[0][0] === "没" ? "未" : m[0][0];
    const at = key === "中" ? m.index + m[0].length - 2 : m.index - 1;
    const part = NOT_PENDING_BEFORE[key];
    if (part === undefined || at < 0 || !part.includes(s[at])) return m[0];
  }
  return null;
}
