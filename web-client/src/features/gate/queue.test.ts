import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { mockApi } from "../../test/render";
import { sendCheckIn } from "./api";
import { countEntries, drainQueue, withPending, type SendOutcome } from "./queue";
import { forgetSavedLists } from "../../lib/deviceData";
import { clearAll, enqueue, loadList, queued, refused, saveList, type GateItem, type QueuedCheckIn } from "./store";

const EVENT = "0190a1b2-0000-7000-8000-0000000000e1";

function person(n: number, over: Partial<GateItem> = {}): GateItem {
  return {
    eventId: EVENT, participantId: `p${n}`, kind: "individual", fullName: `Người ${n}`, rank: null, positions: [], unitName: null,
    isPlaceholder: false, role: "attendee", status: "invited", checkedInAt: null, code: `CODE${n}ABCDE`.slice(0, 10), speaks: false,
    ...over,
  } as GateItem;
}

const check = (n: number, over: Partial<QueuedCheckIn> = {}) => ({
  checkInId: `00000000-0000-4000-8000-00000000000${n}`, eventId: EVENT, participantId: `p${n}`,
  checkedInAt: `2026-05-01T12:0${n}:00.000Z`, fullName: `Người ${n}`, ...over,
});

beforeEach(async () => {
  await clearAll();
});

describe("the offline queue", () => {
  it("sends each check-in once, oldest first, and empties on 200/201", async () => {
    await enqueue(check(1));
    await enqueue(check(2));
    await enqueue(check(3));
    const sent: string[] = [];
    const result = await drainQueue(async (item) => {
      sent.push(item.checkInId);
      return { kind: "sent", created: true, attendance: person(1) };
    });
    expect(sent).toEqual([check(1).checkInId, check(2).checkInId, check(3).checkInId]);
    expect(result).toEqual({ sent: 3, refused: 0, remaining: 0 });
    expect(await queued()).toEqual([]);
    // Nothing left: a second drain sends nothing.
    await drainQueue(async (item) => {
      sent.push(item.checkInId);
      return { kind: "retry" };
    });
    expect(sent).toHaveLength(3);
  });

  it("sets aside what the API refuses (4xx) with its words, and goes on with the rest", async () => {
    await enqueue(check(1));
    await enqueue(check(2));
    const outcomes: SendOutcome[] = [
      { kind: "refused", status: 409, message: "Sự kiện đã kết thúc: không nhận điểm danh mới." },
      { kind: "sent", created: true, attendance: person(2) },
    ];
    const result = await drainQueue(async () => outcomes.shift()!);
    expect(result).toEqual({ sent: 1, refused: 1, remaining: 0 });
    expect(await queued()).toEqual([]);
    const [set] = await refused(EVENT);
    expect(set).toMatchObject({ checkInId: check(1).checkInId, status: 409, message: "Sự kiện đã kết thúc: không nhận điểm danh mới.", fullName: "Người 1" });
  });

  it("stops at a network failure or 5xx and keeps the order for the next try", async () => {
    await enqueue(check(1));
    await enqueue(check(2));
    await enqueue(check(3));
    const outcomes: SendOutcome[] = [{ kind: "sent", created: false, attendance: person(1) }, { kind: "retry" }];
    const result = await drainQueue(async () => outcomes.shift() ?? { kind: "sent", created: true, attendance: person(3) });
    expect(result).toEqual({ sent: 1, refused: 0, remaining: 2 });
    expect((await queued(EVENT)).map((i) => i.participantId)).toEqual(["p2", "p3"]);
    expect(await refused(EVENT)).toEqual([]);
  });

  it("runs one drain at a time: a second call while sending joins the first", async () => {
    await enqueue(check(1));
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const send = async (): Promise<SendOutcome> => {
      calls++;
      await gate;
      return { kind: "sent", created: true, attendance: person(1) };
    };
    const first = drainQueue(send);
    const second = drainQueue(send);
    release();
    await Promise.all([first, second]);
    expect(calls).toBe(1);
  });
});

describe("sending a check-in", () => {
  const item = { checkInId: check(1).checkInId, eventId: EVENT, code: "7KQ2M9XDRA", checkedInAt: "2026-05-01T12:01:00.000Z" };

  it("sends the device's id and time, and tells 201 from 200", async () => {
    const requests = mockApi(() => ({ status: 201, body: person(1, { status: "checkedIn" }) }));
    expect(await sendCheckIn(item)).toMatchObject({ kind: "sent", created: true });
    expect(await requests[0]!.json()).toEqual({ code: "7KQ2M9XDRA", checkInId: item.checkInId, checkedInAt: item.checkedInAt });
    expect(requests[0]!.url).toMatch(new RegExp(`/api/v1/events/${EVENT}/check-ins$`));

    mockApi(() => ({ status: 200, body: person(1, { status: "checkedIn" }) }));
    expect(await sendCheckIn(item)).toMatchObject({ kind: "sent", created: false });
  });

  it("calls a 4xx a refusal with the API's words, and a 5xx, 429 or no answer a retry", async () => {
    mockApi(() => ({ status: 409, body: { status: 409, title: "Conflict", detail: "Sự kiện đã kết thúc: không nhận điểm danh mới." } }));
    expect(await sendCheckIn(item)).toEqual({ kind: "refused", status: 409, message: "Sự kiện đã kết thúc: không nhận điểm danh mới." });
    mockApi(() => ({ status: 400, body: { status: 400, errors: { code: ["Mã điểm danh gồm 10 chữ và số."] } } }));
    expect(await sendCheckIn(item)).toEqual({ kind: "refused", status: 400, message: "Mã điểm danh gồm 10 chữ và số." });
    mockApi(() => ({ status: 503, body: { status: 503 } }));
    expect(await sendCheckIn(item)).toEqual({ kind: "retry" });
    mockApi(() => ({ status: 429, body: { status: 429 } }));
    expect(await sendCheckIn(item)).toEqual({ kind: "retry" });
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("Failed to fetch"));
    expect(await sendCheckIn(item)).toEqual({ kind: "retry" });
  });
});

describe("the list on the device", () => {
  it("shows unsent check-ins at once, and counts nobody twice once the API has them", () => {
    const list = [person(1, { role: "guest" }), person(2), person(3, { status: "checkedIn", checkedInAt: "2026-05-01T11:00:00Z" })];
    const pending = [check(1), check(3), { ...check(2, { participantId: undefined }), code: list[1]!.code! }];
    const entries = withPending(list, pending);
    expect(entries.map((e) => [e.status, e.pending])).toEqual([["checkedIn", true], ["checkedIn", true], ["checkedIn", false]]);
    // The one the API already had keeps the API's time.
    expect(entries[2]!.checkedInAt).toBe("2026-05-01T11:00:00Z");
    expect(entries[0]!.checkedInAt).toBe(check(1).checkedInAt);

    const counts = countEntries(entries);
    expect(counts.checkedIn).toBe(3);
    expect(counts.total).toBe(3);
    expect(counts.byRole.guest).toEqual({ total: 1, checkedIn: 1 });
    expect(counts.byRole.attendee).toEqual({ total: 2, checkedIn: 2 });
    expect(countEntries(list).checkedIn).toBe(1);
  });
});

describe("signing out", () => {
  it("forgets the saved lists (names and codes) but keeps the check-ins not yet sent", async () => {
    await saveList({
      eventId: EVENT, title: "Ngày hội", status: "ongoing", startsAt: "2026-05-01T12:00:00+07:00", endsAt: "2026-05-01T15:00:00+07:00", venue: null,
      acceptsCheckIns: true, readAt: "2026-05-01T12:00:00+07:00",
      counts: { total: 1, byRole: { guest: 0, speaker: 0, organizer: 0, attendee: 1, volunteer: 0 }, byStatus: { invited: 1, registered: 0, checkedIn: 0, absent: 0 } },
      items: [person(1)],
    });
    await enqueue(check(1));
    forgetSavedLists();
    await vi.waitFor(async () => expect(await loadList(EVENT)).toBeNull());
    expect(await queued()).toHaveLength(1);
  });
});

