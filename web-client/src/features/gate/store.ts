// What a gate device keeps in IndexedDB: each event's list as last read from the API, the check-ins waiting to be sent,
// and those the API refused. Nothing from the API is cached elsewhere (the service worker never caches /api).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { Schemas } from "../../lib/api";
import { GATE_DB } from "../../lib/deviceData";

export type GateList = Schemas["GateList"];
export type GateItem = Schemas["AttendanceResponse"];

/** An event's list as the API last answered it, and when this device saved it. */
export interface StoredList extends GateList {
  savedAt: string;
}

/** A check-in made on this device that the API has not confirmed yet, in the order it was made (seq). */
export interface QueuedCheckIn {
  seq?: number;
  /** Made on the device (crypto.randomUUID): the API recognises a resent check-in by it. */
  checkInId: string;
  eventId: string;
  participantId?: string;
  code?: string;
  /** When it happened on the device (ISO instant), sent along so a late sync keeps the real time. */
  checkedInAt: string;
  /** Who it was, for the screen (from the list on the device). */
  fullName: string;
}

/** A queued check-in that the API refused (4xx), with its words: shown until the officer dismisses it. */
export interface RefusedCheckIn extends QueuedCheckIn {
  status: number;
  message: string;
  refusedAt: string;
}

interface GateDb extends DBSchema {
  lists: { key: string; value: StoredList };
  queue: { key: number; value: QueuedCheckIn; indexes: { byEvent: string } };
  refused: { key: string; value: RefusedCheckIn; indexes: { byEvent: string } };
}

let opening: Promise<IDBPDatabase<GateDb>> | null = null;

function db() {
  opening ??= openDB<GateDb>(GATE_DB, 1, {
    upgrade(database) {
      database.createObjectStore("lists", { keyPath: "eventId" });
      database.createObjectStore("queue", { keyPath: "seq", autoIncrement: true }).createIndex("byEvent", "eventId");
      database.createObjectStore("refused", { keyPath: "checkInId" }).createIndex("byEvent", "eventId");
    },
  });
  return opening;
}

export async function loadList(eventId: string): Promise<StoredList | null> {
  return (await (await db()).get("lists", eventId)) ?? null;
}

export async function saveList(list: GateList, savedAt = new Date().toISOString()): Promise<StoredList> {
  const stored = { ...list, savedAt };
  await (await db()).put("lists", stored);
  return stored;
}

/** Replaces one person's entry in the saved list (or adds a walk-in) with what the API answered. */
export async function saveItem(item: GateItem): Promise<void> {
  const database = await db();
  const tx = database.transaction("lists", "readwrite");
  const list = await tx.store.get(item.eventId);
  if (list) {
    const index = list.items.findIndex((i) => i.participantId === item.participantId);
    const items = index >= 0 ? list.items.map((i, n) => (n === index ? item : i)) : [...list.items, item];
    await tx.store.put({ ...list, items });
  }
  await tx.done;
}

export async function enqueue(item: Omit<QueuedCheckIn, "seq">): Promise<QueuedCheckIn> {
  const seq = await (await db()).add("queue", item as QueuedCheckIn);
  return { ...item, seq };
}

/** Waiting check-ins, oldest first; of one event, or of all. */
export async function queued(eventId?: string): Promise<QueuedCheckIn[]> {
  const database = await db();
  return eventId ? database.getAllFromIndex("queue", "byEvent", eventId).then((items) => items.sort((a, b) => a.seq! - b.seq!)) : database.getAll("queue");
}

export async function dequeue(seq: number): Promise<void> {
  await (await db()).delete("queue", seq);
}

/** Moves a queued check-in to the refused ones, in one transaction. */
export async function refuse(item: QueuedCheckIn, status: number, message: string): Promise<void> {
  const tx = (await db()).transaction(["queue", "refused"], "readwrite");
  const { seq, ...rest } = item;
  void seq;
  await Promise.all([
    tx.objectStore("queue").delete(item.seq!),
    tx.objectStore("refused").put({ ...rest, status, message, refusedAt: new Date().toISOString() }),
    tx.done,
  ]);
}

export async function refused(eventId: string): Promise<RefusedCheckIn[]> {
  const items = await (await db()).getAllFromIndex("refused", "byEvent", eventId);
  return items.sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt));
}

export async function dismissRefused(checkInId: string): Promise<void> {
  await (await db()).delete("refused", checkInId);
}

/** Empties every store (tests, and nothing else). */
export async function clearAll(): Promise<void> {
  const database = await db();
  await Promise.all((["lists", "queue", "refused"] as const).map((name) => database.clear(name)));
}
