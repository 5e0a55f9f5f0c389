import { Anchor, Card, Group, Paper, Skeleton, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay } from "../lib/resources/awards";
import { summaryIndicators, type InitiativeResponse } from "../lib/resources/initiatives";
import { usePhone } from "../lib/usePhone";
import { IndicatorProgress } from "./IndicatorProgress";
import { InitiativeStatusBadge } from "./InitiativeStatusBadge";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "01/01/2023 – 31/12/2023", "Từ 01/01/2023", "Đến 31/12/2023", or null without dates. */
export function periodText(initiative: Pick<InitiativeResponse, "startDate" | "endDate">, t: Translate): string | null {
  const start = formatDay(initiative.startDate);
  const end = formatDay(initiative.endDate);
  if (start && end) return `${start} – ${end}`;
  if (start) return t("initiatives.period.from", { date: start });
  if (end) return t("initiatives.period.to", { date: end });
  return null;
}

/** "Mô hình · Phòng cháy, chữa cháy" */
export function kindAndCategory(initiative: Pick<InitiativeResponse, "kind" | "category">, t: Translate): string {
  return `${t(`initiatives.kind.${initiative.kind}`)} · ${t(`initiatives.category.${initiative.category}`)}`;
}

/** The two most telling indicators as compact bars, and how many more there are. */
function IndicatorSummary({ initiative }: { initiative: InitiativeResponse }) {
  const { t } = useTranslation();
  if (initiative.indicators.length === 0) return <Text size="sm" c="dimmed">{t("initiatives.noIndicators")}</Text>;
  const { shown, more } = summaryIndicators(initiative.indicators);
  return (
    <Stack gap="xs">
      {shown.map((indicator) => <IndicatorProgress key={indicator.id} indicator={indicator} compact />)}
      {more > 0 && <Text size="xs" c="dimmed">{t("initiatives.moreIndicators", { count: more })}</Text>}
    </Stack>
  );
}

/**
 * Initiatives as a table (on a phone as cards): name, kind and field, status, lead unit and partners, dates, and their
 * indicators' progress in brief. The initiatives list and an event's initiatives tab share it; `actions` adds a
 * control per initiative (unlinking it from the event).
 */
export function InitiativeList({ initiatives, loading, empty, actions }: {
  initiatives?: InitiativeResponse[];
  loading?: boolean;
  empty?: React.ReactNode;
  actions?: (initiative: InitiativeResponse) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const phone = usePhone();

  if (loading) return <Skeleton height={120} />;
  if (initiatives && initiatives.length === 0) return <>{empty}</>;
  if (!initiatives) return null;

  const units = (initiative: InitiativeResponse) => (
    <>
      {initiative.leadUnitName ?? t("common.none")}
      {initiative.partners.length > 0 && (
        <Text span size="xs" c="dimmed" display="block">{t("initiatives.partnersCount", { count: initiative.partners.length })}</Text>
      )}
    </>
  );
  const name = (initiative: InitiativeResponse) => (
    <Anchor component={Link} to={`/initiatives/${initiative.id}`} fw={600}>{initiative.name}</Anchor>
  );

  if (phone) {
    return (
      <Stack gap="sm">
        {initiatives.map((initiative) => (
          <Card key={initiative.id} withBorder padding="md" data-testid="initiative-card">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" gap="xs" align="start">
                {name(initiative)}
                <InitiativeStatusBadge status={initiative.status} />
              </Group>
              <Text size="sm" fw={600} c="antqRed.8">{kindAndCategory(initiative, t)}</Text>
              <Text size="sm">{units(initiative)}</Text>
              <Text size="sm" c="dimmed">{periodText(initiative, t) ?? t("initiatives.period.none")}</Text>
              <IndicatorSummary initiative={initiative} />
              {actions && <Group justify="end">{actions(initiative)}</Group>}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("initiatives.columns.name")}</Table.Th>
              <Table.Th>{t("initiatives.columns.status")}</Table.Th>
              <Table.Th>{t("initiatives.columns.lead")}</Table.Th>
              <Table.Th>{t("initiatives.columns.period")}</Table.Th>
              <Table.Th w={300}>{t("initiatives.columns.indicators")}</Table.Th>
              {actions && <Table.Th><VisuallyHidden>{t("initiatives.columns.actions")}</VisuallyHidden></Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {initiatives.map((initiative) => (
              <Table.Tr key={initiative.id} style={{ verticalAlign: "top" }}>
                <Table.Td>
                  {name(initiative)}
                  <Text size="xs" c="dimmed">{kindAndCategory(initiative, t)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}><InitiativeStatusBadge status={initiative.status} /></Table.Td>
                <Table.Td><Text size="sm">{units(initiative)}</Text></Table.Td>
                <Table.Td><Text size="sm">{periodText(initiative, t) ?? t("common.none")}</Text></Table.Td>
                <Table.Td><IndicatorSummary initiative={initiative} /></Table.Td>
                {actions && <Table.Td style={{ whiteSpace: "nowrap" }}>{actions(initiative)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
