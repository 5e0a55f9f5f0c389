import { describe, expect, it } from "vitest";
import { compareVietnamese, formatDate, formatDateTime, formatNumber, formatTotal, pagingTotal } from "./format";

describe("Vietnamese formatting in Hà Nội time", () => {
  it("shows dates as dd/mm/yyyy and times as 24-hour HH:mm", () => {
    expect(formatDate("2023-08-14T19:30:00+07:00")).toBe("14/08/2023");
    expect(formatDateTime("2023-08-14T19:30:00+07:00")).toBe("19:30 14/08/2023");
  });

  it("uses Hà Nội's day, not UTC's, for instants near midnight", () => {
    // 17:30 UTC on 14 August is 00:30 on 15 August in Hà Nội.
    expect(formatDateTime("2023-08-14T17:30:00Z")).toBe("00:30 15/08/2023");
  });

  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
  });

  it("sorts names the Vietnamese way", () => {
    expect(["Đinh", "Dương", "Ân", "An"].sort(compareVietnamese)).toEqual(["An", "Ân", "Dương", "Đinh"]);
  });
});

describe("list totals", () => {
  it("shows an exact total the Vietnamese way, and a lower bound with a plus", () => {
    expect(formatTotal({ totalCount: 1234 })).toBe("1.234");
    expect(formatTotal({ totalCount: 1000, totalCountIsLowerBound: true })).toBe("1.000+");
    expect(formatTotal(undefined)).toBe("0");
  });

  it("keeps the page after a lower bound reachable", () => {
    expect(pagingTotal({ totalCount: 1000, totalCountIsLowerBound: true }, 20)).toBe(1020);
    expect(pagingTotal({ totalCount: 45 }, 20)).toBe(45);
  });
});
