// Internet Explorer 11 (Trident) and Microsoft Edge Legacy (EdgeHTML) cannot run the pane's bundle (ES2022, React 19,
// Fluent UI 9). Office 2016/2019 volume-licensed always use Trident; retail 2016/2019 without WebView2 too, once the
// manifest has <Runtimes>. https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
// The same test runs as ES5 in taskpane.html's boot check.

/** True for Trident ("Trident/7.0", "MSIE") and EdgeHTML ("Edge/18.x"; Chromium Edge says "Edg/"). */
export function isOldWebview(userAgent: string): boolean {
  return /Trident\/|MSIE |Edge\/\d/.test(userAgent);
}
