// Headquarters creates and edits centers. Codes and authorization numbers are unique; a change of
// kind must not strand a pending case of the other kind (a proposal only concerns authorized
// centers, an escalation only direct ones).
import type { TCenterFields, TUpdateCenterInput } from "../../../shared/schemas/centers.ts";
import type { DbTransaction, Db } from "../../db/create-database.ts";
import { refusingUniqueViolation } from "../../db/unique-violation.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { type FieldMessages, ref } from "../../../shared/messages/message-ref.ts";
import { DomainError, fieldError, notFound } from "../../errors.ts";

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
    const created = await tx.center.create({
      data: { ...center, grade: gradeFor(center.kind, null) },
      select: { id: true },
    });
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
    if (!before) throw notFound("notFound.center");
    await assertUnique(tx, center, centerId);
    await assertRegionExists(tx, center.regionId);
    if (before.kind !== center.kind) await assertKindCanChange(tx, centerId, center.kind);
    const { grade } = await tx.center.findUniqueOrThrow({ where: { id: centerId }, select: { grade: true } });
    await tx.center.update({ where: { id: centerId }, data: { ...center, grade: gradeFor(center.kind, grade) } });
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

/**
 * An authorized center keeps its grade (a new one, or one that becomes authorized, starts at B; only a
 * confirmed downgrade moves it); a direct center has none (DOMAIN-2.md, Penalties).
 */
function gradeFor(kind: TCenterFields["kind"], current: "A" | "B" | "C" | null): "A" | "B" | "C" | null {
  return kind === "AUTHORIZED" ? (current ?? "B") : null;
}

const sameMoment = () => fieldError("CONFLICT", "code", "center.savedConcurrently");

async function assertUnique(tx: DbTransaction | Db, center: TCenterFields, exceptId: number | null): Promise<void> {
  const others = await tx.center.findMany({
    where: {
      OR: [{ code: center.code }, ...(center.authorizationNo ? [{ authorizationNo: center.authorizationNo }] : [])],
      ...(exceptId === null ? {} : { id: { not: exceptId } }),
    },
    select: { code: true, authorizationNo: true },
  });
  const taken: FieldMessages = {};
  if (others.some((o) => o.code === center.code)) taken.code = [ref("center.codeTaken", { code: center.code })];
  if (center.authorizationNo && others.some((o) => o.authorizationNo === center.authorizationNo))
    taken.authorizationNo = [ref("center.authorizationNoTaken", { authorizationNo: center.authorizationNo })];
  const [first] = Object.values(taken).flat();
  if (first) throw new DomainError("CONFLICT", first, taken);
}

async function assertRegionExists(tx: DbTransaction, regionId: number): Promise<void> {
  if ((await tx.region.count({ where: { id: regionId } })) === 0)
    throw new DomainError("BAD_REQUEST", ref("center.regionMissing"), { regionId: [ref("center.regionRequired")] });
}

async function assertKindCanChange(tx: DbTransaction, centerId: number, to: TCenterFields["kind"]): Promise<void> {
  if (to === "DIRECT") {
    const cases = await tx.revocationProposal.count({ where: { centerId, status: { in: ["PROPOSED", "ISSUED"] } } });
    if (cases > 0)
      throw new DomainError("CONFLICT", ref("center.revocationBlocksDirect"), {
        kind: [ref("center.revocationFirst")],
      });
  } else {
    const cases = await tx.escalation.count({ where: { centerId, status: "OPEN" } });
    if (cases > 0)
      throw new DomainError("CONFLICT", ref("center.escalationBlocksAuthorized"), {
        kind: [ref("center.escalationFirst")],
      });
  }
}
