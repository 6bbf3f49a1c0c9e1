// Per-cell lookups (CellNumbers under SheetWrites and MergeIndex): inside the sheet's values, outside them, or on a huge sheet.
import type { SheetGrid } from "../../src/core/grid";
import type { CellWrite } from "../../src/core/plan";
import { SheetWrites } from "../../src/core/sheetWrites";
import { MergeIndex } from "../../src/core/tables/merges";

const sheet = (
  values: SheetGrid["values"],
  origin = { row: 0, col: 0 },
  merges: SheetGrid["merges"] = [],
): SheetGrid => ({ name: "表", values, merges, origin });
const collect = (s: SheetGrid) => {
  const out: CellWrite[] = [];
  return { out, writes: new SheetWrites(s, new MergeIndex(s), out) };
};

test("a value and two marks on one cell make one write, the most severe fill winning", () => {
  const { out, writes } = collect(
    sheet([
      ["a", "b"],
      ["c", "d"],
    ]),
  );
  writes.value(1, 1, "score", 2.5, "0.00");
  writes.mark(1, 1, "info", "一");
  writes.mark(1, 1, "error", "二");
  writes.mark(0, 0, "warning", "三");
  expect(out.map((w) => [w.address, w.kind, w.value, w.mark?.severity, w.mark?.note])).toEqual([
    ["B2", "score", 2.5, "error", "一\n二"],
    ["A1", "mark", undefined, "warning", "三"],
  ]);
});

test("cells outside the value rectangle (right of ragged rows, above or left of the origin) are still one write each", () => {
  const { out, writes } = collect(sheet([["x"], ["y", "z"]], { row: 5, col: 2 }));
  for (let k = 0; k < 2; k++) {
    writes.mark(6, 9, "info", `right${k}`); // beyond the widest row
    writes.mark(2, 0, "info", `above${k}`); // above and left of the origin
    writes.mark(40, 3, "info", `below${k}`); // below the last row
    writes.mark(6, 3, "info", `inside${k}`);
  }
  expect(out.map((w) => `${w.address}:${w.mark!.note.replace("\n", "+")}`)).toEqual([
    "J7:right0+right1",
    "A3:above0+above1",
    "D41:below0+below1",
    "D7:inside0+inside1",
  ]);
});

test("a cell inside a merged area is written once, at the area's top-left", () => {
  const { out, writes } = collect(
    sheet(
      [
        ["a", null],
        [null, null],
      ],
      { row: 0, col: 0 },
      [{ r1: 0, c1: 0, r2: 1, c2: 1 }],
    ),
  );
  writes.value(1, 1, "score", 3);
  writes.mark(0, 1, "warning", "合并");
  expect(out).toHaveLength(1);
  expect([out[0].address, out[0].value, out[0].mark?.note]).toEqual(["A1", 3, "合并"]);
});

test("a sheet too large for the flat index (over 1 M cells) keeps one write per cell too", () => {
  const values: SheetGrid["values"] = Array.from({ length: 4200 }, () => []);
  values[0] = new Array(1001).fill(null);
  const { out, writes } = collect(sheet(values));
  writes.value(4100, 1000, "score", 1);
  writes.mark(4100, 1000, "info", "大表");
  writes.value(0, 0, "total", 2);
  expect(out.map((w) => [w.address, w.value, w.mark?.note])).toEqual([
    ["ALM4101", 1, "大表"],
    ["A1", 2, undefined],
  ]);
});

test("merged areas resolve to their top-left cell inside the values, outside them and on a huge sheet", () => {
  const values: SheetGrid["values"] = Array.from({ length: 4200 }, () => ["x", "y"]);
  const areas = [
    { r1: 1, c1: 0, r2: 8, c2: 0 },
    { r1: 2, c1: 5, r2: 3, c2: 9 },
  ];
  const small = new MergeIndex(sheet(values.slice(0, 10), { row: 0, col: 0 }, areas));
  values[0] = new Array(1001).fill(null); // 4.2 M cells, over the 1 M limit: every lookup goes through the Map
  const huge = new MergeIndex(sheet(values, { row: 0, col: 0 }, areas));
  for (const m of [small, huge]) {
    expect([m.anchor(8, 0), m.anchor(3, 9), m.anchor(9, 0), m.anchor(0, 0)]).toEqual([
      { row: 1, col: 0 },
      { row: 2, col: 5 },
      { row: 9, col: 0 },
      { row: 0, col: 0 },
    ]);
    expect([m.isCovered(1, 0), m.isCovered(2, 0), m.areaAt(4, 5)]).toEqual([false, true, null]);
  }
});
