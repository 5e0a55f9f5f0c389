import {
  apiKeyScopeValues, attendanceRoleValues, awardFormValues, awardStatusValues, attendanceStatusValues, auditCommandValues, auditOutcomeValues, eventKindValues, eventStatusValues,
  indicatorDirectionValues, initiativeCategoryValues, initiativeKindValues, initiativeStatusValues, participantKindValues, serviceKindValues,
  unitKindValues, unitLevelValues,
} from "../api/schema";

// Every enum's values come from the API's OpenAPI document (generated with openapi-typescript's enumValues), in the
// API's order: a new value appears in the selects without a hand copy to keep in step.
export const EVENT_KINDS = eventKindValues;
export const EVENT_STATUSES = eventStatusValues;
export const SERVICE_KINDS = serviceKindValues;
export const UNIT_KINDS = unitKindValues;
export const UNIT_LEVELS = unitLevelValues;
export const PARTICIPANT_KINDS = participantKindValues;
export const API_KEY_SCOPES = apiKeyScopeValues;
export const AUDIT_OUTCOMES = auditOutcomeValues;
export const ATTENDANCE_ROLES = attendanceRoleValues;
export const ATTENDANCE_STATUSES = attendanceStatusValues;
export const AWARD_FORMS = awardFormValues;
export const AWARD_STATUSES = awardStatusValues;
export const INITIATIVE_KINDS = initiativeKindValues;
export const INITIATIVE_CATEGORIES = initiativeCategoryValues;
export const INITIATIVE_STATUSES = initiativeStatusValues;
export const INDICATOR_DIRECTIONS = indicatorDirectionValues;

/** Roles are plain strings in the API; these are the ones it knows. */
export const ROLES = ["admin", "editor", "viewer"] as const;

/** The commands the audit log records (the API's command names: the AuditCommand enum of the document). */
export const AUDIT_COMMANDS = auditCommandValues;

/** Select options for an enum list, labelled from i18n under `prefix`. */
export function enumOptions(values: readonly string[], prefix: string, t: (key: string) => string) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}
