import { describe, expect, it } from "vitest";
import { ZPolicyInput } from "../schemas/policy.ts";
import { ZSaveReportInput } from "../schemas/reports.ts";
import { MESSAGES_EN } from "./en.ts";
import { isMessageKey, ref, renderMessage } from "./message-ref.ts";
import { ZMessageRef } from "./message-schema.ts";
import { fieldMessagesOfZod } from "./zod-messages.ts";
import { MESSAGES_ZH_CN } from "./zh-cn.ts";

describe("message catalogs", () => {
  it("word every key in both languages with the same parameters", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(MESSAGES_EN)) {
      const chinese = MESSAGES_ZH_CN[key as keyof typeof MESSAGES_EN];
      expect(chinese, key).toBeTruthy();
      expect(names(chinese), key).toEqual(names(english));
    }
  });

  it("the Chinese catalog is Chinese: every message holds Han characters", () => {
    const english = Object.entries(MESSAGES_ZH_CN).filter(
      ([key, text]) => !key.startsWith("word.kind.") && !/\p{Script=Han}/u.test(text),
    );
    expect(english).toEqual([]);
  });
});

describe("renderMessage", () => {
  it("fills parameters, numbers in the locale's style and words in the same language", () => {
    const message = ref("import.rejected", { errorCount: 12_000, rowCount: 40_000 });
    expect(renderMessage(message)).toBe(
      "12,000 problem(s) in 40,000 row(s): fix the file and upload it again. Nothing was stored.",
    );
    expect(renderMessage(message, "zh-CN")).toBe("40,000 行中有 12,000 个问题：请修改文件后重新上传。未保存任何数据。");
    const state = ref("escalation.notOpen", { status: ref("word.status.RESOLVED") });
    expect(renderMessage(state, "zh-CN")).toBe("此上报事项当前为已处理；只有未结的才能处理。");
    const roles = ref("auth.needsRole", { roles: [ref("word.role.AUDITOR"), ref("word.role.HQ_ADMIN")] });
    expect(renderMessage(roles)).toBe("This needs the role AUDITOR or HQ_ADMIN.");
    expect(renderMessage(roles, "zh-CN")).toBe("此操作需要以下角色：审核员或总部管理员。");
  });

  it("knows its keys, and the wire schema refuses anything else", () => {
    expect(isMessageKey("center.required")).toBe(true);
    expect(isMessageKey("constructor")).toBe(false);
    expect(ZMessageRef.safeParse({ key: "center.required" }).success).toBe(true);
    expect(ZMessageRef.safeParse({ key: "no.such.key" }).success).toBe(false);
  });
});

describe("schema issues as messages", () => {
  it("carry the schema's key, a custom issue's parameters, and a bound for rules without words", () => {
    const report = ZSaveReportInput.safeParse({
      kind: "VISIT",
      centerId: 0,
      eventAt: "2026-11-01T10:00:00+08:00",
      scenario: "SCREEN_REPAIR",
      answers: [
        { itemCode: "A", answer: "PASS" },
        { itemCode: "A", answer: "PASS" },
        { itemCode: "X".repeat(49), answer: "PASS" },
      ],
    });
    expect(report.success).toBe(false);
    const fields = fieldMessagesOfZod(report.error!);
    expect(fields.centerId).toMatchObject([{ key: "center.required" }]);
    expect(fields.answers).toEqual([
      { key: "input.tooLong", params: { max: 48 } },
      { key: "report.itemTwice", params: { item: "A" } },
    ]);

    const policy = ZPolicyInput.safeParse({});
    expect(policy.success).toBe(false);
    expect(fieldMessagesOfZod(policy.error!).threshold).toEqual([{ key: "policy.thresholdNumber" }]);
  });
});

describe("every schema message is a catalog key", () => {
  it("no shared schema carries a sentence of its own", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../schemas/", import.meta.url);
    const sentences = readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .flatMap((name) =>
        [...readFileSync(new URL(name, dir), "utf8").matchAll(/(?:error|message):\s*(["'`])([^"'`]*)\1/g)].map(
          (m) => `${name}: ${m[2]}`,
        ),
      )
      .filter((text) => !isMessageKey(text.split(": ")[1]));
    expect(sentences).toEqual([]);
  });
});
