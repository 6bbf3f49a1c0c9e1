// The pool's results put back in file order, and the two bounds on what waits for a slow file: a count and the
// bytes of the waiting report entries.
import { heldBytes, ORDER_WINDOW, OrderWindow, WINDOW_BYTES } from "../../src/cli/orderWindow";
import type { FileResult } from "../../src/cli/fileResult";

/** A result whose report entry is `entryBytes` of UTF-8 (one piece, as a worker sends it). */
function result(tag: string, entryBytes = 0): FileResult {
  return {
    json: entryBytes ? [new Uint8Array(entryBytes)] : null,
    lines: tag,
    aggregate: {} as FileResult["aggregate"],
  };
}

function windowWithLog(): { window: OrderWindow; handedOn: string[] } {
  const handedOn: string[] = [];
  return { window: new OrderWindow((i, r) => handedOn.push(`${i}:${r.lines}`)), handedOn };
}

test("results come out in file order, each as soon as every file before it is done", () => {
  const { window, handedOn } = windowWithLog();
  expect(window.put(0, result("a"))).toBe(1);
  expect(window.put(2, result("c"))).toBe(0);
  expect(window.put(3, result("d"))).toBe(0);
  expect(handedOn).toEqual(["0:a"]);
  expect(window.put(1, result("b"))).toBe(3);
  expect(handedOn).toEqual(["0:a", "1:b", "2:c", "3:d"]);
  expect(window.emitted).toBe(4);
});

test(`a slow file holds back at most ${ORDER_WINDOW} files handed out after it`, () => {
  const { window } = windowWithLog();
  for (let i = 1; i < ORDER_WINDOW; i++) window.put(i, result("x", 100));
  expect([window.admits(ORDER_WINDOW - 1), window.admits(ORDER_WINDOW)]).toEqual([true, false]);
  window.put(0, result("slow"));
  expect([window.emitted, window.admits(ORDER_WINDOW), window.admits(2 * ORDER_WINDOW - 1)]).toEqual([
    ORDER_WINDOW,
    true,
    true,
  ]);
});

test("a slow file behind large report entries stops new files once they hold 64 MB, and frees them in order", () => {
  const { window, handedOn } = windowWithLog();
  const big = 17.7e6; // a 30,000-row sheet's entry
  const fit = Math.ceil(WINDOW_BYTES / big); // 4 such entries pass 64 MB
  for (let i = 1; i < fit; i++) {
    window.put(i, result(`big${i}`, big));
    expect(window.admits(i + 1)).toBe(true);
  }
  window.put(fit, result(`big${fit}`, big));
  expect(window.admits(fit + 1)).toBe(false); // 5 files in: well inside the count, over the bytes
  window.put(0, result("slow"));
  expect(handedOn.length).toBe(fit + 1);
  expect(window.admits(fit + 1)).toBe(true);
});

test("the bytes held count a result's report pieces and its printed lines; a result given twice counts once", () => {
  const r = { json: ["甲乙", new Uint8Array(10)], lines: "abc", aggregate: {} } as unknown as FileResult;
  expect(heldBytes(r)).toBe(2 * 2 + 10 + 3 * 2);
  const { window } = windowWithLog();
  const huge = result("huge", WINDOW_BYTES - 100); // just under the bound with its lines
  window.put(1, huge);
  window.put(1, huge);
  expect(window.admits(2)).toBe(true);
  window.put(2, result("one more", 100));
  expect(window.admits(3)).toBe(false);
});
