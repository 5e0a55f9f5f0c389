import { describe, expect, it } from "vitest";
import { fromWallClock, parseTyped, toWallClock } from "./dates";

describe("dates in Hà Nội time", () => {
  it("shows an instant as Hà Nội wall clock whatever offset it was written with", () => {
    expect(toWallClock("2023-08-14T19:00:00+07:00")).toBe("2023-08-14 19:00:00");
    expect(toWallClock("2023-08-14T12:00:00Z")).toBe("2023-08-14 19:00:00");
    // Late evening in New York is the next morning in Hà Nội.
    expect(toWallClock("2023-08-14T22:30:00-04:00")).toBe("2023-08-15 09:30:00");
    expect(toWallClock(null)).toBeNull();
  });

  it("sends a picked time as an instant with Vietnam's offset", () => {
    expect(fromWallClock("2023-08-14 19:30:00")).toBe("2023-08-14T19:30:00+07:00");
    expect(fromWallClock("2023-08-14 19:30")).toBe("2023-08-14T19:30:00+07:00");
    expect(fromWallClock("")).toBeNull();
    expect(fromWallClock(null)).toBeNull();
  });

  it("reads what people type the Vietnamese way, strictly", () => {
    expect(parseTyped("14/08/2023 19:30", true)).toBe("2023-08-14 19:30:00");
    expect(parseTyped("1/9/2026 9:05", true)).toBe("2026-09-01 09:05:00");
    expect(parseTyped("14/08/2023", false)).toBe("2023-08-14");
    expect(parseTyped("31/02/2023", false)).toBeNull();
    expect(parseTyped("08/14/2023", false)).toBeNull();
  });
});
