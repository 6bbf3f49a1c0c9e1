// Stands in for core-js-pure's URLSearchParams polyfill in the ribbon's ES5 bundle, as globalUrl.ts does for URL.

/** The window's own URLSearchParams constructor, or undefined. */
const globalUrlSearchParams: typeof URLSearchParams | undefined =
  typeof URLSearchParams !== "undefined" ? URLSearchParams : undefined;
export default globalUrlSearchParams;
