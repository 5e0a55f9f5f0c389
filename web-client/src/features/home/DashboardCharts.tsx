// The dashboard's charts: loaded on demand, so recharts stays out of the first page's JavaScript. Pictures only — the
// figures are also written out as text next to them (the page renders those), so the charts are hidden from screen
// readers and keyboard (no recharts accessibility layer: nothing focusable inside an aria-hidden picture).
import "@mantine/charts/styles.css";
import { BarChart, DonutChart } from "@mantine/charts";
import { formatNumber } from "../../lib/format";

export interface MonthBar {
  label: string;
  events: number;
}

/** Events per month: one bar a month, its number above it (none for an empty month). */
export function EventsByMonthChart({ data, seriesLabel, height, fontSize = 12 }: { data: MonthBar[]; seriesLabel: string; height: number; fontSize?: number }) {
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="label"
      series={[{ name: "events", color: "antqRed.7", label: seriesLabel }]}
      withTooltip={false}
      accessibilityLayer={false}
      withBarValueLabel
      valueLabelProps={{ formatter: (value: unknown) => (typeof value === "number" && value > 0 ? formatNumber(value) : ""), fontSize: fontSize + 1, fontWeight: 600 }}
      barLabelColor="gray.9"
      valueFormatter={formatNumber}
      maxBarWidth={44}
      gridAxis="x"
      tickLine="none"
      textColor="gray.7"
      xAxisProps={{ interval: 0, tick: { transform: "translate(0, 10)", fontSize, fill: "currentColor" } }}
      // Whole events only, and at least 0..1, so an empty year is not drawn as 0..4 with fractions.
      yAxisProps={{
        allowDecimals: false, width: 32, domain: [0, (max: number) => Math.max(1, max)],
        tick: { transform: "translate(-10, 0)", fontSize, fill: "currentColor" },
      }}
    />
  );
}

export interface DonutSlice {
  name: string;
  value: number;
  color: string;
}

/** Awards by form as a ring with the total in its middle; the legend beside it (text) says which is which. */
export function AwardsDonut({ data, total, size }: { data: DonutSlice[]; total: string; size: number }) {
  return (
    <DonutChart
      data={data}
      size={size}
      thickness={Math.round(size / 6)}
      chartLabel={total}
      withTooltip={false}
      accessibilityLayer={false}
      // recharts makes a pie focusable by default; this one is a picture inside aria-hidden.
      pieProps={{ rootTabIndex: -1 }}
      strokeWidth={2}
      labelColor="gray.9"
      styles={{ label: { fontSize: Math.round(size / 6), fontWeight: 700 } }}
    />
  );
}
