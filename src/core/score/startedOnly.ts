// Work said started, not finished (2021年12月开工, 按时开工, 11月启动) against a target or a name asking it finished
// (2021年12月底前, 按时完成 under 项目完成时间): the start vouched for the end, full marks with nothing said. A person
// decides. A target or name about the start itself (项目开工时间, 按时开工) is answered by it as before.

/** Words of starting work. */
const STARTED = /开工|动工|启动|开建|进场|开始(?:实施|建设|施工)/;
/** Words of finishing it, or of the whole being done. */
const FINISHED =
  /完成|完工|竣工|建成|验收|办结|交付|投用|投入使用|投入运行|运行|投产|通车|开通|上线|交工|结项|完毕|到位|结束|已发放|已拨付/;

/** Whether completed text `actual` says only that work started while `target` or the indicator's `name` asks it
 *  finished and says nothing of a start. */
export function startedOnly(actual: string, target: string, name: string): boolean {
  if (!STARTED.test(actual) || FINISHED.test(actual)) return false;
  const asked = `${target}|${name}`;
  return FINISHED.test(asked) && !STARTED.test(asked);
}
