import { Anchor, Button, Group, Paper, Select, Skeleton, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDeferredValue } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Paging } from "../../../components/Paging";
import { ErrorBanner } from "../../../components/ErrorBanner";
import { EventCards } from "../../../components/EventCards";
import { EventStatusBadge } from "../../../components/EventStatusBadge";
import { useAuth } from "../../../lib/auth";
import { EVENT_KINDS, EVENT_STATUSES } from "../../../lib/enums";
import { formatDateTime, formatTotal, pagingTotal } from "../../../lib/format";
import { usePhone } from "../../../lib/usePhone";
import { useUrlFilters } from "../../../lib/useUrlFilters";
import { useUnit } from "../../../lib/resources/units";
import { useEvents, type EventKind, type EventListParams, type EventStatus } from "../api";

const PAGE_SIZE = 20;

/** Events with a server-side search, filters and paging; the URL holds them so links can be shared and Back works. */
export function EventsListPage() {
  const { t } = useTranslation();
  const { canWrite } = useAuth();
  const { search, setSearch, q, get, page, update } = useUrlFilters();
  const status = get("status") as EventStatus | undefined;
  const kind = get("kind") as EventKind | undefined;

  const phone = usePhone();
  const withAll = (values: readonly string[], labels: string) =>
    [{ value: "", label: t("common.all") }, ...values.map((value) => ({ value, label: t(`${labels}.${value}`) }))];

  const hostUnitId = get("hostUnitId");
  const hostUnit = useUnit(hostUnitId);
  const params: EventListParams = { q, status, kind, hostUnitId, page, pageSize: PAGE_SIZE, sort: "-startsAt" };
  const events = useEvents(params);
  // A page of events is drawn in a deferred, time-sliced render: the answer's arrival does not block the main thread.
  const items = useDeferredValue(events.data?.items);
  const drawing = events.isPending || items !== events.data?.items;

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t("events.title")}</Title>
        {canWrite && <Button component={Link} to="/events/new">{t("events.new")}</Button>}
      </Group>

      <Group align="end" wrap="wrap">
        <TextInput
          label={t("common.search")}
          placeholder={t("events.searchPlaceholder")}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          style={{ flex: "1 1 280px" }}
        />
        <Select
          label={t("events.statusFilter")}
          data={withAll(EVENT_STATUSES, "event.status")}
          value={status ?? ""}
          onChange={(value) => update({ status: value || undefined })}
          allowDeselect={false}
          w={{ base: "100%", xs: 200 }}
        />
        <Select
          label={t("events.kindFilter")}
          data={withAll(EVENT_KINDS, "event.kind")}
          value={kind ?? ""}
          onChange={(value) => update({ kind: value || undefined })}
          allowDeselect={false}
          w={{ base: "100%", xs: 200 }}
        />
      </Group>

      {hostUnitId && (
        <Group gap="xs">
          <Text size="sm">{t("events.columns.host")}: <b>{hostUnit.data?.data.name ?? "…"}</b></Text>
          <Button variant="subtle" size="compact-sm" onClick={() => update({ hostUnitId: undefined })}>{t("events.clearHostFilter")}</Button>
        </Group>
      )}

      <ErrorBanner error={events.error} />

      {phone ? (
        <EventCards events={items} loading={drawing && !items} />
      ) : (
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("events.columns.title")}</Table.Th>
                <Table.Th>{t("events.columns.when")}</Table.Th>
                <Table.Th>{t("events.columns.host")}</Table.Th>
                <Table.Th>{t("events.columns.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {drawing && !items &&
                Array.from({ length: 3 }, (_, i) => (
                  <Table.Tr key={i}>
                    {Array.from({ length: 4 }, (_, j) => (
                      <Table.Td key={j}><Skeleton height={16} /></Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              {items?.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/events/${event.id}`} fw={500}>{event.title}</Anchor>
                    <Text size="xs" c="dimmed">{t(`event.kind.${event.kind}`)}{event.venue ? ` · ${event.venue}` : ""}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(event.startsAt)}</Table.Td>
                  <Table.Td>{event.hostUnitName}</Table.Td>
                  <Table.Td><EventStatusBadge status={event.status} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      )}
      {events.data && events.data.items.length === 0 && (
        <Stack align="center" p="xl" gap="xs">
          <Text fw={500}>{t("events.empty")}</Text>
          <Text size="sm" c="dimmed">{t("events.emptyAction")}</Text>
        </Stack>
      )}

      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">{t("common.total", { total: formatTotal(events.data) })}</Text>
        <Paging total={pagingTotal(events.data, PAGE_SIZE)} pageSize={PAGE_SIZE} page={page} onChange={(next) => update({ page: String(next) })} />
      </Group>
    </Stack>
  );
}
