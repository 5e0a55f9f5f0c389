import { describe, expect, it } from "vitest";
import vi from "../locales/vi.json";
import { indicatorFiguresText, type IndicatorFigures } from "./IndicatorProgress";

/** The Vietnamese words, filled in as i18next would. */
const t = (key: string, options: Record<string, unknown> = {}) => {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi) as string;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
};

const crime: IndicatorFigures = {
  name: "Số vụ trộm cắp", unit: "vụ", direction: "lowerIsBetter", target: 2, baseline: 10, latestValue: 6, latestMeasuredOn: "2026-11-01", progress: 0.5,
};

describe("indicator figures in words", () => {
  it("says a lower-is-better value fell from its baseline toward the target", () => {
    expect(indicatorFiguresText(crime, t)).toBe("Từ 10 xuống 6 vụ · mục tiêu 2");
  });

  it("says a value above its baseline rose and is worse, never that it fell", () => {
    expect(indicatorFiguresText({ ...crime, latestValue: 12, progress: 0 }, t)).toBe("Tăng từ 10 lên 12 vụ, xấu hơn mức ban đầu · mục tiêu 2");
  });

  it("gives the figure alone without a target, and Vietnamese numbers", () => {
    expect(indicatorFiguresText({ ...crime, direction: "higherIsBetter", target: null, baseline: null, latestValue: 1234.5, progress: null }, t))
      .toBe("1.234,5 vụ · chưa đặt mục tiêu");
  });
});
