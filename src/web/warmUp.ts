// Warming the page's workers up while the page waits for files: each scores the bundled example a few times, so
// that the browser has compiled the scorer before the first batch (which then runs about a quarter faster).
import { fetchDemoWorkbook } from "./demo";
import type { PageWorkers } from "./WebApp";

/** The page's workers, and a way to warm them up before the first batch. */
export interface WarmablePageWorkers extends PageWorkers {
  /** Starts the workers and has each score `file` a few times (resolves with the rounds each did). */
  warm(file: Blob): Promise<number[]>;
}

/** Once the page has loaded and is idle, warms the workers on the example workbook; then marks <html
 *  data-workers="warm"> ("cold" when the example could not be had: the first batch then compiles as it goes). */
export function warmWhenIdle(workers: WarmablePageWorkers, fetchExample = fetchDemoWorkbook): void {
  const mark = (state: "warm" | "cold"): void => {
    document.documentElement.dataset.workers = state;
  };
  const start = (): void => {
    fetchExample()
      .then(([example]) => workers.warm(example.file))
      .then((rounds) => mark(rounds.every((r) => r > 0) ? "warm" : "cold"))
      .catch(() => mark("cold"));
  };
  const idle = (): void => void (window.requestIdleCallback ? window.requestIdleCallback(start) : setTimeout(start, 0));
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}
