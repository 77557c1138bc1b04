// Headquarters may move the network's first period earlier, before anything is closed (DOMAIN.md,
// Periods): evaluation then starts there. Later is refused, since records may already be stored in
// the months it would drop; after the first close the history is fixed.
import { periodKeyOf } from "../../../shared/domain/periods.ts";
import { networkTimeZone } from "../policy/policy-record.ts";
import type { Db } from "../../db/create-database.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { lockPeriods, PERIOD_TRANSACTION_OPTIONS } from "./period-lock.ts";
import { readFirstPeriod } from "./period-standing.ts";
import { type MessageKey, type MessageParams, type MessageRef, ref } from "../../../shared/messages/message-ref.ts";
import { fieldError } from "../../errors.ts";

export async function setFirstPeriod(
  db: Db,
  actor: Actor,
  { periodKey }: { periodKey: string },
  now = new Date(),
): Promise<{ firstPeriodKey: string; message: MessageRef }> {
  return db.$transaction(async (tx) => {
    await lockPeriods(tx);
    const before = await readFirstPeriod(tx);
    const refuse = (messageKey: MessageKey, params?: MessageParams) =>
      fieldError("CONFLICT", "periodKey", messageKey, params);
    if (periodKey === before)
      return { firstPeriodKey: before, message: ref("period.firstAlready", { periodKey: before }) };
    if ((await tx.period.count()) > 0) {
      throw refuse("period.firstFixed");
    }
    if (periodKey > before) {
      throw refuse("period.firstOnlyEarlier", { firstPeriod: before });
    }
    // A network is set up before its first policy is saved: the default zone until then.
    const current = periodKeyOf(now, await networkTimeZone(tx));
    if (periodKey > current) throw refuse("period.firstNotAfterCurrent", { current });
    await tx.networkSetting.update({ where: { id: 1 }, data: { firstPeriodKey: periodKey, updatedAt: now } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "FIRST_PERIOD_SET",
      entityType: "network_setting",
      entityId: 1,
      before: { firstPeriodKey: before },
      after: { firstPeriodKey: periodKey },
    });
    return { firstPeriodKey: periodKey, message: ref("period.firstSet", { periodKey }) };
  }, PERIOD_TRANSACTION_OPTIONS);
}
