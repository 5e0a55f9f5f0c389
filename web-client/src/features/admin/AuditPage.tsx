import { Anchor, Badge, Card, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Paging } from "../../components/Paging";
import { ErrorBanner } from "../../components/ErrorBanner";
import { AUDIT_COMMANDS, AUDIT_OUTCOMES, enumOptions } from "../../lib/enums";
import { formatDateTime, pagingTotal } from "../../lib/format";
import { usePhone } from "../../lib/usePhone";
import { useUrlFilters } from "../../lib/useUrlFilters";
import { useAudit, type AuditEntry } from "./api";

// Dark shades with white text: the light variants of orange and red fall below WCAG AA contrast.
const OUTCOME_COLORS: Record<AuditEntry["outcome"], string> = { succeeded: "#0b5f4a", rejected: "#9a3412", failed: "#991b1b" };

/** The action as people say it ("Sửa sự kiện"); a command the app does not know yet shows its own name. */
export function auditActionName(command: string, t: TFunction): string {
  return (AUDIT_COMMANDS as readonly string[]).includes(command) ? t(`audit.command.${command}`) : command;
}

const RECORD_PATHS: Record<NonNullable<AuditEntry["recordType"]>, (id: string) => string> = {
  unit: (id) => `/units/${id}`,
  event: (id) => `/events/${id}`,
  participant: (id) => `/participants/${id}`,
  user: () => "/admin/users",
  apiKey: () => "/admin/api-keys",
  award: (id) => `/awards/${id}`,
  initiative: (id) => `/initiatives/${id}`,
};

function RecordLink({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.recordId) return <Text span c="dimmed">{t("common.none")}</Text>;
  // Before the record's name is known (older entries), its id, small.
  const name = entry.recordName ?? <Text span size="xs" ff="monospace">{entry.recordId}</Text>;
  const type = entry.recordType ? t(`audit.recordType.${entry.recordType}`) : null;
  // A deleted record has no page any more: its name stays, unlinked.
  const deleted = entry.command.startsWith("Delete") && entry.outcome === "succeeded";
  return (
    <Stack gap={0}>
      {entry.recordType && !deleted
        ? <Anchor component={Link} to={RECORD_PATHS[entry.recordType](entry.recordId)}>{name}</Anchor>
        : <Text span>{name}</Text>}
      {type && <Text size="xs" c="dimmed">{type}</Text>}
    </Stack>
  );
}

function OutcomeBadge({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={OUTCOME_COLORS[entry.outcome]} variant="filled" tt="none" fz="sm"
        styles={{ root: { maxWidth: "none", flexShrink: 0 }, label: { overflow: "visible" } }}>{t(`admin.audit.outcomes.${entry.outcome}`)}</Badge>
      <Text span size="xs" c="dimmed">{entry.status}</Text>
    </Group>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const phone = usePhone();
  const { get, page, update } = useUrlFilters();
  const outcome = get("outcome") as AuditEntry["outcome"] | undefined;
  // A name the API does not know (an old link) would be refused: it is left out of the filter.
  const command = AUDIT_COMMANDS.find((c) => c === get("command"));
  const audit = useAudit({ outcome, command, page, pageSize: 20 });
  // A sign-in is recorded under the email tried, before anyone is signed in: the email says who, "anonymous" would mislead.
  const actor = (entry: AuditEntry) => entry.actorKind === "anonymous" && entry.actorName
    ? <>{entry.actorName}</>
    : <>{entry.actorName ?? t("common.none")} <Text span size="xs" c="dimmed">({t(`admin.audit.actorKinds.${entry.actorKind}`)})</Text></>;

  return (
    <Stack gap="lg">
      <Title order={1}>{t("admin.audit.title")}</Title>
      <Group align="end" wrap="wrap">
        <Select label={t("admin.audit.command")} w={{ base: "100%", xs: 280 }} allowDeselect={false} searchable
          data={[{ value: "", label: t("common.all") }, ...AUDIT_COMMANDS.map((c) => ({ value: c, label: auditActionName(c, t) }))]}
          value={command ?? ""} onChange={(value) => update({ command: value })} />
        <Select label={t("admin.audit.outcome")} w={{ base: "100%", xs: 200 }} allowDeselect={false}
          data={[{ value: "", label: t("common.all") }, ...enumOptions(AUDIT_OUTCOMES, "admin.audit.outcomes", t)]}
          value={outcome ?? ""} onChange={(value) => update({ outcome: value })} />
      </Group>
      <ErrorBanner error={audit.error} />
      {phone ? (
        <Stack gap="sm">
          {audit.data?.items.map((entry) => (
            <Card key={entry.id} withBorder padding="md">
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600}>{formatDateTime(entry.at)}</Text>
                  <OutcomeBadge entry={entry} />
                </Group>
                <Text fw={600}>{auditActionName(entry.command, t)}</Text>
                <RecordLink entry={entry} />
                <Text size="sm">{actor(entry)}</Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("admin.audit.at")}</Table.Th>
                <Table.Th>{t("admin.audit.actor")}</Table.Th>
                <Table.Th>{t("admin.audit.command")}</Table.Th>
                <Table.Th>{t("admin.audit.record")}</Table.Th>
                <Table.Th>{t("admin.audit.outcome")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.data?.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(entry.at)}</Table.Td>
                  <Table.Td>{actor(entry)}</Table.Td>
                  <Table.Td title={entry.command}>{auditActionName(entry.command, t)}</Table.Td>
                  <Table.Td><RecordLink entry={entry} /></Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}><OutcomeBadge entry={entry} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {audit.data?.items.length === 0 && <Text p="lg" c="dimmed">{t("admin.audit.empty")}</Text>}
      <Paging total={pagingTotal(audit.data, 20)} pageSize={20} page={page} onChange={(next) => update({ page: String(next) })} />
    </Stack>
  );
}
