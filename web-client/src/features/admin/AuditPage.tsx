import { Badge, Group, Pagination, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useState } from "react";
import { ErrorBanner } from "../../components/ErrorBanner";
import { formatDateTime } from "../../lib/format";
import { useDebouncedValue } from "../../lib/useDebouncedValue";
import { useUrlFilters } from "../../lib/useUrlFilters";
import { useAudit, type AuditEntry } from "./api";

// Dark shades with white text: the light variants of orange and red fall below WCAG AA contrast.
const OUTCOME_COLORS: Record<AuditEntry["outcome"], string> = { succeeded: "teal.9", rejected: "#9a3412", failed: "#991b1b" };

export function AuditPage() {
  const { t } = useTranslation();
  const { get, page, update } = useUrlFilters();
  const outcome = get("outcome") as AuditEntry["outcome"] | undefined;
  const [commandText, setCommandText] = useState(get("command") ?? "");
  const command = useDebouncedValue(commandText.trim(), 300);
  const audit = useAudit({ outcome, command: command || undefined, page, pageSize: 20 });
  const total = audit.data?.totalCount ?? 0;

  return (
    <Stack gap="lg">
      <Title order={1}>{t("admin.audit.title")}</Title>
      <Group align="end">
        <Select label={t("admin.audit.outcome")} w={200} allowDeselect={false}
          data={[{ value: "", label: t("common.all") }, ...(["succeeded", "rejected", "failed"] as const).map((o) => ({ value: o, label: t(`admin.audit.outcomes.${o}`) }))]}
          value={outcome ?? ""} onChange={(value) => update({ outcome: value })} />
        <TextInput label={t("admin.audit.command")} placeholder="UpdateEventCommand" value={commandText}
          onChange={(e) => setCommandText(e.currentTarget.value)} />
      </Group>
      <ErrorBanner error={audit.error} />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={760}>
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
                  <Table.Td>{entry.actorName ?? t("common.none")} <Text span size="xs" c="dimmed">({t(`admin.audit.actorKinds.${entry.actorKind}`)})</Text></Table.Td>
                  <Table.Td>{entry.command}</Table.Td>
                  <Table.Td><Text size="xs" ff="monospace">{entry.recordId ?? t("common.none")}</Text></Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Badge color={OUTCOME_COLORS[entry.outcome]} variant="filled">{t(`admin.audit.outcomes.${entry.outcome}`)}</Badge>
                    <Text span size="xs" c="dimmed" ml={6}>{entry.status}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {audit.data?.items.length === 0 && <Text p="lg" c="dimmed">{t("admin.audit.empty")}</Text>}
      </Paper>
      {total > 20 && <Pagination total={Math.ceil(total / 20)} value={page} onChange={(next) => update({ page: String(next) })} />}
    </Stack>
  );
}
