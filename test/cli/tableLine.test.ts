// The printed summary line of a table whose total is above the full mark: the total, and no grade (it printed "等级" with
// nothing after it).
import { cliMessagesFor, type TableLine } from "../../src/core";

const line = (grade: string): TableLine => ({
  sheet: "自评表",
  range: "A4:H21",
  indicators: 10,
  funding: null,
  result: { total: 105, grade },
  counts: { error: 0, warning: 1, info: 0 },
});

test("a total without a grade says the grade waits, in both languages", () => {
  expect(cliMessagesFor("zh").tableLine(line(""))).toBe(
    "自评表!A4:H21（10项指标）：总分105.00，暂不评定等级；错误0，警告1，提示0",
  );
  expect(cliMessagesFor("en").tableLine(line(""))).toBe(
    "自评表!A4:H21 (10 indicators): total 105.00, no grade yet; errors 0, warnings 1, hints 0",
  );
});

test("a graded total prints its grade, as before", () => {
  expect(cliMessagesFor("zh").tableLine(line("优"))).toBe(
    "自评表!A4:H21（10项指标）：总分105.00，等级优；错误0，警告1，提示0",
  );
});
