import type { TRPCError } from "@trpc/server";
import { fieldErrorsOf } from "../../server/trpc.ts";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { callerFor } from "../helpers/callers.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
let east: { id: number };
let west: { id: number };
let eastCenters: { id: number; code: string }[];
let westCenter: { id: number; code: string };
let auditor: SessionUser;
let manager: SessionUser;
let hq: SessionUser;

beforeAll(async () => {
  const db = database.db;
  east = await makeRegion(db);
  west = await makeRegion(db);
  eastCenters = [
    await makeCenter(db, east.id, { name: "杭州西湖授权服务中心", city: "杭州" }),
    await makeCenter(db, east.id, { kind: "DIRECT", name: "宁波直营服务中心", city: "宁波" }),
  ];
  westCenter = await makeCenter(db, west.id, { name: "成都锦江授权服务中心", city: "成都" });
  auditor = await makeUser(db, "AUDITOR", [east.id]);
  manager = await makeUser(db, "REGIONAL_MANAGER", [east.id]);
  hq = await makeUser(db, "HQ_ADMIN", []);
});

describe(`centers.list (${database.kind})`, () => {
  it("shows auditors and managers only the centers of their regions", async () => {
    for (const user of [auditor, manager]) {
      const centers = await callerFor(database.db, user).centers.list();
      expect(centers.map((c) => c.code).sort()).toEqual(eastCenters.map((c) => c.code).sort());
    }
  });

  it("shows headquarters every region", async () => {
    const codes = (await callerFor(database.db, hq).centers.list()).map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining([...eastCenters.map((c) => c.code), westCenter.code]));
  });

  it("never widens scope through a filter for another region", async () => {
    expect(await callerFor(database.db, manager).centers.list({ regionId: west.id })).toEqual([]);
  });

  it("filters by free text (name, code or city) and by kind", async () => {
    const caller = callerFor(database.db, hq);
    expect((await caller.centers.list({ search: "宁波" })).map((c) => c.code)).toEqual([eastCenters[1]!.code]);
    expect((await caller.centers.list({ search: westCenter.code.toLowerCase() })).map((c) => c.code)).toEqual([
      westCenter.code,
    ]);
    const direct = await caller.centers.list({ kind: "DIRECT", regionId: east.id });
    expect(direct.map((c) => c.code)).toEqual([eastCenters[1]!.code]);
  });

  it("derives the status from consequences, starting ACTIVE", async () => {
    const [center] = await callerFor(database.db, manager).centers.list({ search: eastCenters[0]!.code });
    expect(center).toMatchObject({ status: "ACTIVE", failureStreak: 0, kind: "AUTHORIZED", region: { id: east.id } });
  });

  it("refuses bad input with the field and the rule", async () => {
    const error = await callerFor(database.db, hq)
      .centers.list({ search: "x".repeat(101) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf((error as TRPCError).cause)).toEqual({ search: ["Search must be at most 100 characters."] });
  });

  it("asks a signed-out caller to sign in", async () => {
    await expect(callerFor(database.db, null).centers.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe(`centers.byId (${database.kind})`, () => {
  it("returns a center in the user's regions", async () => {
    const center = await callerFor(database.db, auditor).centers.byId({ centerId: eastCenters[0]!.id });
    expect(center.code).toBe(eastCenters[0]!.code);
  });

  it("answers NOT_FOUND for a center of another region, exactly as for one that does not exist", async () => {
    const outOfRegion = await callerFor(database.db, manager)
      .centers.byId({ centerId: westCenter.id })
      .catch((e: unknown) => e);
    const missing = await callerFor(database.db, manager)
      .centers.byId({ centerId: 999_999 })
      .catch((e: unknown) => e);
    expect(outOfRegion).toMatchObject({ code: "NOT_FOUND", message: "Center was not found." });
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "Center was not found." });
  });
});
