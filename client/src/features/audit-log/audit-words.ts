// An audit entry's action and record type in words (a code the catalog does not know stays a code:
// entries written by an older version of the app).
import type { TFunction } from "i18next";
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditAction,
  type AuditEntityType,
} from "../../../../shared/domain/audit-vocabulary.ts";

export function auditActionName(t: TFunction, action: string): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action)
    ? t(`auditLog.actions.${action as AuditAction}`)
    : action;
}

export function auditEntityTypeName(t: TFunction, entityType: string): string {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(entityType)
    ? t(`auditLog.entityTypes.${entityType as AuditEntityType}`)
    : entityType;
}
