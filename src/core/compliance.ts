// Funds or work kept to the rules (docs/DECISIONS.md, "Keeping to the rules"): a target asking it (合规, 规范, 依法合规,
// 符合财务制度, 专款专用, 严格执行财务制度) answered by a text saying no breach was found (无违规使用资金情况, 经审计未发现
// 问题, 无挤占挪用现象) or that one was (存在挤占挪用资金情况). The spec's bands have 合规 and 规范, not the breaches.
import { plainStatement } from "./absence";
import { afterTargetVerb } from "./targetMatch";

/** A target asking that the rules be kept, after its verb (确保, 做到 …) is dropped. */
const COMPLIANCE_ASKED =
  /^(?:资金|项目)?(?:使用|管理|支出)?(?:依法合规|合法合规|合规合法|合规|规范|规范有序|专款专用|按规定使用|符合(?:国家|相关|有关)?(?:财务|财经|资金|预算|项目)?(?:管理)?(?:规定|制度|要求|政策|办法)|严格(?:执行|落实|遵守)[\u4e00-\u9fff]{0,10}(?:制度|规定|办法|纪律))性?$/;

/** An inspection said before what it found or did not (经审计, 检查后), as a regular expression's source. */
const INSPECTED = "(?:经?(?:检查|核查|审计|抽查|督查|巡查)后?)?";
/** Words that say nothing was found or done (无, 未发现, 没有, 杜绝), longest first, after an inspection (经审计) if any. */
const NONE_OF = new RegExp(
  `^(?:(?:项目)?资金(?:使用|管理)?|使用|管理)?${INSPECTED}(?:全年|年内)?(?:均)?(?:未发现|没有发现|未出现|没有出现|未发生|没有发生|不存在|未存在|没有|杜绝了?|无|未)(?:任何|各类)?`,
);
/** Breaches of the rules on funds and work (违规, 挤占, 挪用 …): what the words of none must open on, or end on (问题). */
const BREACH = /^(?:违规|违纪|违法|违反|挤占|挪用|截留|套取|冒领|骗取|虚报|超范围|超标准)/;
const BREACH_CASE = /(?:违规|违纪|违法|问题)(?:行为|现象|情况|情形)?$/;
/** Words that say a breach was found (存在挤占挪用情况, 发现违规1起); words of one put right (已整改) leave it to a person. */
const FOUND = new RegExp(`^${INSPECTED}(?:存在|发现|出现|有)(?:\\d{1,3}|[一两二三四五六七八九十])?(?:起|处|笔|项|个)?`);
const PUT_RIGHT = /整改|纠正|追回|收回|个别|少量|少数|部分/;

/** Whether a target asks that funds or work keep to the rules (合规, 规范, 确保资金使用合规, 严格执行财务制度). */
export function asksCompliance(target: string): boolean {
  const t = plainStatement(target);
  return t.length <= 24 && COMPLIANCE_ASKED.test(afterTargetVerb(t) ?? t);
}

/** The band a completed text gives a target asking that the rules be kept: 0 when it says no breach was found
 *  (无违规使用资金情况), 2 when it says one was (存在挤占挪用资金情况); null for any other text, or one put right. */
export function complianceBand(actual: string, target: string): 0 | 2 | null {
  const a = plainStatement(actual);
  if (a.length > 32 || !asksCompliance(target)) return null;
  const none = NONE_OF.exec(a);
  if (none) {
    const rest = a.slice(none[0].length);
    return rest !== "" && (BREACH.test(rest) || BREACH_CASE.test(rest)) ? 0 : null;
  }
  const found = FOUND.exec(a);
  if (!found || PUT_RIGHT.test(a)) return null;
  return BREACH.test(a.slice(found[0].length)) ? 2 : null;
}
