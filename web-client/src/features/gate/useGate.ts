import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { fetchGateList, newCheckInId, sendCheckIn } from "./api";
import { countEntries, drainQueue, withPending, type GateEntry, type Role } from "./queue";
import {
  dismissRefused, enqueue, loadList, queued, refused, saveItem, saveList, type GateItem, type QueuedCheckIn,
  type RefusedCheckIn, type StoredList,
} from "./store";

/** How often an open gate view sends its queue and reads the list again while online. */
const SYNC_EVERY_MS = 30_000;

export type GateResult =
  | { kind: "checkedIn"; person: GateItem; queued: boolean }
  | { kind: "already"; person: GateItem }
  | { kind: "error"; message: string };

/** Whom to check in: someone on the list, a typed or scanned code, or a walk-in found among all participants. */
export type GateTarget = { entry: GateEntry } | { code: string } | { walkIn: { participantId: string; fullName: string } };

/**
 * One event's gate: the list saved on this device with the local check-ins applied, the queue, the refused ones, and
 * checking someone in — online straight to the API, offline (or when the request fails for the network) into the queue.
 */
export function useGate(eventId: string) {
  const { t } = useTranslation();
  const [list, setList] = useState<StoredList | null | undefined>(undefined);
  const [pending, setPending] = useState<QueuedCheckIn[]>([]);
  const [refusedItems, setRefused] = useState<RefusedCheckIn[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    const [saved, waiting, refusedNow] = await Promise.all([loadList(eventId), queued(eventId), refused(eventId)]);
    setList(saved);
    setPending(waiting);
    setRefused(refusedNow);
  }, [eventId]);

  /** Sends the queue, then reads the list again, so what was sent is counted once (by the API) and never twice. */
  const sync = useCallback(async () => {
    if (!navigator.onLine) return reload();
    setSyncing(true);
    try {
      await drainQueue(sendCheckIn);
      try {
        await saveList(await fetchGateList(eventId));
        setLoadError(null);
      } catch (error) {
        // No answer (offline, dropped): keep the saved list. An answer (403, 404…) is shown.
        if (error instanceof ApiError) setLoadError(error);
      }
    } finally {
      setSyncing(false);
      await reload();
    }
  }, [eventId, reload]);

  useEffect(() => {
    // From a callback, so the first read from IndexedDB is not a state update inside the effect itself.
    const start = window.setTimeout(() => void reload().then(sync), 0);
    const goneOnline = () => {
      setOnline(true);
      void sync();
    };
    const goneOffline = () => setOnline(false);
    window.addEventListener("online", goneOnline);
    window.addEventListener("offline", goneOffline);
    const timer = window.setInterval(() => void sync(), SYNC_EVERY_MS);
    return () => {
      window.removeEventListener("online", goneOnline);
      window.removeEventListener("offline", goneOffline);
      window.clearTimeout(start);
      window.clearInterval(timer);
    };
  }, [reload, sync]);

  const entries = useMemo(() => withPending(list?.items ?? [], pending), [list, pending]);
  const counts = useMemo(() => countEntries(entries), [entries]);

  const checkIn = useCallback(async (target: GateTarget): Promise<GateResult> => {
    if (list && !list.acceptsCheckIns) return { kind: "error", message: t(list.status === "cancelled" ? "gate.closedCancelled" : "gate.closedCompleted") };
    const entry = "entry" in target ? target.entry : "code" in target ? entries.find((e) => e.code === target.code) : undefined;
    if (entry?.status === "checkedIn") return { kind: "already", person: entry };
    const who = entry ? { participantId: entry.participantId }
      : "walkIn" in target ? { participantId: target.walkIn.participantId }
      : { code: "code" in target ? target.code : undefined };
    const item = { checkInId: newCheckInId(), eventId, checkedInAt: new Date().toISOString(), ...who };
    if (navigator.onLine) {
      const outcome = await sendCheckIn(item, "walkIn" in target ? ("attendee" satisfies Role) : undefined);
      if (outcome.kind === "sent") {
        await saveItem(outcome.attendance);
        await reload();
        return outcome.created ? { kind: "checkedIn", person: outcome.attendance, queued: false } : { kind: "already", person: outcome.attendance };
      }
      if (outcome.kind === "refused") return { kind: "error", message: outcome.message };
    }
    // Offline, or no answer: only someone on the saved list can be checked in here (the API decides about the rest).
    if (!entry) return { kind: "error", message: "walkIn" in target ? t("gate.walkInOffline") : t("gate.codeNotOnList") };
    await enqueue({ ...item, fullName: entry.fullName });
    await reload();
    return { kind: "checkedIn", person: { ...entry, status: "checkedIn", checkedInAt: item.checkedInAt }, queued: true };
  }, [entries, eventId, list, reload, t]);

  const dismiss = useCallback(async (checkInId: string) => {
    await dismissRefused(checkInId);
    await reload();
  }, [reload]);

  return { list, entries, counts, pending, refused: refusedItems, online, syncing, loadError, checkIn, dismiss, sync };
}
