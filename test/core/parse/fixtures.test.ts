// The value reader on the real values: every target and completed value of the seed cases, and the same tables as
// workbooks (typed numbers with percent formats, the split 指标性质 | 指标值 | 度量单位 layout) must read alike.
import ExcelJS from "exceljs";
import { parseValue, sameFamily, toBase } from "../../../src/core/parse";
import type { ParseContext, ParsedValue } from "../../../src/core/parse/types";
import { SEED_NAMES, seed, workbook } from "../../helpers/fixtures";
import { summary } from "./summary";

const SEEDS = SEED_NAMES.map((name) => ({ name, rows: seed(name).rows }));

/** Every distinct target and completed value of the seed cases, with its expected reading. */
const EXPECTED: readonly (readonly [string, string])[] = [
  ["≤5次", "<=5次"],
  ["≥80%", ">=80%"],
  ["100%", "100%"],
  ["≤80%", "<=80%"],
  ["≤12月", "D<=?-12"],
  ["≤310元", "<=310元"],
  ["≤180元", "<=180元"],
  ["≤330元", "<=330元"],
  ["≤2次", "<=2次"],
  ["≤3次", "<=3次"],
  ["≥90%", ">=90%"],
  ["99.49%", "99.49%"],
  ["21.35%", "21.35%"],
  ["≤100%", "<=100%"],
  ["68.59%", "68.59%"],
  ["≤0", "<=0"],
  ["937.35%", "937.35%"],
  ["健全", "Q:健全"],
  ["规范", "Q:规范"],
  ["88.75%", "88.75%"],
  ["≥10场次", ">=10场次"],
  ["11场次", "11场次"],
  ["≥1000人次", ">=1000人次"],
  ["1000多人次", "1000人次~+"],
  ["≥20次", ">=20次"],
  ["24次", "24次"],
  ["科学合理", "Q:科学合理"],
  ["及时", "Q:及时"],
  ["按期完成", "Q:按期完成"],
  ["有效优化", "Q:有效优化"],
  ["20余次", "20次~+"],
  ["≥30万人次", ">=300000人次"],
  ["30多万人次", "300000人次~+"],
  ["获得表彰", "Q:获得表彰"],
  ["2个集体、2名同志受到省委省政府表彰奖励", "Q:2个集体、2名同志受到省委省政府表彰奖励"],
  ["≥50件", ">=50件"],
  ["70余件", "70件~+"],
  ["及时处置", "Q:及时处置"],
  ["6件，均及时处置", "6件 (+均及时处置)"],
  ["完备", "Q:完备"],
  ["≥5万页", ">=50000页"],
  ["超过5万页", ">50000页~"],
  ["≥95%", ">=95%"],
  [">95%", ">95%~"],
  ["3家", "3家"],
  ["≥10次", ">=10次"],
  ["10次", "10次"],
  ["≥24次", ">=24次"],
  ["≥11场次", ">=11场次"],
  ["1套", "1套"],
  ["≥15篇", ">=15篇"],
  ["11篇", "11篇"],
  ["≥70人次", ">=70人次"],
  ["70多人次", "70人次~+"],
  ["3名", "3名"],
  ["≤2日", "<=2日"],
  ["2日内", "<=2日~"],
  ["≤320万元", "<=320万元"],
  ["245.77万元", "245.77万元"],
  ["≥12万度", ">=120000度"],
  ["12.94万度", "129400度"],
  ["有效", "Q:有效"],
  ["完善", "Q:完善"],
  [">90%", ">90%~"],
];

describe("seed cases", () => {
  const texts = new Set<string>();
  for (const s of SEEDS) for (const r of s.rows) for (const v of [r.target, r.actual]) if (v) texts.add(v);

  test("the expectation table covers every distinct seed value (64)", () => {
    expect(new Set(EXPECTED.map(([t]) => t))).toEqual(texts);
    expect(texts.size).toBe(64);
  });

  test.each(EXPECTED)("%s → %s", (text, expected) => {
    expect(summary(parseValue(text, {}))).toBe(expected);
  });
});

type Cell = string | number | null;
interface SheetRow {
  cells: Cell[];
  formats: (string | undefined)[];
}

async function readSheets(file: string): Promise<SheetRow[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbook(file));
  return wb.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: Cell[] = [];
      const formats: (string | undefined)[] = [];
      row.eachCell({ includeEmpty: true }, (c, col) => {
        let v: unknown = c.value;
        if (v && typeof v === "object" && "result" in v) v = (v as { result: unknown }).result;
        cells[col - 1] = typeof v === "string" || typeof v === "number" ? v : null;
        formats[col - 1] = c.numFmt;
      });
      rows[n - 1] = { cells, formats };
    });
    return rows;
  });
}

const HEADERS = {
  level2: ["二级指标"],
  level3: ["三级指标"],
  target: ["年度指标值", "年度目标值", "指标值", "预期指标值"],
  actual: ["实际完成值", "实际完成指标值", "全年实际完成值", "实际完成情况"],
  unit: ["度量单位"],
  comparator: ["指标性质"],
} as const;

interface TableRow {
  level2: string;
  level3: string;
  target: ParsedValue;
  actual: ParsedValue | null;
}

/** The indicator rows of every table on a sheet, read through parseValue with their columns as context. */
function tablesOf(rows: SheetRow[]): TableRow[][] {
  const tables: TableRow[][] = [];
  rows.forEach((hr, i) => {
    const key = (c: Cell) => (typeof c === "string" ? c.replace(/\s+/g, "") : "");
    const col = (names: readonly string[]) => hr.cells.findIndex((c) => names.includes(key(c)));
    const [l2, l3, t, a, u, cmp] = [
      HEADERS.level2,
      HEADERS.level3,
      HEADERS.target,
      HEADERS.actual,
      HEADERS.unit,
      HEADERS.comparator,
    ].map(col);
    if (l3 < 0 || t < 0) return;
    const table: TableRow[] = [];
    let level2 = "";
    for (let r = i + 1; r < rows.length; r++) {
      const row = rows[r];
      const name = row?.cells[l3];
      if (typeof name !== "string" || name === "") {
        if (table.length > 0 || (row && row.cells.some((c) => c !== null && c !== ""))) break;
        continue;
      }
      level2 = (row.cells[l2] as string) || level2;
      const ctx = (c: number): ParseContext => ({
        numFmt: row.formats[c],
        unitColumn: u >= 0 ? (row.cells[u] as string | null) : null,
        comparatorColumn: cmp >= 0 ? (row.cells[cmp] as string | null) : null,
        tableYear: 2021,
        timeliness: /时效/.test(level2),
      });
      table.push({
        level2,
        level3: name,
        target: parseValue(row.cells[t] ?? null, ctx(t)),
        actual: a >= 0 ? parseValue(row.cells[a] ?? null, ctx(a)) : null,
      });
    }
    tables.push(table);
  });
  return tables;
}

/** Checks that a workbook reading means the same as the seed's text reading. */
function expectSameMeaning(w: ParsedValue, seedText: string, where: string): void {
  const s = parseValue(seedText, { tableYear: 2021 });
  // a 指标性质 column saying 定性 keeps a figure with a remark (6件，均及时处置) whole, as words: the same meaning
  if (w.kind === "qualitative" && s.kind === "quantity" && s.remark && w.text === s.text) return;
  expect(`${where}: ${w.kind}`).toBe(`${where}: ${s.kind}`);
  if (w.kind === "quantity" && s.kind === "quantity") {
    expect(`${where}: ${toBase(w.value, w.unit)}`).toBe(`${where}: ${toBase(s.value, s.unit)}`);
    expect(`${where}: ${w.approximate}`).toBe(`${where}: ${s.approximate}`);
    if (w.unit && s.unit) expect(sameFamily(w.unit, s.unit)).toBe(true);
    else expect(`${where}: ${w.unit?.text ?? null}`).toBe(`${where}: ${s.unit?.text ?? null}`);
    if (w.comparator && s.comparator) expect(`${where}: ${w.comparator}`).toBe(`${where}: ${s.comparator}`);
  } else if (w.kind === "deadline" && s.kind === "deadline") {
    expect([w.comparator, w.year, w.month, w.day]).toEqual([s.comparator, s.year, s.month, s.day]);
  } else if (w.kind === "qualitative") {
    expect(w.text).toBe(seedText);
  }
}

describe("workbooks read like their seed cases", () => {
  test.each([
    "project-gansu-2021.xlsx",
    "project-gansu-2021-submitted.xlsx",
    "project-gansu-2021-split.xlsx",
    "department-gansu-2021.xlsx",
    "department-gansu-2021-submitted.xlsx",
    "department-gansu-2021-split.xlsx",
    "two-sheets-gansu-2021.xlsx",
    "targets-hengshui-2021.xlsx",
    "no-weights-xiqu-2021.xlsx",
  ])("%s", async (file) => {
    const tables = (await readSheets(file)).flatMap(tablesOf);
    expect(tables.length).toBeGreaterThan(0);
    let compared = 0;
    for (const table of tables) {
      const seed = SEEDS.find(
        (s) => s.rows.length === table.length && table.every((r, i) => s.rows[i].level3 === r.level3),
      );
      expect(seed).toBeDefined();
      table.forEach((r, i) => {
        const sr = seed!.rows[i];
        expectSameMeaning(r.target, sr.target, `${file} ${r.level3} target`);
        if (r.actual && sr.actual !== undefined) expectSameMeaning(r.actual, sr.actual, `${file} ${r.level3} actual`);
        compared++;
      });
    }
    expect(compared).toBe(tables.reduce((n, t) => n + t.length, 0));
  });
});
