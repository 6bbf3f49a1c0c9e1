// Rates per a population (孕产妇死亡率 ≤10/10万, 发病率 3.2/10万, 0.3/千人口) were unreadable: the slash and the second
// figure stopped the reader, so health rows of this kind all waited for a person as TARGET_UNPARSEABLE. /千, /万, /10万
// and /100万 (人 or 人口 may follow) are units of the percent family now, so they compare with each other and with ‰ and %.
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "效益指标", level3, target, actual, reason: "" }));

test.each([
  ["≤10/10万", 10, "/10万", 0.00001],
  ["12.5/10万人", 12.5, "/10万", 0.00001],
  ["0.3/千人口", 0.3, "/千", 0.001],
  ["2/万", 2, "/万", 0.0001],
  ["1/100万", 1, "/100万", 0.000001],
])("%s reads as %d %s", (text, value, unit, factor) => {
  expect(parseValue(text)).toMatchObject({ kind: "quantity", value, unit: { text: unit, family: "percent", factor } });
});

test.each([
  ["孕产妇死亡率", "≤10/10万", "12.5/10万", 72],
  ["孕产妇死亡率", "≤10/10万", "8.6/10万", 90],
  ["孕产妇死亡率", "≤10/10万", "0", 90],
  ["传染病发病率", "≤0.05‰", "3/10万", 90],
  ["传染病发病率", "≤0.005%", "6/10万", 75],
])("%s %s, completed %s: %d of 90", (level3, target, actual, score) => {
  expect(row(level3, target, actual).score).toBe(score);
});

test("a count per a population (6张/千人) and a date (2021/12) are read as before", () => {
  expect(parseValue("6张/千人")).toMatchObject({ kind: "quantity", value: 6, unit: { text: "张" } });
  expect(parseValue("2021/12")).toMatchObject({ kind: "deadline", year: 2021, month: 12 });
});

test("the message shows the unit as written in figures", () => {
  expect(row("孕产妇死亡率", "≤10/10万", "12.5/10万").findings).toContain(
    "NOT_MET_NO_REASON H11: 实际完成值12.5/10万高于年度指标值10/10万，按10/12.5×90计72.00分，请填写偏差原因",
  );
});
