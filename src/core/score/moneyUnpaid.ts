// A rate of money spent (项目支出预算执行率, 资金使用率) answered by work done while the money is not yet paid
// (已完工，资金尚未支付; seed 004's reason for a 21.35 % execution rate): the finished work says nothing of the rate.
import { isNegated } from "../negation";
import type { Profile } from "../profile";
import { classifyQualitative } from "../qualitative";

/** Names of a rate of money paid out: execution, use, payment or allocation. */
const MONEY_RATE = /执行率|使用率|支付率|拨付率/;
/** Money said not paid or settled yet (资金尚未支付, 未结算, 待结算, 结算中, 未拨付). */
const UNPAID = /(?:未|待)(?:支付|付款|结算|拨付|兑付)|(?:支付|结算|拨付)中(?![\u4e00-\u9fff])/;

/** Whether completed words (`s` normalised) under an indicator `name` that rates money paid out are 达成 against
 *  `target` while they say the money is not paid or settled yet, not negated (无未结算款项): a person reads the rate. */
export function unpaidDone(s: string, name: string, actual: string, target: string, profile: Profile): boolean {
  const m = MONEY_RATE.test(name) ? UNPAID.exec(s) : null;
  return m !== null && !isNegated(s, m.index) && classifyQualitative(actual, target, profile).band === 0;
}
