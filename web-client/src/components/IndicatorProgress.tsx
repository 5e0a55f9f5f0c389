import { Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Schemas } from "../lib/api";
import { formatDate, formatNumber } from "../lib/format";

/** What both the initiative page and the dashboard know about an indicator. */
export type IndicatorFigures = Pick<
  Schemas["IndicatorResponse"],
  "direction" | "target" | "baseline" | "latestValue" | "latestMeasuredOn" | "progress" | "unit"
> & { name: string };

/** "32 / 40 tổ" or, for lower-is-better, "12 → 8 vụ (mục tiêu 5)": the figures behind a progress bar, in words. */
export function indicatorFiguresText(indicator: IndicatorFigures, t: (key: string, options?: Record<string, unknown>) => string): string {
  const { direction, target, baseline, latestValue, unit } = indicator;
  if (latestValue == null) return t("indicator.noValue");
  const value = formatNumber(latestValue);
  if (target == null) return t("indicator.valueNoTarget", { value, unit });
  if (direction === "lowerIsBetter") {
    if (baseline == null) return t("indicator.lowerNoBaseline", { value, target: formatNumber(target), unit });
    // Worse than where it started is said as a rise, never as a fall.
    return t(latestValue > baseline ? "indicator.lowerWorse" : "indicator.lower", { baseline: formatNumber(baseline), value, target: formatNumber(target), unit });
  }
  return t("indicator.higher", { value, target: formatNumber(target), unit });
}

/**
 * An indicator's progress toward its target as a bar with its figures. A lower-is-better indicator (offences) fills as
 * the value falls toward the target; the words say which way it runs, so colour is never the only cue.
 */
export function IndicatorProgress({ indicator, compact = false }: { indicator: IndicatorFigures; compact?: boolean }) {
  const { t } = useTranslation();
  const { progress, direction, latestMeasuredOn, latestValue, baseline, target } = indicator;
  const percent = progress == null ? null : Math.round(progress * 100);
  const reached = progress != null && progress >= 1;
  const worse = direction === "lowerIsBetter" && latestValue != null && baseline != null && latestValue > baseline;
  return (
    <Stack gap={4} data-indicator={indicator.name}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} style={{ minWidth: 0 }}>
          {indicator.name}
          <Text span size="xs" c="dimmed" fw={400}>
            {" · "}
            {t(`indicator.direction.${direction}`)}
          </Text>
        </Text>
        <Text size="sm" fw={700} style={{ flexShrink: 0 }} data-progress={percent ?? ""}>
          {percent == null ? "—" : `${formatNumber(percent)} %`}
        </Text>
      </Group>
      {/* Without a target there is nothing to fill toward: the figure alone says what was done (no empty bar). */}
      {target != null && (
        <Progress
          value={percent == null ? 0 : Math.min(percent, 100)}
          // In progress is not an alarm: blue; reached: green.
          color={reached ? "teal.8" : "blue.8"}
          size={compact ? "md" : "lg"}
          radius="sm"
          aria-label={`${indicator.name}: ${percent == null ? t("indicator.noProgress") : `${percent} %`}`}
        />
      )}
      <Text size="xs" c={worse ? "red.9" : "dimmed"} fw={worse ? 600 : undefined}>
        {indicatorFiguresText(indicator, t)}
        {latestMeasuredOn ? ` · ${t("indicator.measuredOn", { date: formatDate(latestMeasuredOn) })}` : ""}
      </Text>
    </Stack>
  );
}
