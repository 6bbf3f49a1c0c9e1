// The manifest checks of `npm run validate`, run without a build: URLs must map to webpack pages or assets/.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface Result {
  ok: boolean;
  mode: string;
  checks: { name: string; ok: boolean; detail: string }[];
}

/** Runs scripts/validate-manifest.mjs on a manifest text; returns its JSON result. */
function validate(text: string = MANIFEST): Result {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, text);
  try {
    const out = execFileSync(
      process.execPath,
      ["scripts/validate-manifest.mjs", "--manifest", file, "--no-build", "--json"],
      { cwd: ROOT, encoding: "utf8" },
    );
    return JSON.parse(out) as Result;
  } catch (error) {
    return JSON.parse(String((error as { stdout: string }).stdout)) as Result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const failed = (r: Result) => r.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);

describe("manifest.xml", () => {
  it("passes every offline check, URLs mapped to webpack pages and assets", () => {
    const result = validate();
    expect(failed(result)).toEqual([]);
    expect(result.mode).toBe("names");
    expect(result.checks.length).toBeGreaterThanOrEqual(17);
  });

  it("names the ribbon group, both buttons and their English overrides", () => {
    expect(MANIFEST).toContain('<bt:String id="Group.Label" DefaultValue="绩效评分">');
    expect(MANIFEST).toContain('<bt:String id="ScoreButton.Label" DefaultValue="一键评分">');
    expect(MANIFEST).toContain('<bt:String id="PaneButton.Label" DefaultValue="评分面板">');
    expect(MANIFEST.match(/<bt:Override Locale="en-US"/g)).toHaveLength(7);
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
  });

  it("catches malformed XML with its line", () => {
    const result = validate(MANIFEST.replace("</ProviderName>", "</Provider>"));
    expect(result.ok).toBe(false);
    expect(failed(result)[0]).toMatch(/^XML is well-formed: line 11: <\/Provider> closes <ProviderName>/);
  });

  it("catches a duplicate id and a resid that does not exist", () => {
    const dupe = validate(MANIFEST.replace('id="SelfEval.PaneButton"', 'id="SelfEval.ScoreButton"'));
    expect(failed(dupe)).toEqual(["ids are unique: SelfEval.ScoreButton"]);
    const missing = validate(
      MANIFEST.replace('<Label resid="PaneButton.Label"/>', '<Label resid="PaneButton.Caption"/>'),
    );
    expect(failed(missing)).toEqual(["every resid exists in the right resource list: PaneButton.Caption (missing)"]);
  });

  it("catches a URL the build does not produce and an icon of the wrong size", () => {
    const url = validate(
      MANIFEST.replace(
        '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/index.html"/>',
        '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/ribbon.html"/>',
      ),
    );
    expect(failed(url)).toEqual(["every URL is a webpack page or a file under assets/: ribbon.html"]);
    const icon = validate(
      MANIFEST.replace(
        '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
        '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      ),
    );
    expect(failed(icon)[0]).toMatch(
      /^icons are PNGs of the right size: Icon\.16x16: assets\/icon-32\.png is 32×32, needs 16×16/,
    );
  });

  it("checks the shared runtime markup: Runtimes first in Host, the FunctionFile on its page, no SharedRuntime requirement", () => {
    expect(MANIFEST).toMatch(
      /<Host xsi:type="Workbook">\s*(<!--[\s\S]*?-->\s*)?<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>/,
    );
    expect(MANIFEST).toContain('<FunctionFile resid="Taskpane.Url"/>');
    const name =
      "shared runtime: <Runtimes> first in Host, one long Runtime, FunctionFile on its page, no SharedRuntime requirement";
    const runtimeCheck = (text: string) => validate(text).checks.find((c) => c.name === name)!;
    expect(runtimeCheck(MANIFEST).ok).toBe(true);
    const moved = MANIFEST.replace(
      /(<Runtimes>[\s\S]*?<\/Runtimes>)\s*(<DesktopFormFactor>[\s\S]*?<\/DesktopFormFactor>)/,
      "$2$1",
    );
    expect(runtimeCheck(moved).detail).toBe("Runtimes is not the first child of Host");
    const short = MANIFEST.replace('lifetime="long"', 'lifetime="short"');
    expect(runtimeCheck(short).detail).toBe('lifetime="short" (the shared runtime needs long)');
    const apart = MANIFEST.replace(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="GetStarted.LearnMoreUrl"/>',
    );
    expect(runtimeCheck(apart).detail).toBe(
      "FunctionFile resid GetStarted.LearnMoreUrl differs from the Runtime's Taskpane.Url",
    );
    const required = MANIFEST.replace(
      '<Set Name="ExcelApi" MinVersion="1.1"/>',
      '<Set Name="ExcelApi" MinVersion="1.1"/><Set Name="SharedRuntime" MinVersion="1.1"/>',
    );
    expect(runtimeCheck(required).detail).toMatch(/^SharedRuntime is a manifest requirement/);
  });

  it("maps each page to a template and each bundle to an entry that exist; office.js only on the Office pages", () => {
    const config = require(path.join(ROOT, "webpack.config.js")) as {
      PAGES: { name: string; template: string; filename: string; officeJs: boolean }[];
      ENTRIES: { name: string; entry: string; layer?: string }[];
    };
    expect(config.PAGES.map((p) => p.filename)).toEqual(["taskpane.html", "dialog.html", "index.html"]);
    expect(config.ENTRIES.map((e) => [e.name, e.layer ?? null])).toEqual([
      ["taskpane", null],
      ["commands", "es5"],
      ["messagesEn", "es5"],
      ["web", null],
    ]);
    for (const entry of config.ENTRIES) expect(fs.existsSync(path.join(ROOT, entry.entry))).toBe(true);
    for (const page of config.PAGES) {
      const template = fs.readFileSync(path.join(ROOT, page.template), "utf8");
      expect(template.includes("htmlWebpackPlugin.options.officeJsUrl")).toBe(page.officeJs);
      if (!page.officeJs) expect(template).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    }
  });
});
