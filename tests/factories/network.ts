// Small, explicit builders for test data. Each returns what the test needs to refer to.
import { randomUUID } from "node:crypto";
import type { Role } from "../../shared/domain/roles.ts";
import type { SessionUser } from "../../server/context.ts";
import type { Db } from "../../server/db/create-database.ts";
import { createUser } from "../../server/services/users/create-user.ts";

let sequence = 0;
const next = () => ++sequence;

export async function makeRegion(db: Db, overrides: { code?: string } = {}) {
  const n = next();
  return db.region.create({
    data: { code: overrides.code ?? `R${n}`, nameZh: `区域${n}`, nameEn: `Region ${n}` },
    select: { id: true, code: true },
  });
}

export async function makeCenter(
  db: Db,
  regionId: number,
  overrides: { kind?: "DIRECT" | "AUTHORIZED"; name?: string; city?: string; grade?: "A" | "B" | "C" } = {},
) {
  const n = next();
  const kind = overrides.kind ?? "AUTHORIZED";
  return db.center.create({
    data: {
      code: `C${String(n).padStart(5, "0")}`,
      name: overrides.name ?? `测试服务中心 ${n}`,
      kind,
      authorizationNo: kind === "AUTHORIZED" ? `AUTH-T-${n}` : null,
      partnerName: kind === "AUTHORIZED" ? "测试运营商有限公司" : null,
      grade: kind === "AUTHORIZED" ? (overrides.grade ?? "B") : null,
      regionId,
      province: "浙江",
      city: overrides.city ?? "杭州",
      cityTier: 2,
      address: `西湖区 ${n} 号`,
    },
    select: { id: true, code: true, regionId: true },
  });
}

export const TEST_PASSWORD = "Correct-Horse-9";

/** A user who can sign in with TEST_PASSWORD, and the SessionUser the procedures would see. */
export async function makeUser(
  db: Db,
  role: Role,
  regionIds: number[],
  overrides: { email?: string } = {},
): Promise<SessionUser> {
  const email = overrides.email ?? `${role.toLowerCase()}.${next()}.${randomUUID().slice(0, 8)}@test.example`;
  const name = `${role} ${sequence}`;
  const { id } = await createUser(
    db,
    { id: null, email: "tests@setup" },
    { email, name, role, regionIds, password: TEST_PASSWORD },
  );
  return { id, email, name, role, mustChangePassword: false, regionIds: [...regionIds].sort((a, b) => a - b) };
}
