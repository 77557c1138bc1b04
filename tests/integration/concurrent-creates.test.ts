// Two creations of the same key at the same moment (issue 13): the unique index decides, and the
// loser gets a conflict naming the field, not a 500. On PostgreSQL the two really overlap; PGlite
// runs them one after the other, where the check before the insert answers the same.
import { describe, expect, it } from "vitest";
import { createChecklistVersion } from "../../server/services/checklists/create-checklist-version.ts";
import { createCenter } from "../../server/services/centers/save-center.ts";
import { createUser } from "../../server/services/users/create-user.ts";
import { DomainError } from "../../server/errors.ts";
import { makeChecklist } from "../factories/records.ts";
import { makeRegion } from "../factories/network.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
const actor = { id: null, email: "tests@setup" };

async function oneWinsOneConflicts(calls: Promise<unknown>[]): Promise<Record<string, string[]> | undefined> {
  const settled = await Promise.allSettled(calls);
  expect(settled.map((s) => s.status).sort()).toEqual(["fulfilled", "rejected"]);
  const refusal = settled.find((s) => s.status === "rejected")!.reason as unknown;
  expect(refusal).toBeInstanceOf(DomainError);
  expect((refusal as DomainError).code).toBe("CONFLICT");
  return (refusal as DomainError).fieldErrors;
}

describe(`concurrent creates of one key (${database.kind})`, () => {
  it("two centers with one code: the second hears the code is taken", async () => {
    const region = await makeRegion(database.db);
    const center = {
      code: "RACE-01",
      name: "并发测试中心",
      kind: "DIRECT" as const,
      authorizationNo: null,
      partnerName: null,
      regionId: region.id,
      province: "浙江",
      city: "杭州",
      cityTier: 2,
      address: "西湖区 1 号",
    };
    const fieldErrors = await oneWinsOneConflicts([
      createCenter(database.db, actor, center),
      createCenter(database.db, actor, center),
    ]);
    expect(fieldErrors?.code?.[0]).toMatch(/RACE-01|same code/);
  });

  it("two users with one e-mail: the second hears it already has an account", async () => {
    const user = {
      email: "race@test.example",
      name: "Race",
      role: "AUDITOR" as const,
      regionIds: [],
      password: "Correct-Horse-9",
    };
    const fieldErrors = await oneWinsOneConflicts([
      createUser(database.db, actor, user),
      createUser(database.db, actor, user),
    ]);
    expect(fieldErrors).toEqual({ email: ["race@test.example already has an account."] });
  });

  it("two new versions of one checklist: the second is told to reload", async () => {
    await makeChecklist(database.db, "SPOT_CHECK");
    const edit = (labelEn: string) =>
      createChecklistVersion(database.db, actor, {
        kind: "SPOT_CHECK",
        items: [{ code: "CCTV_ON", labelZh: "监控开启", labelEn, weight: 1, critical: false }],
      });
    const saves = [edit("Cameras on"), edit("Cameras recording")];
    if (database.kind === "pglite") {
      // One after the other, the second is simply the next version.
      expect((await Promise.all(saves)).map((v) => v.version).sort()).toEqual([2, 3]);
      return;
    }
    const fieldErrors = await oneWinsOneConflicts(saves);
    expect(Object.keys(fieldErrors ?? {})).toEqual(["items"]);
  });
});
