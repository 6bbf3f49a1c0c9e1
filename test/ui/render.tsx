// Renders UI under test inside the Fluent provider and a language, as the pane and the web page do.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { LangProvider, type Lang } from "../../src/ui/i18n";

/** Renders `ui` with webLightTheme and the given language (Chinese by default). */
export function renderUi(ui: ReactElement, lang: Lang = "zh"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>{ui}</LangProvider>
    </FluentProvider>,
  );
}
