// Offline checks of manifest.xml (`npm run validate`); office-addin-manifest's validator needs the internet.
//   node scripts/validate-manifest.mjs [--manifest manifest.xml] [--root .] [--dist dist] [--no-build] [--json]
// Checks: well-formed XML; OfficeApp basics (TaskPaneApp, GUID Id, zh-CN + en-US, Workbook, ReadWriteDocument,
// AddinCommands 1.1); ids unique; every resid exists in the right resource list; string lengths; every
// https://localhost:3000/ URL exists in dist/ after a build (or, with --no-build or no dist/, maps to a webpack
// page or a file under assets/); icons are PNGs of the size their slot needs (IHDR).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DEV_ORIGIN = "https://localhost:3000/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses XML into { name, attrs, children, text, line }; throws "line N: …" when it is not well-formed. */
export function parseXml(text) {
  let i = 0;
  const lineAt = (pos) => text.slice(0, pos).split("\n").length;
  const fail = (msg, pos = i) => {
    throw new Error(`line ${lineAt(pos)}: ${msg}`);
  };
  const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
  const readName = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) fail("expected a name");
    i += m[0].length;
    return m[0];
  };
  const checkEntities = (s, pos) => {
    for (const m of s.matchAll(/&([^;\s]*);?/g)) {
      if (!m[0].endsWith(";") || !/^(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1]))
        fail(`bad entity ${m[0]}`, pos);
    }
    if (s.includes("<")) fail("'<' inside text or attribute", pos);
    return s.replace(
      /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g,
      (_, e) =>
        ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e] ??
        String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
    );
  };
  const skipWs = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const skipMisc = () => {
    for (;;) {
      skipWs();
      if (text.startsWith("<?", i)) {
        const end = text.indexOf("?>", i);
        if (end < 0) fail("unterminated <?");
        i = end + 2;
      } else if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i);
        if (end < 0) fail("unterminated comment");
        i = end + 3;
      } else return;
    }
  };
  const element = () => {
    const start = i;
    if (text[i] !== "<") fail("expected '<'");
    i++;
    const name = readName();
    const attrs = {};
    for (;;) {
      const before = i;
      skipWs();
      if (text.startsWith("/>", i)) {
        i += 2;
        return { name, attrs, children: [], text: "", line: lineAt(start) };
      }
      if (text[i] === ">") {
        i++;
        break;
      }
      if (i === before) fail("expected whitespace between attributes");
      const an = readName();
      skipWs();
      if (text[i] !== "=") fail(`attribute ${an} without '='`);
      i++;
      skipWs();
      const q = text[i];
      if (q !== '"' && q !== "'") fail(`attribute ${an} value must be quoted`);
      const end = text.indexOf(q, i + 1);
      if (end < 0) fail("unterminated attribute value");
      if (an in attrs) fail(`duplicate attribute ${an}`);
      attrs[an] = checkEntities(text.slice(i + 1, end), i);
      i = end + 1;
    }
    const children = [];
    let content = "";
    for (;;) {
      if (i >= text.length) fail(`<${name}> is not closed`, start);
      if (text.startsWith("</", i)) {
        i += 2;
        const close = readName();
        if (close !== name) fail(`</${close}> closes <${name}> (opened on line ${lineAt(start)})`);
        skipWs();
        if (text[i] !== ">") fail("expected '>'");
        i++;
        return { name, attrs, children, text: content.trim(), line: lineAt(start) };
      }
      if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i);
        if (end < 0) fail("unterminated comment");
        i = end + 3;
      } else if (text.startsWith("<![CDATA[", i)) {
        const end = text.indexOf("]]>", i);
        if (end < 0) fail("unterminated CDATA");
        content += text.slice(i + 9, end);
        i = end + 3;
      } else if (text[i] === "<") {
        children.push(element());
      } else {
        const next = text.indexOf("<", i);
        const chunk = text.slice(i, next < 0 ? text.length : next);
        content += checkEntities(chunk, i);
        i += chunk.length;
      }
    }
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  skipMisc();
  const root = element();
  skipMisc();
  if (i < text.length) fail("content after the root element");
  return root;
}

/** Every element of a tree, depth first, with its parent chain. */
function walk(node, parents = [], out = []) {
  out.push({ node, parents });
  for (const c of node.children) walk(c, [...parents, node], out);
  return out;
}

const local = (name) => name.split(":").pop();

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
export function pngSize(bytes) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, k) => bytes[k] !== b) || bytes.toString("ascii", 12, 16) !== "IHDR")
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The shared runtime markup (add-in only manifest), each rule from Microsoft's manifest reference:
 * - Runtimes is a child of the VersionOverrides Host (Task pane 1.0) and comes first in it, before DesktopFormFactor
 *   (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime: "must be
 *   entered after the <Host> element in the exact order shown"; https://learn.microsoft.com/javascript/api/manifest/runtimes);
 * - one Runtime ("At present, you can only define one <Runtime> element"), lifetime long ("the only value supported by
 *   the shared runtime"), resid at most 32 characters (https://learn.microsoft.com/javascript/api/manifest/runtime);
 * - the FunctionFile uses the Runtime's resid ("The shared runtime won't load if the resid uses different values");
 * - SharedRuntime is not a Requirements set: in the base manifest it keeps the add-in off Office without it, and in
 *   VersionOverrides it drops every ribbon button there (https://learn.microsoft.com/javascript/api/manifest/requirements);
 *   Excel 2016/2019 must keep both, so the ribbon checks SharedRuntime 1.1 at run time. */
function checkRuntimes(all, check) {
  const runtimes = all.filter((e) => local(e.node.name) === "Runtimes");
  if (runtimes.length === 0) {
    check("shared runtime: no <Runtimes>", true);
    return;
  }
  const problems = [];
  for (const { node, parents } of runtimes) {
    const host = parents[parents.length - 1];
    if (local(host.name) !== "Host" || !parents.some((p) => local(p.name) === "VersionOverrides"))
      problems.push("Runtimes outside the VersionOverrides Host");
    else if (host.children[0] !== node) problems.push("Runtimes is not the first child of Host");
    const items = node.children.filter((c) => local(c.name) === "Runtime");
    if (items.length !== 1) problems.push(`${items.length} Runtime elements (exactly one)`);
    for (const r of items) {
      if (r.attrs.lifetime !== "long")
        problems.push(`lifetime="${r.attrs.lifetime ?? ""}" (the shared runtime needs long)`);
      if (!r.attrs.resid || r.attrs.resid.length > 32)
        problems.push(`Runtime resid "${r.attrs.resid ?? ""}" (1–32 characters)`);
      const functionFiles = all.filter((e) => local(e.node.name) === "FunctionFile").map((e) => e.node.attrs.resid);
      const other = functionFiles.filter((f) => f !== r.attrs.resid);
      if (other.length)
        problems.push(`FunctionFile resid ${other.join(", ")} differs from the Runtime's ${r.attrs.resid}`);
    }
  }
  const required = all.filter((e) => local(e.node.name) === "Set" && e.node.attrs.Name === "SharedRuntime");
  if (required.length)
    problems.push("SharedRuntime is a manifest requirement (Excel 2016/2019 would lose the add-in or its buttons)");
  check(
    "shared runtime: <Runtimes> first in Host, one long Runtime, FunctionFile on its page, no SharedRuntime requirement",
    problems.length === 0,
    problems.join("; "),
  );
}

/** Runs every check; returns { ok, checks: [{ name, ok, detail }] }. */
export function validateManifest({ manifest = "manifest.xml", root = ".", dist = "dist", build = true } = {}) {
  const checks = [];
  const check = (name, ok, detail = "") => checks.push({ name, ok: Boolean(ok), detail });
  root = resolve(root);
  let tree;
  try {
    tree = parseXml(readFileSync(resolve(root, manifest), "utf8"));
    check("XML is well-formed", true);
  } catch (error) {
    check("XML is well-formed", false, error.message);
    return { ok: false, checks };
  }
  const all = walk(tree);
  const find = (name) => all.filter((e) => local(e.node.name) === name).map((e) => e.node);
  const first = (name) => find(name)[0];
  const xsiType = (n) => n?.attrs["xsi:type"];

  check("root is OfficeApp xsi:type=TaskPaneApp", local(tree.name) === "OfficeApp" && xsiType(tree) === "TaskPaneApp");
  const id = first("Id")?.text ?? "";
  check("Id is a GUID", GUID.test(id), id);
  check("DefaultLocale is zh-CN", first("DefaultLocale")?.text === "zh-CN");
  check(
    "host Workbook",
    find("Host").some((h) => h.attrs.Name === "Workbook" || xsiType(h) === "Workbook"),
  );
  check("Permissions ReadWriteDocument", first("Permissions")?.text === "ReadWriteDocument");
  const source = first("DefaultSettings")?.children.find((c) => local(c.name) === "SourceLocation");
  check(
    "SourceLocation is the task pane",
    source?.attrs.DefaultValue === `${DEV_ORIGIN}taskpane.html`,
    source?.attrs.DefaultValue,
  );
  const vo = first("VersionOverrides");
  const commandsSet =
    vo &&
    walk(vo).some(
      ({ node }) =>
        local(node.name) === "Set" && node.attrs.Name === "AddinCommands" && (node.attrs.MinVersion ?? "1.1") === "1.1",
    );
  check("VersionOverrides requires AddinCommands 1.1", commandsSet);
  const fn = find("Action").find((a) => xsiType(a) === "ExecuteFunction");
  check(
    "ExecuteFunction scoreWorkbook",
    fn?.children.some((c) => local(c.name) === "FunctionName" && c.text === "scoreWorkbook"),
  );
  check(
    "ShowTaskpane button",
    find("Action").some((a) => xsiType(a) === "ShowTaskpane"),
  );
  const overrides = [first("DisplayName"), first("Description"), ...find("String")].filter(Boolean);
  const missingEn = overrides.filter(
    (n) => !n.children.some((c) => local(c.name) === "Override" && c.attrs.Locale === "en-US"),
  );
  check(
    "every display string has an en-US Override",
    missingEn.length === 0,
    missingEn.map((n) => n.attrs.id ?? n.name).join(", "),
  );

  const ids = all.map((e) => e.node.attrs.id).filter(Boolean);
  const dupes = ids.filter((x, k) => ids.indexOf(x) !== k);
  check("ids are unique", dupes.length === 0, [...new Set(dupes)].join(", "));

  const resources = {};
  for (const { node, parents } of all) {
    if (!node.attrs.id || !parents.some((p) => local(p.name) === "Resources")) continue;
    resources[node.attrs.id] = { kind: local(parents[parents.length - 1].name), node };
  }
  const wanted = (n, parent) => {
    const name = local(n.name);
    if (name === "Image") return "Images";
    if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(name)) return "Urls";
    if (name === "Label" || name === "Title") return "ShortStrings";
    if (name === "Description")
      return local(parent.name) === "Supertip" || local(parent.name) === "GetStarted" ? "LongStrings" : null;
    return null;
  };
  const badRefs = [];
  for (const { node, parents } of all) {
    if (!node.attrs.resid) continue;
    const res = resources[node.attrs.resid];
    const kind = wanted(node, parents[parents.length - 1]);
    if (!res) badRefs.push(`${node.attrs.resid} (missing)`);
    else if (kind && res.kind !== kind)
      badRefs.push(`${node.attrs.resid} (${res.kind}, ${local(node.name)} needs ${kind})`);
  }
  check("every resid exists in the right resource list", badRefs.length === 0, badRefs.join(", "));
  checkRuntimes(all, check);
  const tooLong = Object.entries(resources)
    .filter(
      ([, r]) =>
        (r.kind === "ShortStrings" &&
          [r.node.attrs.DefaultValue, ...r.node.children.map((c) => c.attrs.Value)].some(
            (v) => (v ?? "").length > 125,
          )) ||
        (r.kind === "LongStrings" &&
          [r.node.attrs.DefaultValue, ...r.node.children.map((c) => c.attrs.Value)].some(
            (v) => (v ?? "").length > 250,
          )),
    )
    .map(([k]) => k);
  check("short strings ≤ 125, long strings ≤ 250 characters", tooLong.length === 0, tooLong.join(", "));

  const urls = new Set();
  for (const { node } of all) {
    const values = Object.entries(node.attrs)
      .filter(([k]) => k !== "xmlns" && !k.startsWith("xmlns:"))
      .map(([, v]) => v);
    for (const v of [...values, node.text]) if (/^https?:\/\//.test(v)) urls.add(v);
  }
  const outside = [...urls].filter((u) => !u.startsWith(DEV_ORIGIN));
  check(`every URL is under ${DEV_ORIGIN}`, outside.length === 0, outside.join(", "));
  const distDir = resolve(root, dist);
  const useBuild = build && existsSync(join(distDir, "taskpane.html"));
  let pages = [];
  try {
    pages = createRequire(import.meta.url)(join(root, "webpack.config.js")).PAGES.map((p) => p.filename);
  } catch {
    pages = [];
  }
  const missing = [...urls]
    .filter((u) => u.startsWith(DEV_ORIGIN))
    .map((u) => u.slice(DEV_ORIGIN.length).split(/[?#]/)[0])
    .filter((p) =>
      useBuild
        ? !existsSync(join(distDir, p))
        : !(pages.includes(p) || (p.startsWith("assets/") && existsSync(join(root, p)))),
    );
  check(
    useBuild ? "every URL exists in dist/" : "every URL is a webpack page or a file under assets/",
    missing.length === 0,
    missing.join(", "),
  );

  const iconSlots = [];
  for (const { node } of all) {
    if (local(node.name) === "Image" && node.attrs.resid && node.attrs.size)
      iconSlots.push([node.attrs.resid, Number(node.attrs.size)]);
  }
  const iconUrl = (resid) => resources[resid]?.node.attrs.DefaultValue;
  const slots = [
    ...iconSlots.map(([resid, size]) => [iconUrl(resid), size, resid]),
    [first("IconUrl")?.attrs.DefaultValue, 32, "IconUrl"],
    [first("HighResolutionIconUrl")?.attrs.DefaultValue, 64, "HighResolutionIconUrl"],
  ];
  const iconProblems = [];
  for (const [url, size, what] of slots) {
    if (!url || !url.startsWith(DEV_ORIGIN)) {
      iconProblems.push(`${what}: no local URL`);
      continue;
    }
    const rel = url.slice(DEV_ORIGIN.length);
    const file = useBuild ? join(distDir, rel) : join(root, rel);
    if (!existsSync(file)) {
      iconProblems.push(`${what}: ${rel} missing`);
      continue;
    }
    const dims = pngSize(readFileSync(file));
    if (!dims) iconProblems.push(`${what}: ${rel} is not a PNG`);
    else if (dims.width !== size || dims.height !== size)
      iconProblems.push(`${what}: ${rel} is ${dims.width}×${dims.height}, needs ${size}×${size}`);
  }
  check("icons are PNGs of the right size", iconProblems.length === 0, iconProblems.join("; "));
  return { ok: checks.every((c) => c.ok), checks, mode: useBuild ? "dist" : "names" };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : fallback;
  };
  const root = opt("--root", resolve(dirname(fileURLToPath(import.meta.url)), ".."));
  const result = validateManifest({
    manifest: opt("--manifest", "manifest.xml"),
    root,
    dist: opt("--dist", "dist"),
    build: !args.includes("--no-build"),
  });
  if (args.includes("--json")) console.log(JSON.stringify(result));
  else {
    for (const c of result.checks) console.log(`${c.ok ? "✓" : "✗"} ${c.name}${c.detail ? ` — ${c.detail}` : ""}`);
    console.log(
      result.ok
        ? `manifest OK (URLs checked against ${result.mode === "dist" ? "dist/" : "webpack pages and assets/; run npm run build to check dist/"})`
        : "manifest has problems",
    );
  }
  process.exitCode = result.ok ? 0 : 1;
}
