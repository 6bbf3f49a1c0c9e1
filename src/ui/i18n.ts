// UI language: the string tables, t(), and a React context so components can call useT().
import { createContext, createElement, useCallback, useContext, type ReactNode } from "react";
import type { FindingCode } from "../core";
import { FINDING_CATALOGUE } from "../core";
import { EN } from "./strings/en";
import { ZH, type MessageKey } from "./strings/zh";

export type { MessageKey } from "./strings/zh";

/** A UI language: Chinese (default) or English. */
export type Lang = "zh" | "en";

/** Values substituted into `{name}` placeholders. */
export type MessageVars = Record<string, string | number>;

/** The translator components get from useT(). */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const TABLES: Record<Lang, Record<MessageKey, string>> = { zh: ZH, en: EN };

/** Reads a stored language value; anything but "en" means Chinese. */
export function parseLang(value: string | null | undefined): Lang {
  return value === "en" ? "en" : "zh";
}

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  const text = TABLES[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The short title of a finding code in `lang`, from the core's catalogue. */
export function findingTitle(lang: Lang, code: FindingCode): string {
  const entry = FINDING_CATALOGUE[code];
  return entry ? entry[lang] : code;
}

const LangContext = createContext<Lang>("zh");

/** Provides the UI language to every component below it. */
export function LangProvider(props: { lang: Lang; children?: ReactNode }): ReactNode {
  return createElement(LangContext.Provider, { value: props.lang }, props.children);
}

/** The current UI language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** A translator bound to the current UI language. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback<Translate>((key, vars) => t(lang, key, vars), [lang]);
}
