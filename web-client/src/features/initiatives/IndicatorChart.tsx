// The history chart of one indicator. Loaded on demand (recharts is large): the page shows its figures and table first.
import "@mantine/charts/styles.css";
import { LineChart, type ChartReferenceLineProps } from "@mantine/charts";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import { formatDay } from "../../lib/resources/awards";
import type { IndicatorResponse, MeasurementResponse } from "../../lib/resources/initiatives";

/** The points oldest first, with the day as dd/mm/yyyy for the x axis. */
export function chartPoints(measurements: MeasurementResponse[]) {
  return [...measurements]
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
    .map((m) => ({ day: formatDay(m.measuredOn) as string, value: m.value }));
}

/** A round number at or above `value` (36.8 → 40, 13.8 → 15, 0.7 → 0.75), so the axis's ticks read well. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const half = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.ceil(value / half - 1e-9) * half;
}

/**
 * The top of the y axis: a round number a little above the highest of the values, the target and the baseline, so
 * the target line is always in view; 100 for a percentage.
 */
export function chartTop(values: number[], indicator: Pick<IndicatorResponse, "target" | "baseline" | "unit">): number {
  if (indicator.unit.trim() === "%") return 100;
  const highest = Math.max(0, ...values, indicator.target ?? 0, indicator.baseline ?? 0);
  return highest === 0 ? 1 : niceCeil(highest * 1.1);
}

/** The values over time as a line, the target (and a lower-is-better indicator's baseline) as labelled lines. */
export default function IndicatorChart({ indicator, measurements }: { indicator: IndicatorResponse; measurements: MeasurementResponse[] }) {
  const { t } = useTranslation();
  const data = chartPoints(measurements);
  const referenceLines: ChartReferenceLineProps[] = [];
  if (indicator.target != null) {
    referenceLines.push({
      y: indicator.target, color: "teal.9", strokeDasharray: "6 4", labelPosition: "insideTopLeft",
      label: t("initiatives.chart.target", { value: formatNumber(indicator.target), unit: indicator.unit }),
    });
  }
  if (indicator.direction === "lowerIsBetter" && indicator.baseline != null) {
    referenceLines.push({
      y: indicator.baseline, color: "gray.7", strokeDasharray: "2 4", labelPosition: "insideTopLeft",
      label: t("initiatives.chart.baseline", { value: formatNumber(indicator.baseline), unit: indicator.unit }),
    });
  }
  return (
    <LineChart
      h={220}
      data={data}
      dataKey="day"
      series={[{ name: "value", label: indicator.unit, color: "antqRed.8" }]}
      curveType="linear"
      valueFormatter={formatNumber}
      referenceLines={referenceLines}
      yAxisProps={{ domain: [0, chartTop(data.map((p) => p.value), indicator)], width: 56 }}
      xAxisProps={{ interval: "preserveStartEnd", minTickGap: 24 }}
      gridAxis="xy"
      textColor="gray.8"
      dotProps={{ r: 4 }}
      activeDotProps={{ r: 6 }}
      // Recharts makes the chart one keyboard stop (arrows move through the points); this names it.
      lineChartProps={{ title: t("initiatives.chart.title", { name: indicator.name }) }}
    />
  );
}
