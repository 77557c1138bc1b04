// Headquarters creates and edits centers. Codes and authorization numbers are unique; a change of
// kind must not strand a pending case of the other kind (a proposal only concerns authorized
// centers, an escalation only direct ones).
import type { TCenterFields, TUpdateCenterInput } from "../../../shared/schemas/centers.ts";
import type { DbTransaction, Db } from "../../db/create-database.ts";
import { refusingUniqueViolation } from "../../db/unique-violation.ts";
import { DomainError, notFound } from "../../errors.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";

const centerFieldsSelect = {
  code: true,
  name: true,
  kind: true,
  authorizationNo: true,
  partnerName: true,
  regionId: true,
  province: true,
  city: true,
  cityTier: true,
  address: true,
} as const;

export async function createCenter(db: Db, actor: Actor, center: TCenterFields): Promise<{ id: number }> {
  return refusingUniqueViolation(
    () => insertCenter(db, actor, center),
    () => assertUnique(db, center, null),
    sameMoment,
  );
}

async function insertCenter(db: Db, actor: Actor, center: TCenterFields): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    await assertUnique(tx, center, null);
    await assertRegionExists(tx, center.regionId);
    const created = await tx.center.create({ data: center, select: { id: true } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "CENTER_CREATED",
      entityType: "center",
      entityId: created.id,
      after: center,
    });
    return created;
  });
}

export async function updateCenter(db: Db, actor: Actor, input: TUpdateCenterInput): Promise<{ id: number }> {
  const { centerId, center } = input;
  return refusingUniqueViolation(
    () => writeCenterUpdate(db, actor, input),
    () => assertUnique(db, center, centerId),
    sameMoment,
  );
}

async function writeCenterUpdate(db: Db, actor: Actor, input: TUpdateCenterInput): Promise<{ id: number }> {
  const { centerId, center } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.center.findUnique({ where: { id: centerId }, select: centerFieldsSelect });
    if (!before) throw notFound("Center");
    await assertUnique(tx, center, centerId);
    await assertRegionExists(tx, center.regionId);
    if (before.kind !== center.kind) await assertKindCanChange(tx, centerId, center.kind);
    await tx.center.update({ where: { id: centerId }, data: center });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "CENTER_UPDATED",
      entityType: "center",
      entityId: centerId,
      before,
      after: center,
    });
    return { id: centerId };
  });
}

const sameMoment = () =>
  new DomainError("CONFLICT", "Another center was saved with the same code at the same moment: check and save again.", {
    code: ["Another center was saved with the same code at the same moment: check and save again."],
  });

async function assertUnique(tx: DbTransaction | Db, center: TCenterFields, exceptId: number | null): Promise<void> {
  const others = await tx.center.findMany({
    where: {
      OR: [{ code: center.code }, ...(center.authorizationNo ? [{ authorizationNo: center.authorizationNo }] : [])],
      ...(exceptId === null ? {} : { id: { not: exceptId } }),
    },
    select: { code: true, authorizationNo: true },
  });
  const fieldErrors: Record<string, string[]> = {};
  if (others.some((o) => o.code === center.code)) fieldErrors.code = [`Code ${center.code} is already used.`];
  if (center.authorizationNo && others.some((o) => o.authorizationNo === center.authorizationNo))
    fieldErrors.authorizationNo = [`Authorization number ${center.authorizationNo} is already used.`];
  if (Object.keys(fieldErrors).length > 0)
    throw new DomainError("CONFLICT", Object.values(fieldErrors).flat().join(" "), fieldErrors);
}

async function assertRegionExists(tx: DbTransaction, regionId: number): Promise<void> {
  if ((await tx.region.count({ where: { id: regionId } })) === 0)
    throw new DomainError("BAD_REQUEST", "That region does not exist.", { regionId: ["Choose a region."] });
}

async function assertKindCanChange(tx: DbTransaction, centerId: number, to: TCenterFields["kind"]): Promise<void> {
  if (to === "DIRECT") {
    const cases = await tx.revocationProposal.count({ where: { centerId, status: { in: ["PROPOSED", "ISSUED"] } } });
    if (cases > 0)
      throw new DomainError(
        "CONFLICT",
        "This center has a pending or issued revocation: decide or reverse it before making the center direct.",
        { kind: ["Decide or reverse the revocation first."] },
      );
  } else {
    const cases = await tx.escalation.count({ where: { centerId, status: "OPEN" } });
    if (cases > 0)
      throw new DomainError(
        "CONFLICT",
        "This center has an open escalation: resolve it before making the center authorized.",
        { kind: ["Resolve the escalation first."] },
      );
  }
}
