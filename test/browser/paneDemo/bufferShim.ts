// The fake Excel counts payload bytes with Buffer.byteLength; in the browser TextEncoder does the same.
const g = globalThis as unknown as { Buffer?: { byteLength(s: string): number } };
g.Buffer ??= { byteLength: (s: string) => new TextEncoder().encode(s).length };
