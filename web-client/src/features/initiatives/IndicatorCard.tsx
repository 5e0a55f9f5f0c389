import { ActionIcon, Button, Group, Paper, Skeleton, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { lazy, Suspense, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { IndicatorProgress } from "../../components/IndicatorProgress";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { formatNumber } from "../../lib/format";
import { notifyDone } from "../../lib/notify";
import { formatDay } from "../../lib/resources/awards";
import {
  useDeleteMeasurement, useMeasurements, type IndicatorResponse, type MeasurementResponse,
} from "../../lib/resources/initiatives";
import { MeasurementForm } from "./MeasurementForm";

const IndicatorChart = lazy(() => import("./IndicatorChart"));

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * "Mục tiêu: 40 tổ · Mức ban đầu: 12 tổ": what the bar's own words leave out (they name no target before a first value,
 * and never the baseline of a higher-is-better indicator); null when there is nothing to add.
 */
export function targetText(indicator: Pick<IndicatorResponse, "target" | "baseline" | "unit" | "latestValue">, t: Translate): string | null {
  const parts = [];
  if (indicator.target != null) parts.push(t("initiatives.indicator.target", { value: formatNumber(indicator.target), unit: indicator.unit }));
  else if (indicator.latestValue == null) parts.push(t("initiatives.indicator.noTarget"));
  if (indicator.baseline != null) parts.push(t("initiatives.indicator.baseline", { value: formatNumber(indicator.baseline), unit: indicator.unit }));
  return parts.length > 0 ? parts.join(" · ") : null;
}

/**
 * One indicator on the initiative's page: its progress bar, target and baseline, the history as a chart and as a
 * table (the accessible and printable form of the same figures), and, for writers, adding or deleting a value.
 */
export function IndicatorCard({ initiativeId, indicator, canWrite }: { initiativeId: string; indicator: IndicatorResponse; canWrite: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const history = useMeasurements(initiativeId, indicator.id);
  const remove = useDeleteMeasurement(initiativeId, indicator.id);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<MeasurementResponse | null>(null);
  const values = history.data?.items ?? [];
  const targets = targetText(indicator, t);

  const confirmDelete = async () => {
    if (!deleting) return;
    // A failure stays in the dialog, with its words.
    await remove.mutateAsync(deleting.id);
    notifyDone(t("initiatives.indicator.valueDeleted"));
    setDeleting(null);
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: "md", sm: "lg" }} radius="md" className="indicator-card">
      <Stack gap="md">
        {/* The bar below shows the name; the heading gives the section its name and a place in the page's outline. */}
        <VisuallyHidden><h3 id={headingId}>{indicator.name}</h3></VisuallyHidden>
        <IndicatorProgress indicator={indicator} />
        <Stack gap={2}>
          {targets && <Text size="sm">{targets}</Text>}
          {indicator.direction === "lowerIsBetter" && (
            <Text size="sm" c="dimmed" data-testid="lower-note">{t("initiatives.indicator.lowerNote")}</Text>
          )}
        </Stack>

        {history.isPending ? <Skeleton height={120} /> : <ErrorBanner error={history.error} />}
        {values.length > 0 && (
          <figure style={{ margin: 0 }}>
            <Suspense fallback={<Skeleton height={220} />}>
              <IndicatorChart indicator={indicator} measurements={values} />
            </Suspense>
            <Text component="figcaption" size="xs" c="dimmed" mt={4}>
              {t("initiatives.chart.caption", { unit: indicator.unit })}
            </Text>
          </figure>
        )}

        {history.data && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>{t("initiatives.indicator.history", { count: values.length })}</Text>
            {values.length === 0 ? (
              <Text size="sm" c="dimmed">{t("initiatives.indicator.historyEmpty")}</Text>
            ) : (
              <Table.ScrollContainer minWidth={260}>
                <Table verticalSpacing={4} striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th style={{ whiteSpace: "nowrap" }}>{t("initiatives.measurement.measuredOn")}</Table.Th>
                      <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>{t("initiatives.indicator.value", { unit: indicator.unit })}</Table.Th>
                      <Table.Th visibleFrom="sm">{t("initiatives.measurement.note")}</Table.Th>
                      {canWrite && <Table.Th className="no-print"><VisuallyHidden>{t("common.delete")}</VisuallyHidden></Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {values.map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td>
                          <span style={{ whiteSpace: "nowrap" }}>{formatDay(m.measuredOn)}</span>
                          {/* On a phone the note goes under the day: three narrow columns would not fit. */}
                          {m.note && <Text size="xs" c="dimmed" hiddenFrom="sm">{m.note}</Text>}
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>{formatNumber(m.value)}</Table.Td>
                        <Table.Td visibleFrom="sm">{m.note ?? t("common.none")}</Table.Td>
                        {canWrite && (
                          <Table.Td className="no-print" w={56}>
                            <ActionIcon variant="subtle" color="red" size="lg" onClick={() => setDeleting(m)}
                              aria-label={t("initiatives.indicator.deleteValue", { date: formatDay(m.measuredOn) })}>
                              <span aria-hidden="true">✕</span>
                            </ActionIcon>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        )}

        {canWrite && (
          <div className="no-print">
            {adding ? (
              <Paper bg="gray.0" p="md" radius="md">
                <Text size="sm" fw={600} mb="xs">{t("initiatives.measurement.title")}</Text>
                <MeasurementForm initiativeId={initiativeId} indicator={indicator} onDone={() => setAdding(false)}
                  onCancel={() => setAdding(false)} />
              </Paper>
            ) : (
              <Group justify="end">
                <Button variant="light" onClick={() => setAdding(true)}>{t("initiatives.measurement.open")}</Button>
              </Group>
            )}
          </div>
        )}
      </Stack>

      <ResponsiveModal opened={deleting !== null} onClose={() => { setDeleting(null); remove.reset(); }}
        title={t("common.confirm")} size="md">
        {deleting && (
          <Text>
            {t("initiatives.indicator.confirmDeleteValue", {
              value: formatNumber(deleting.value), unit: indicator.unit, date: formatDay(deleting.measuredOn), name: indicator.name,
            })}
          </Text>
        )}
        <ErrorBanner error={remove.error} />
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={() => { setDeleting(null); remove.reset(); }}>{t("common.cancel")}</Button>
          <Button color="red" loading={remove.isPending} onClick={() => void confirmDelete().catch(() => undefined)}>{t("common.delete")}</Button>
        </Group>
      </ResponsiveModal>
    </Paper>
  );
}
