// The gate's calls, all through the app's API client (so an expired token is renewed silently before anything fails).
import { api, unwrap, type Problem } from "../../lib/api";
import type { SendOutcome } from "./queue";
import type { GateItem, QueuedCheckIn } from "./store";

export const fetchGateList = (eventId: string) =>
  unwrap(api.GET("/api/v1/events/{id}/gate-list", { params: { path: { id: eventId } } }));

/** Statuses that say "not now" rather than "no": the check-in stays queued. */
const RETRY_LATER = new Set([401, 408, 425, 429]);

/** Sends one check-in; never throws. */
export async function sendCheckIn(item: Omit<QueuedCheckIn, "seq" | "fullName">, role?: GateItem["role"]): Promise<SendOutcome> {
  try {
    const { data, error, response } = await api.POST("/api/v1/events/{id}/check-ins", {
      params: { path: { id: item.eventId } },
      body: {
        ...(item.participantId ? { participantId: item.participantId } : { code: item.code }),
        checkInId: item.checkInId,
        checkedInAt: item.checkedInAt,
        ...(role ? { role } : {}),
      },
    });
    if (response.ok && data) return { kind: "sent", created: response.status === 201, attendance: data };
    if (response.status >= 400 && response.status < 500 && !RETRY_LATER.has(response.status)) {
      const problem = (error ?? {}) as Partial<Problem>;
      const field = Object.values(problem.errors ?? {}).flat()[0];
      return { kind: "refused", status: response.status, message: field ?? problem.detail ?? problem.title ?? `HTTP ${response.status}` };
    }
    return { kind: "retry" };
  } catch {
    // fetch rejects only when no answer came: offline, or the connection dropped.
    return { kind: "retry" };
  }
}

/** A new id for a check-in; crypto.randomUUID needs a secure context, so fall back to random bytes elsewhere. */
export function newCheckInId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
