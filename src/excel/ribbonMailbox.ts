// The shared runtime's mailbox: the ribbon command (commands bundle) leaves its result, the pane (pane bundle) shows it.
// Both bundles run in the same window there, so the mailbox lives on the global object.
import type { RibbonResult } from "./ribbonResult";

interface Mailbox {
  last: RibbonResult | null;
  listeners: ((result: RibbonResult) => void)[];
}

function mailbox(): Mailbox {
  const g = globalThis as unknown as { __selfevalRibbon?: Mailbox };
  if (!g.__selfevalRibbon) g.__selfevalRibbon = { last: null, listeners: [] };
  return g.__selfevalRibbon;
}

/** Leaves a ribbon result for the pane (and hands it to a pane already listening). */
export function postRibbonResult(result: RibbonResult): void {
  const box = mailbox();
  box.last = result;
  box.listeners.slice().forEach((listener) => listener(result));
}

/** Calls `listener` with the last result (if any, once) and every later one; returns the unsubscribe function. */
export function onRibbonResult(listener: (result: RibbonResult) => void): () => void {
  const box = mailbox();
  box.listeners.push(listener);
  if (box.last) {
    const last = box.last;
    box.last = null;
    listener(last);
  }
  return () => {
    box.listeners = box.listeners.filter((l) => l !== listener);
  };
}
