// What jsdom lacks and the xlsx host needs when the worker's code runs in-process in a jsdom test.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

const g = globalThis as Record<string, unknown>;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = NodeTextEncoder;
