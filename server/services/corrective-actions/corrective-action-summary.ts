// A corrective action as lists and the center page show it, with its derived OVERDUE status.
import {
  type CorrectiveActionDisplayStatus,
  correctiveActionDisplayStatus,
} from "../../../shared/domain/corrective-actions.ts";
import type { Prisma } from "../../db/generated/client.ts";

export const correctiveActionSelect = {
  id: true,
  status: true,
  dueAt: true,
  openedAt: true,
  rectification: true,
  evidence: true,
  submittedAt: true,
  reviewedAt: true,
  reviewComment: true,
  center: {
    select: { id: true, code: true, name: true, kind: true, region: { select: { id: true, code: true } } },
  },
  evaluation: { select: { id: true, periodKey: true, composite: true, result: true } },
} satisfies Prisma.CorrectiveActionSelect;

type Row = Prisma.CorrectiveActionGetPayload<{ select: typeof correctiveActionSelect }>;

export interface CorrectiveActionSummary extends Row {
  displayStatus: CorrectiveActionDisplayStatus;
}

export function toCorrectiveActionSummary(row: Row, now: Date): CorrectiveActionSummary {
  return { ...row, displayStatus: correctiveActionDisplayStatus(row.status, row.dueAt, now) };
}
