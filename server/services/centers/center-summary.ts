// The shape of a center as lists and pages show it, and the select that feeds it.
import type { CenterStatus } from "../../../shared/domain/center-status.ts";
import { centerStatus } from "../../../shared/domain/center-status.ts";
import type { CenterKind } from "../../../shared/schemas/centers.ts";
import type { Prisma } from "../../db/generated/client.ts";

export interface CenterSummary {
  id: number;
  code: string;
  name: string;
  kind: CenterKind;
  authorizationNo: string | null;
  partnerName: string | null;
  /** The authorization grade (A–C) of an authorized center; null for a direct one. */
  grade: "A" | "B" | "C" | null;
  region: { id: number; code: string; nameZh: string; nameEn: string };
  province: string;
  city: string;
  cityTier: number;
  address: string;
  failureStreak: number;
  status: CenterStatus;
}

export function centerSummarySelect(now: Date) {
  return {
    id: true,
    code: true,
    name: true,
    kind: true,
    authorizationNo: true,
    partnerName: true,
    grade: true,
    province: true,
    city: true,
    cityTier: true,
    address: true,
    failureStreak: true,
    region: { select: { id: true, code: true, nameZh: true, nameEn: true } },
    _count: {
      select: {
        revocationProposals: { where: { status: "ISSUED", effectiveAt: { lte: now } } },
        correctiveActions: { where: { status: { in: ["OPEN", "SUBMITTED"] } } },
      },
    },
    revocationProposals: { where: { status: "PROPOSED" }, select: { id: true }, take: 1 },
  } satisfies Prisma.CenterSelect;
}

type CenterSummaryRow = Prisma.CenterGetPayload<{ select: ReturnType<typeof centerSummarySelect> }>;

export function toCenterSummary(row: CenterSummaryRow): CenterSummary {
  const { _count, revocationProposals, ...center } = row;
  return {
    ...center,
    status: centerStatus({
      revocationInForce: _count.revocationProposals > 0,
      pendingRevocationProposal: revocationProposals.length > 0,
      unresolvedCorrectiveActions: _count.correctiveActions,
    }),
  };
}
