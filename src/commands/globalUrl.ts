// Stands in for core-js-pure's URL polyfill in the ribbon's ES5 bundle (webpack.config.js aliases it there). Only zod's
// URL schema names URL, and the ribbon never builds one; the polyfill (with punycode) was 8 KB gzipped of dead code.
// Where the browser has URL it is that; in Internet Explorer 11 it is whatever the window has, as unbundled code sees.

/** The window's own URL constructor, or undefined. */
const globalUrl: typeof URL | undefined = typeof URL !== "undefined" ? URL : undefined;
export default globalUrl;
