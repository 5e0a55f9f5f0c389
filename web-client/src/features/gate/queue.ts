// The offline queue: check-ins made without a connection are applied to the list on the device at once, and sent to
// the API later, each once and in order. What the API refuses is set aside with its words; what fails for the network
// or the server stays for the next try.
import { attendanceRoleValues } from "../../api/schema";
import { dequeue, queued, refuse, type GateItem, type QueuedCheckIn } from "./store";

export type SendOutcome =
  /** 201 (this request checked them in) or 200 (they already were, or this checkInId was seen before). */
  | { kind: "sent"; created: boolean; attendance: GateItem }
  /** A 4xx the API will answer again: the event closed, an unknown code… */
  | { kind: "refused"; status: number; message: string }
  /** No connection, a 5xx, a rate limit or a lost session: try again later. */
  | { kind: "retry" };

export interface DrainResult {
  sent: number;
  refused: number;
  /** Left in the queue after a failure that may pass. */
  remaining: number;
}

let draining: Promise<DrainResult> | null = null;

/**
 * Sends the queued check-ins of every event, oldest first, one at a time. Stops at the first one that must wait (the
 * rest keep their order); one drain at a time in this tab, and one across tabs where Web Locks exist.
 */
export function drainQueue(send: (item: QueuedCheckIn) => Promise<SendOutcome>): Promise<DrainResult> {
  draining ??= withQueueLock(async () => {
    const result: DrainResult = { sent: 0, refused: 0, remaining: 0 };
    try {
      const items = await queued();
      for (const [index, item] of items.entries()) {
        const outcome = await send(item);
        if (outcome.kind === "sent") {
          await dequeue(item.seq!);
          result.sent++;
        } else if (outcome.kind === "refused") {
          await refuse(item, outcome.status, outcome.message);
          result.refused++;
        } else {
          result.remaining = items.length - index;
          break;
        }
      }
      return result;
    } finally {
      draining = null;
    }
  });
  return draining;
}

function withQueueLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request("antq.gate.queue", task) as Promise<T>) : task();
}

/** A person on the list as this device sees them: `pending` when checked in here and not yet confirmed by the API. */
export interface GateEntry extends GateItem {
  pending: boolean;
}

/**
 * The saved list with this device's unsent check-ins applied. Applying is idempotent: someone the API already shows as
 * checked in (the list was read after the check-in reached it) is not counted twice.
 */
export function withPending(items: readonly GateItem[], pending: readonly QueuedCheckIn[]): GateEntry[] {
  const entries = items.map((item) => ({ ...item, pending: false }));
  for (const check of pending) {
    const entry = entries.find((e) => (check.participantId ? e.participantId === check.participantId : !!check.code && e.code === check.code));
    if (entry && entry.status !== "checkedIn") {
      entry.status = "checkedIn";
      entry.checkedInAt = check.checkedInAt;
      entry.pending = true;
    }
  }
  return entries;
}

export type Role = GateItem["role"];

export interface GateCounts {
  total: number;
  checkedIn: number;
  byRole: Record<Role, { total: number; checkedIn: number }>;
}

/** Checked in / on the list, in all and by role. */
export function countEntries(entries: readonly GateItem[]): GateCounts {
  const byRole = Object.fromEntries(attendanceRoleValues.map((role) => [role, { total: 0, checkedIn: 0 }])) as GateCounts["byRole"];
  let checkedIn = 0;
  for (const entry of entries) {
    const role = (byRole[entry.role] ??= { total: 0, checkedIn: 0 });
    role.total++;
    if (entry.status === "checkedIn") {
      role.checkedIn++;
      checkedIn++;
    }
  }
  return { total: entries.length, checkedIn, byRole };
}
