// The setup several HTTP tests share: a policy, one region with one center, its regional manager
// signed in over the real HTTP stack. Registers its hooks; read the fields inside tests.
import { afterAll, beforeAll } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser, TEST_PASSWORD } from "../factories/network.ts";
import { makePolicyVersion } from "../factories/records.ts";
import type { TestDatabase } from "../setup/test-database.ts";
import { buildTestApp, sessionCookie, signInOverHttp, type TestApp } from "./test-app.ts";

export interface ManagerOverHttp {
  app: TestApp;
  manager: SessionUser;
  cookie: string;
  center: { id: number; code: string };
}

export function useManagerOverHttp(database: TestDatabase): ManagerOverHttp {
  const fixture = {} as ManagerOverHttp;
  beforeAll(async () => {
    const db = database.db;
    await makePolicyVersion(db);
    const region = await makeRegion(db);
    fixture.center = await makeCenter(db, region.id);
    fixture.manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
    fixture.app = await buildTestApp(db);
    fixture.cookie = sessionCookie(await signInOverHttp(fixture.app, fixture.manager.email, TEST_PASSWORD));
  });
  afterAll(async () => {
    await fixture.app.close();
  });
  return fixture;
}
