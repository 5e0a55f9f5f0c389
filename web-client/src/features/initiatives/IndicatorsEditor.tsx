import { ActionIcon, Button, Grid, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { enumOptions, INDICATOR_DIRECTIONS } from "../../lib/enums";
import type { IndicatorDirection, IndicatorInput, IndicatorResponse } from "../../lib/resources/initiatives";

/** One row of the editor. The existing indicator's id is `indicatorId` (not `id`), so an API error about an id goes to the banner. */
export interface IndicatorRow {
  /** React's key for the row, stable while rows move. */
  key: string;
  indicatorId: string | null;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  /** What NumberInput holds: a number, or "" while empty. */
  target: number | string;
  baseline: number | string;
  /** It has measured values: the API refuses to remove it (409), so the editor does not offer to. */
  hasValues: boolean;
}

let nextKey = 0;
const newKey = () => `row-${++nextKey}`;

export function emptyIndicatorRow(): IndicatorRow {
  return { key: newKey(), indicatorId: null, name: "", unit: "", direction: "higherIsBetter", target: "", baseline: "", hasValues: false };
}

export function indicatorToRow(indicator: IndicatorResponse): IndicatorRow {
  return {
    key: newKey(), indicatorId: indicator.id, name: indicator.name, unit: indicator.unit, direction: indicator.direction,
    target: indicator.target ?? "", baseline: indicator.baseline ?? "", hasValues: indicator.latestValue != null,
  };
}

/** NumberInput gives a number, or while typing a plain numeric string ("12.50", "12."), or "" when empty. */
export const toNumber = (value: number | string): number | null =>
  typeof value === "number" ? value : value.trim() === "" ? null : Number(value);

/** The rows as the API takes them, in their order: an existing indicator keeps its id (and so its history). */
export function rowsToIndicators(rows: IndicatorRow[]): IndicatorInput[] {
  return rows.map((row) => ({
    id: row.indicatorId,
    name: row.name.trim(),
    unit: row.unit.trim(),
    direction: row.direction,
    target: toNumber(row.target),
    baseline: toNumber(row.baseline),
  }));
}

/** The part of the initiative form the editor works on. */
interface WithIndicators { indicators: IndicatorRow[] }

/**
 * Add, remove and reorder an initiative's indicators: name, unit of measure, direction, target and baseline. The
 * API's rules (`indicators[0].target` …) appear next to the row's fields.
 */
export function IndicatorsEditor<T extends WithIndicators>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  // The editor touches only `indicators`: a narrower view of the same form keeps the paths typed.
  const f = form as unknown as UseFormReturnType<WithIndicators>;
  const rows = f.getValues().indicators;
  const listError = f.errors.indicators;
  // The directions read inline elsewhere ("· càng cao càng tốt"); as a choice of their own they start with a capital.
  const directions = enumOptions(INDICATOR_DIRECTIONS, "indicator.direction", t)
    .map((option) => ({ ...option, label: option.label.charAt(0).toUpperCase() + option.label.slice(1) }));

  return (
    <Stack gap="sm">
      {rows.length === 0 && <Text size="sm" c="dimmed">{t("initiatives.editor.noIndicatorsYet")}</Text>}
      {rows.map((row, index) => {
        const n = index + 1;
        const path = (field: keyof IndicatorRow) => `indicators.${index}.${field}`;
        return (
          <Paper key={row.key} withBorder p="md" radius="md" bg="gray.0" component="fieldset" m={0}
            aria-label={t("initiatives.editor.indicatorN", { n })} data-testid="indicator-row">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600}>{t("initiatives.editor.indicatorN", { n })}</Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="default" size="lg" disabled={index === 0} aria-label={t("initiatives.editor.moveUp", { n })}
                    onClick={() => f.reorderListItem("indicators", { from: index, to: index - 1 })}>
                    <span aria-hidden="true">↑</span>
                  </ActionIcon>
                  <ActionIcon variant="default" size="lg" disabled={index === rows.length - 1} aria-label={t("initiatives.editor.moveDown", { n })}
                    onClick={() => f.reorderListItem("indicators", { from: index, to: index + 1 })}>
                    <span aria-hidden="true">↓</span>
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" size="lg" disabled={row.hasValues} aria-label={t("initiatives.editor.remove", { n })}
                    onClick={() => f.removeListItem("indicators", index)}>
                    <span aria-hidden="true">✕</span>
                  </ActionIcon>
                </Group>
              </Group>
              {row.hasValues && <Text size="xs" c="dimmed">{t("initiatives.editor.hasValues")}</Text>}
              <TextInput label={t("initiatives.editor.indicatorName")} withAsterisk {...f.getInputProps(path("name"))} />
              <Grid gap="sm">
                <Grid.Col span={{ base: 5, md: 3 }}>
                  <TextInput label={t("initiatives.editor.unit")} placeholder={t("initiatives.editor.unitPlaceholder")} withAsterisk
                    {...f.getInputProps(path("unit"))} />
                </Grid.Col>
                <Grid.Col span={{ base: 7, md: 3 }}>
                  <Select label={t("initiatives.editor.direction")} data={directions} allowDeselect={false} withAsterisk
                    {...f.getInputProps(path("direction"))} />
                </Grid.Col>
                <Grid.Col span={{ base: 6, md: 3 }}>
                  <NumberInput label={t("initiatives.editor.target")} decimalSeparator="," thousandSeparator="." hideControls
                    inputMode="decimal" {...f.getInputProps(path("target"))} />
                </Grid.Col>
                <Grid.Col span={{ base: 6, md: 3 }}>
                  <NumberInput label={t("initiatives.editor.baseline")} decimalSeparator="," thousandSeparator="." hideControls
                    inputMode="decimal" {...f.getInputProps(path("baseline"))} />
                </Grid.Col>
              </Grid>
              {row.direction === "lowerIsBetter" && <Text size="xs" c="dimmed">{t("initiatives.editor.baselineNeeded")}</Text>}
            </Stack>
          </Paper>
        );
      })}
      {listError && <Text size="sm" c="red.8" role="alert">{listError}</Text>}
      <Group>
        <Button variant="light" onClick={() => f.insertListItem("indicators", emptyIndicatorRow())}>{t("initiatives.editor.addIndicator")}</Button>
      </Group>
    </Stack>
  );
}
