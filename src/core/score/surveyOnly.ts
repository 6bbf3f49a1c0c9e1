// A survey said done (已完成满意度调查, 开展群众满意度测评) against a figure to reach (≥90%): 完成 gave full marks, said only
// in blue, though the words give no level. A person reads the survey's result.

/** Words saying only that a survey or an assessment was carried out (已完成满意度调查, 组织开展问卷调查工作). */
const SURVEY_ONLY =
  /^(?:已|均已|按时|按要求)*(?:完成|开展|组织|进行|实施|委托)+了?[\u4e00-\u9fff]{0,10}?(?:调查|测评|问卷|评估|评价|回访)(?:工作)?(?:已完成)?$/;

/** Whether normalised completed words `s` say only that a survey was carried out, and nothing of its result, under an
 *  indicator `name` that measures no survey itself (满意度调查完成率 is answered by one done). */
export function surveyOnly(s: string, name: string): boolean {
  return s.length <= 32 && SURVEY_ONLY.test(s) && !SURVEY_NAMED.test(name);
}
const SURVEY_NAMED = /调查|测评|问卷|评估|评价|回访/;
