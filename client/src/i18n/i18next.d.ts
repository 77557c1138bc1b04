// Translation keys are typed: t("a.missing.key") fails the typecheck, and zh-cn.ts must have every
// key en.ts has (Translated<Messages>).
import "i18next";
import type { Messages } from "./en.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}
