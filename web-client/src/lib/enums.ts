import type { components } from "../api/schema";

type S = components["schemas"];

/**
 * Every value of a generated enum union, in display order. `satisfies` refuses a value the API does not define, and
 * `Exhaustive` refuses a list that misses one, so a new value in the OpenAPI document fails the type check here
 * instead of silently missing from a select.
 */
type Exhaustive<Union, List extends readonly unknown[]> = [Union] extends [List[number]] ? List : never;
const all = <Union>() => <const List extends readonly Union[]>(list: List & Exhaustive<Union, List>) => list;

export const EVENT_KINDS = all<S["EventKind"]>()(["festival", "meeting", "drill", "outreach", "ceremony", "other"]);
export const EVENT_STATUSES = all<S["EventStatus"]>()(["draft", "scheduled", "ongoing", "completed", "cancelled"]);
export const SERVICE_KINDS = all<S["ServiceKind"]>()([
  "administrativeProcedures", "citizenId", "electronicId", "residenceRegistration", "policyFamilyVisit", "other",
]);
export const UNIT_KINDS = all<S["UnitKind"]>()([
  "area", "authority", "partyCommittee", "police", "steeringCommittee", "residentialGroup", "organization",
]);
export const UNIT_LEVELS = all<S["UnitLevel"]>()(["central", "province", "district", "commune", "grassroots"]);
export const PARTICIPANT_KINDS = all<S["ParticipantKind"]>()(["individual", "collective", "household"]);
export const API_KEY_SCOPES = all<S["ApiKeyScope"]>()(["read", "write"]);
export const AUDIT_OUTCOMES = all<S["AuditOutcome"]>()(["succeeded", "rejected", "failed"]);

/** Roles are plain strings in the API; these are the ones it knows. */
export const ROLES = ["admin", "editor", "viewer"] as const;

/**
 * The commands the audit log records (the API's C# command names, and the sign-in actions). Not an enum in the
 * OpenAPI document; an unknown name still shows, as it is.
 */
export const AUDIT_COMMANDS = [
  "LoginCommand", "RefreshTokenCommand", "ChangePasswordCommand", "ResetPasswordCommand",
  "CreateEventCommand", "UpdateEventCommand", "ChangeEventStatusCommand", "DeleteEventCommand",
  "CreateUnitCommand", "UpdateUnitCommand", "DeleteUnitCommand",
  "CreateParticipantCommand", "UpdateParticipantCommand", "DeleteParticipantCommand",
  "CreateUserCommand", "UpdateUserCommand", "CreateApiKeyCommand", "RevokeApiKeyCommand",
] as const;

/** Select options for an enum list, labelled from i18n under `prefix`. */
export function enumOptions(values: readonly string[], prefix: string, t: (key: string) => string) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}
