import i18n from "i18next";
import { describe, expect, it } from "vitest";
import type { IndicatorProgressItem } from "../../lib/resources/stats";
import en from "../../locales/en.json";
import {
  ALL_UNITS, checkInRate, currentYearInVietnam, FIRST_YEAR, groupInitiatives, indicatorFigures, monthLabel, monthName, monthRows,
  parseYear, resolveSelection, splitMeasured, summarizeAwards, summarizeServices, yearOptions,
} from "./dashboardData";

const DINH_CONG = "0190a1b2-0000-7000-8000-000000000005";
const WARD_POLICE = "0190a1b2-0000-7000-8000-000000000008";
const base = { signedIn: false, meLoading: false, currentYear: 2026 };

const indicator = (over: Partial<IndicatorProgressItem>): IndicatorProgressItem => ({
  initiativeId: "i-406", initiativeName: "Công tác phòng cháy, chữa cháy năm 2023", category: "fireSafety", status: "completed",
  indicatorId: "d-1", indicatorName: "Tổ liên gia an toàn PCCC được thành lập", unit: "tổ", direction: "higherIsBetter",
  target: null, baseline: null, latestValue: 32, latestMeasuredOn: "2023-08-14", progress: null, ...over,
});

describe("which unit and year the dashboard shows", () => {
  it("takes both from the URL when it names them, whoever looks", () => {
    expect(resolveSelection({ ...base, unitParam: DINH_CONG, yearParam: "2023" })).toEqual({ unitId: DINH_CONG, year: 2023, ready: true });
    expect(resolveSelection({ ...base, signedIn: true, unitIds: [WARD_POLICE], unitParam: DINH_CONG.toUpperCase(), yearParam: "2023" }))
      .toEqual({ unitId: DINH_CONG, year: 2023, ready: true });
  });

  it("defaults to the signed-in person's first unit and the current year", () => {
    expect(resolveSelection({ ...base, signedIn: true, unitIds: [WARD_POLICE, DINH_CONG] })).toEqual({ unitId: WARD_POLICE, year: 2026, ready: true });
  });

  it("shows every unit to visitors, to someone without a unit, and when the URL says all", () => {
    expect(resolveSelection(base)).toEqual({ year: 2026, ready: true });
    expect(resolveSelection({ ...base, signedIn: true, unitIds: [] })).toEqual({ year: 2026, ready: true });
    expect(resolveSelection({ ...base, signedIn: true, unitIds: [WARD_POLICE], unitParam: ALL_UNITS, yearParam: "2024" }))
      .toEqual({ year: 2024, ready: true });
  });

  it("waits for the signed-in person's units rather than showing every unit first", () => {
    expect(resolveSelection({ ...base, signedIn: true, meLoading: true }).ready).toBe(false);
    // A link that names the unit needs no waiting.
    expect(resolveSelection({ ...base, signedIn: true, meLoading: true, unitParam: DINH_CONG }).ready).toBe(true);
  });

  it("ignores a malformed unit or year in the URL", () => {
    expect(resolveSelection({ ...base, unitParam: "dinh-cong", yearParam: "23" })).toEqual({ year: 2026, ready: true });
    expect(resolveSelection({ ...base, signedIn: true, unitIds: [WARD_POLICE], unitParam: "x", yearParam: "1899" }))
      .toEqual({ unitId: WARD_POLICE, year: 2026, ready: true });
    expect(parseYear("2023")).toBe(2023);
    expect(parseYear("3000")).toBeNull();
    expect(parseYear("2023.5")).toBeNull();
    expect(parseYear(undefined)).toBeNull();
  });

  it("counts the year in Hà Nội, whatever the browser's zone", () => {
    expect(currentYearInVietnam(new Date("2023-12-31T16:59:00Z"))).toBe(2023);
    expect(currentYearInVietnam(new Date("2023-12-31T17:00:00Z"))).toBe(2024); // 00:00 on 1 January in Hà Nội
  });

  it("offers next year back to the first year, newest first, and a year a link named", () => {
    const years = yearOptions(2026);
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(FIRST_YEAR);
    expect(years).toHaveLength(2027 - FIRST_YEAR + 1);
    expect(yearOptions(2026, 1995).at(-1)).toBe(1995);
    expect(yearOptions(2026, 2023)).toEqual(years);
  });
});

describe("initiatives and their indicators", () => {
  const initiatives = [
    { id: "i-406", name: "Công tác phòng cháy, chữa cháy năm 2023", kind: "campaign" as const, category: "fireSafety" as const, status: "completed" as const },
    { id: "i-401", name: "Phối hợp phòng ngừa tội phạm tại Bệnh viện Bưu điện", kind: "model" as const, category: "crimePrevention" as const, status: "active" as const },
    { id: "i-402", name: "Vận động nhân dân phòng ngừa trộm cắp", kind: "model" as const, category: "theftPrevention" as const, status: "active" as const },
  ];

  it("groups the flat indicator list by initiative, keeping the order of both and the initiatives without indicators", () => {
    const groups = groupInitiatives({
      initiatives,
      indicatorProgress: [
        indicator({ indicatorId: "d-1" }),
        indicator({ indicatorId: "d-2", indicatorName: "Điểm chữa cháy công cộng được bố trí", unit: "điểm", latestValue: 35 }),
        indicator({ initiativeId: "i-402", initiativeName: initiatives[2]!.name, category: "theftPrevention", status: "active",
          indicatorId: "d-7", indicatorName: "Số vụ phạm pháp hình sự", unit: "vụ", direction: "lowerIsBetter", latestValue: null }),
      ],
    });
    expect(groups.map((g) => [g.id, g.indicators.map((i) => i.indicatorId)])).toEqual([
      ["i-406", ["d-1", "d-2"]],
      ["i-401", []],
      ["i-402", ["d-7"]],
    ]);
    expect(groups[0]).toMatchObject({ name: initiatives[0]!.name, category: "fireSafety", status: "completed" });
  });

  it("keeps an indicator whose initiative the list left out, under its own name", () => {
    const groups = groupInitiatives({ initiatives: [], indicatorProgress: [indicator({ initiativeId: "i-9", initiativeName: "Mô hình khác" })] });
    expect(groups).toEqual([expect.objectContaining({ id: "i-9", name: "Mô hình khác", indicators: [expect.objectContaining({ indicatorId: "d-1" })] })]);
  });

  it("puts measured indicators on bars and names the unmeasured ones", () => {
    const { measured, unmeasured } = splitMeasured([
      indicator({ indicatorId: "a" }), indicator({ indicatorId: "b", latestValue: null }), indicator({ indicatorId: "c", latestValue: 0 }),
    ]);
    expect(measured.map((i) => i.indicatorId)).toEqual(["a", "c"]);
    expect(unmeasured.map((i) => i.indicatorId)).toEqual(["b"]);
  });

  it("hands the progress bar its figures, with null for what the summary left out", () => {
    const partial = indicator({});
    delete partial.target;
    delete partial.baseline;
    delete partial.progress;
    expect(indicatorFigures(partial)).toEqual({
      name: "Tổ liên gia an toàn PCCC được thành lập", unit: "tổ", direction: "higherIsBetter",
      target: null, baseline: null, latestValue: 32, latestMeasuredOn: "2023-08-14", progress: null,
    });
  });
});

describe("services, awards, months and check-ins", () => {
  it("keeps an uncounted service as not counted, never 0, and says how many the total leaves out", () => {
    const summary = summarizeServices([
      { kind: "residenceRegistration", events: 1, count: null },
      { kind: "administrativeProcedures", events: 2, count: 40 },
      { kind: "other", events: 1, count: 3 },
      { kind: "citizenId", events: 1 },
    ]);
    expect(summary.rows).toEqual([
      { kind: "administrativeProcedures", events: 2, count: 40 },
      { kind: "citizenId", events: 1, count: null },
      { kind: "residenceRegistration", events: 1, count: null },
      { kind: "other", events: 1, count: 3 },
    ]);
    expect(summary.counted).toBe(43);
    expect(summary.uncounted).toBe(2);
  });

  it("counts nothing when nothing was counted (the demo festival's five services)", () => {
    const summary = summarizeServices(["administrativeProcedures", "citizenId", "electronicId", "policyFamilyVisit", "residenceRegistration"]
      .map((kind) => ({ kind: kind as "citizenId", events: 1, count: null })));
    expect(summary).toMatchObject({ counted: 0, uncounted: 5 });
    expect(summary.rows.every((row) => row.count === null)).toBe(true);
  });

  it("lists every award form in the law's order with the total", () => {
    expect(summarizeAwards({ certificateOfMerit: 1, certificateOfCommendation: 2, emulationFlag: 0, emulationFighter: 0, other: 0 })).toEqual({
      rows: [
        { form: "certificateOfMerit", count: 1 }, { form: "certificateOfCommendation", count: 2 }, { form: "emulationFlag", count: 0 },
        { form: "emulationFighter", count: 0 }, { form: "other", count: 0 },
      ],
      total: 3,
    });
  });

  it("has twelve months, filling a missing one with 0, labelled T1..T12 in Vietnamese and by name in English", () => {
    expect(monthRows([{ month: 8, events: 1 }])).toEqual(Array.from({ length: 12 }, (_, i) => ({ month: i + 1, events: i === 7 ? 1 : 0 })));
    if (!i18n.hasResourceBundle("en", "translation")) i18n.addResourceBundle("en", "translation", en);
    const vi = i18n.getFixedT("vi");
    const english = i18n.getFixedT("en");
    expect(Array.from({ length: 12 }, (_, i) => monthLabel(i + 1, "vi", vi))).toEqual(
      ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"]);
    expect(monthName(8, "vi", vi)).toBe("Tháng 8");
    expect(monthLabel(8, "en", english)).toBe("Aug");
    expect(monthName(8, "en", english)).toBe("August");
  });

  it("gives a check-in rate only where the figures allow one", () => {
    expect(checkInRate(11, 11)).toBe(1);
    expect(checkInRate(8, 6)).toBe(0.75);
    expect(checkInRate(0, 0)).toBeNull();
    expect(checkInRate(7, 5)).toBeCloseTo(5 / 7); // one person on two lists holds two places
  });
});
