import { Anchor, Card, Group, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay, type AwardResponse } from "../lib/resources/awards";
import { usePhone } from "../lib/usePhone";
import { AwardStatusBadge } from "./AwardStatusBadge";
import { DemoBadge } from "./DemoBadge";

export type AwardColumn = "recipient" | "form" | "issuer" | "decision" | "presenter" | "event" | "status";

/** "1234/QĐ-UBND, 10/08/2023", what is known of it, or null. */
export function decisionText(award: Pick<AwardResponse, "decisionNumber" | "decisionDate">): string | null {
  const parts = [award.decisionNumber, formatDay(award.decisionDate)].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

/** "Trung tướng Nguyễn Hải Trung" */
export function presenterText(award: Pick<AwardResponse, "presentedByName" | "presentedByRank">): string | null {
  return award.presentedByName ? [award.presentedByRank, award.presentedByName].filter(Boolean).join(" ") : null;
}

/**
 * Awards as a table (on a phone as cards): the columns a screen asks for, each award opening its page. The awards list,
 * an event's awards tab, a participant's and a unit's page share it.
 */
export function AwardList({ awards, loading, columns, empty }: {
  awards?: AwardResponse[];
  loading?: boolean;
  columns: AwardColumn[];
  empty?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const has = (column: AwardColumn) => columns.includes(column);
  const none = t("common.none");

  // What opens the award: the recipient's name where shown, else the form.
  const title = (award: AwardResponse) => (
    <Group gap="xs" wrap="wrap">
      <Anchor component={Link} to={`/awards/${award.id}`} fw={600} td={award.status === "revoked" ? "line-through" : undefined}>
        {has("recipient") ? award.recipientName : t(`awards.formName.${award.form}`)}
      </Anchor>
      {has("recipient") && award.recipientIsPlaceholder && <DemoBadge kind="placeholder" />}
    </Group>
  );

  if (loading) return <Skeleton height={96} />;
  if (awards && awards.length === 0) return <>{empty}</>;
  if (!awards) return null;

  if (phone) {
    return (
      <Stack gap="sm">
        {awards.map((award) => (
          <Card key={award.id} withBorder padding="md" data-testid="award-card">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" gap="xs" align="start">
                {title(award)}
                {has("status") && <AwardStatusBadge status={award.status} />}
              </Group>
              <Text size="sm">
                {has("recipient") && has("form") && <b>{t(`awards.formName.${award.form}`)}</b>}
                {has("issuer") && award.issuerUnitName && <>{has("recipient") && has("form") ? " · " : ""}{award.issuerUnitName}</>}
              </Text>
              {has("decision") && <Text size="sm" c="dimmed">{t("awards.columns.decision")}: {decisionText(award) ?? none}</Text>}
              {has("presenter") && presenterText(award) && <Text size="sm" c="dimmed">{t("awards.columns.presenter")}: {presenterText(award)}</Text>}
              {has("event") && award.eventId && <Text size="sm" c="dimmed" lineClamp={2}>{award.eventTitle}</Text>}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {has("recipient") ? <Table.Th>{t("awards.columns.recipient")}</Table.Th> : <Table.Th>{t("awards.columns.form")}</Table.Th>}
              {has("recipient") && has("form") && <Table.Th>{t("awards.columns.form")}</Table.Th>}
              {has("issuer") && <Table.Th>{t("awards.columns.issuer")}</Table.Th>}
              {has("decision") && <Table.Th>{t("awards.columns.decision")}</Table.Th>}
              {has("presenter") && <Table.Th>{t("awards.columns.presenter")}</Table.Th>}
              {has("status") && <Table.Th>{t("awards.columns.status")}</Table.Th>}
              {has("event") && <Table.Th>{t("awards.columns.event")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {awards.map((award) => (
              <Table.Tr key={award.id}>
                <Table.Td>
                  {title(award)}
                  {!has("recipient") && <Text size="xs" c="dimmed" lineClamp={2}>{award.citation}</Text>}
                </Table.Td>
                {has("recipient") && has("form") && <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`awards.formName.${award.form}`)}</Table.Td>}
                {has("issuer") && <Table.Td>{award.issuerUnitName ?? none}</Table.Td>}
                {has("decision") && (
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: "nowrap" }}>{award.decisionNumber ?? none}</Text>
                    {award.decisionDate && <Text size="xs" c="dimmed">{formatDay(award.decisionDate)}</Text>}
                  </Table.Td>
                )}
                {has("presenter") && (
                  <Table.Td>
                    {presenterText(award) ?? none}
                    {award.presentedOn && <Text size="xs" c="dimmed">{formatDay(award.presentedOn)}</Text>}
                  </Table.Td>
                )}
                {has("status") && <Table.Td style={{ whiteSpace: "nowrap" }}><AwardStatusBadge status={award.status} /></Table.Td>}
                {has("event") && (
                  <Table.Td>
                    {award.eventId ? <Anchor component={Link} to={`/events/${award.eventId}?tab=awards`} size="sm">{award.eventTitle}</Anchor> : none}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
