import { Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { AwardsSection } from "../../../components/AwardsSection";
import { DemoBadge } from "../../../components/DemoBadge";
import { EventInitiatives } from "../../../components/EventInitiatives";
import { ErrorBanner } from "../../../components/ErrorBanner";
import { EventStatusBadge } from "../../../components/EventStatusBadge";
import { NotFoundPage } from "../../../components/PageState";
import { ResponsiveModal } from "../../../components/ResponsiveModal";
import { ApiError } from "../../../lib/api";
import { useWritableUnits } from "../../../lib/auth";
import { formatDate, formatDateTime, formatNumber, formatTime } from "../../../lib/format";
import { useChangeEventStatus, useDeleteEvent, useEvent, type EventResponse } from "../api";
import { useAttendanceList } from "../../../lib/resources/attendance";
import { useAwards } from "../../../lib/resources/awards";
import { eventInitiativesParams, useInitiatives } from "../../../lib/resources/initiatives";
import { AttendanceTab, attendanceParams } from "./AttendanceTab";

const TABS = ["overview", "programme", "attendance", "services", "initiatives", "awards"] as const;
type Tab = (typeof TABS)[number];

export function eventWhen(event: Pick<EventResponse, "startsAt" | "endsAt">) {
  return formatDate(event.startsAt) === formatDate(event.endsAt)
    ? `${formatTime(event.startsAt)}–${formatTime(event.endsAt)} ${formatDate(event.startsAt)}`
    : `${formatDateTime(event.startsAt)} – ${formatDateTime(event.endsAt)}`;
}

export function EventDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === searchParams.get("tab")) ?? "overview";
  const { allows } = useWritableUnits();
  const query = useEvent(id);
  // The same query as the attendance tab's (one request): its counts give the tab's number.
  const attendance = useAttendanceList(id, attendanceParams(searchParams), query.data?.data.status === "ongoing");
  // Only the number, for the tab's label (the tab lists them itself).
  const awards = useAwards({ eventId: id, pageSize: 1 });
  // The same query as the initiatives tab's (one request): its total is the tab's number.
  const initiatives = useInitiatives(eventInitiativesParams(id));
  const changeStatus = useChangeEventStatus(id);
  const remove = useDeleteEvent(id);
  // Deleting and cancelling cannot be undone: both ask first.
  const [confirming, setConfirming] = useState<"delete" | "cancel" | null>(null);
  const closeConfirm = () => setConfirming(null);

  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <Skeleton height={240} />;
  if (!query.data) return <ErrorBanner error={query.error} />;

  const { data: event, etag } = query.data;
  // Actions only where they will work: an editor's own units and those below them.
  const canWrite = allows(event.hostUnitId);

  const deleteEvent = async () => {
    await remove.mutateAsync(etag);
    closeConfirm();
    notifications.show({ message: t("common.deleted"), color: "teal" });
    await navigate("/events");
  };

  return (
    <Stack gap="lg" className="event-page">
      <Anchor component={Link} to="/events" size="sm" className="no-print">← {t("events.title")}</Anchor>
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{event.title}</Title>
          <Group gap="xs">
            <EventStatusBadge status={event.status} />
            {event.timesAreTentative && <DemoBadge kind="tentativeTimes" />}
            <Text size="sm" c="dimmed">{t(`event.kind.${event.kind}`)} · {eventWhen(event)}</Text>
          </Group>
        </Stack>
        <Group gap="xs" wrap="wrap" className="no-print">
          {canWrite && (event.allowedTransitions ?? []).map((next) => (
            <Button key={next} variant={next === "cancelled" ? "subtle" : "light"} color={next === "cancelled" ? "red" : undefined}
              loading={changeStatus.isPending && changeStatus.variables?.status === next}
              onClick={() => (next === "cancelled" ? setConfirming("cancel") : changeStatus.mutate({ status: next, etag }))}>
              {t(`event.action.${next}`)}
            </Button>
          ))}
          {canWrite && event.status !== "cancelled" && (
            <Button component={Link} to={`/events/${event.id}/edit`} variant="default">{t("common.edit")}</Button>
          )}
          <Button variant="default" onClick={() => window.print()}>{t("common.print")}</Button>
          {canWrite && <Button variant="subtle" color="red" onClick={() => setConfirming("delete")}>{t("common.delete")}</Button>}
        </Group>
      </Group>

      <ErrorBanner error={changeStatus.error ?? remove.error} />

      {/* On screen: tabs. On paper: every panel, one after another, each under its heading (print rules in global.css). */}
      <Tabs value={tab} onChange={(value) => setSearchParams((current) => {
        // The attendance tab's filters stay in the URL, so coming back to it finds them.
        const next = new URLSearchParams(current);
        next.set("tab", value ?? "overview");
        return next;
      }, { replace: true })} keepMounted
        keepMountedMode="display-none" className="print-all-panels">
        <Tabs.List className="no-print">
          <Tabs.Tab value="overview">{t("events.detail.overview")}</Tabs.Tab>
          <Tabs.Tab value="programme">{t("events.detail.programme")} ({event.agenda.length})</Tabs.Tab>
          <Tabs.Tab value="attendance">
            {t("attendance.tab")}{attendance.data ? ` (${formatNumber(attendance.data.counts.total)})` : ""}
          </Tabs.Tab>
          <Tabs.Tab value="services">{t("events.detail.services")} ({event.services.length})</Tabs.Tab>
          <Tabs.Tab value="initiatives">
            {t("initiatives.eventTab.title")}{initiatives.data ? ` (${formatNumber(initiatives.data.totalCount)})` : ""}
          </Tabs.Tab>
          <Tabs.Tab value="awards">{t("awards.history.eventTab")}{awards.data ? ` (${awards.data.totalCount})` : ""}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md"><Overview event={event} /></Tabs.Panel>
        <Tabs.Panel value="programme" pt="md">
          <Title order={2} size="h3" className="print-only" mb="sm">{t("events.detail.programme")}</Title>
          <Programme event={event} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <Title order={2} size="h3" className="print-only" mb="sm">{t("attendance.tab")}</Title>
          <AttendanceTab event={event} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="services" pt="md">
          <Title order={2} size="h3" className="print-only" mb="sm">{t("events.detail.services")}</Title>
          <Services event={event} />
        </Tabs.Panel>
        <Tabs.Panel value="initiatives" pt="md">
          <Title order={2} size="h3" className="print-only" mb="sm">{t("initiatives.eventTab.title")}</Title>
          <EventInitiatives eventId={event.id} />
        </Tabs.Panel>
        <Tabs.Panel value="awards" pt="md">
          <Title order={2} size="h3" className="print-only" mb="sm">{t("awards.history.eventTab")}</Title>
          <AwardsSection title={t("awards.history.eventTab")} heading={false} filter={{ eventId: event.id }}
            columns={["recipient", "form", "issuer", "presenter", "status"]} emptyText={t("awards.history.eventEmpty")}
            addTo={canWrite ? `/awards/new?eventId=${event.id}` : undefined} />
        </Tabs.Panel>
      </Tabs>

      <ResponsiveModal opened={confirming !== null} onClose={closeConfirm} title={t("common.confirm")} size="md">
        {confirming === "cancel" ? (
          <>
            <Text>{t("events.detail.confirmCancel", { title: event.title })}</Text>
            <Group justify="end" mt="lg">
              <Button variant="default" onClick={closeConfirm}>{t("events.detail.keepEvent")}</Button>
              <Button color="red" loading={changeStatus.isPending}
                onClick={() => changeStatus.mutate({ status: "cancelled", etag }, { onSettled: closeConfirm })}>
                {t("event.action.cancelled")}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text>{t("events.detail.confirmDelete", { title: event.title })}</Text>
            <Group justify="end" mt="lg">
              <Button variant="default" onClick={closeConfirm}>{t("common.cancel")}</Button>
              <Button color="red" loading={remove.isPending} onClick={() => void deleteEvent().catch(closeConfirm)}>{t("common.delete")}</Button>
            </Group>
          </>
        )}
      </ResponsiveModal>
    </Stack>
  );
}

function Overview({ event }: { event: EventResponse }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Field label={t("events.detail.when")} value={eventWhen(event)} />
        <Field label={t("events.detail.venue")} value={event.venue} />
        <Field label={t("events.detail.host")} value={event.hostUnitName}
          to={`/units/${event.hostUnitId}`} />
        <Field label={t("events.detail.organizer")} value={event.organizerUnitName}
          to={event.organizerUnitId ? `/units/${event.organizerUnitId}` : undefined} />
      </SimpleGrid>
      {event.description && (
        <Stack gap={4} mt="lg">
          <Text size="sm" c="dimmed">{t("events.detail.description")}</Text>
          <Text style={{ whiteSpace: "pre-line" }}>{event.description}</Text>
        </Stack>
      )}
      <Anchor href={`/api/v1/events/${event.id}/calendar.ics`} mt="lg" display="inline-block" className="no-print">{t("events.detail.calendar")}</Anchor>
    </Paper>
  );
}

function Programme({ event }: { event: EventResponse }) {
  const { t } = useTranslation();
  if (event.agenda.length === 0) return <Text c="dimmed">{t("events.detail.noProgramme")}</Text>;
  return (
    <Paper withBorder radius="md">
      {event.timesAreTentative && <Group p="sm" pb={0}><DemoBadge kind="tentativeTimes" /></Group>}
      <Table verticalSpacing="sm">
        <Table.Tbody>
          {event.agenda.map((item) => (
            <Table.Tr key={`${item.startsAt}-${item.title}`}>
              <Table.Td w={72} fw={600}>{formatTime(item.startsAt)}</Table.Td>
              <Table.Td>
                {item.title}
                <Speaker item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** " — Nguyễn Thị Phượng" linked to their page, or the speaker as written (both when the programme gives both). */
function Speaker({ item }: { item: EventResponse["agenda"][number] }) {
  const text = item.speaker?.trim();
  if (item.speakerId) {
    return (
      <>
        {" — "}
        <Anchor component={Link} to={`/participants/${item.speakerId}`} inherit>{item.speakerName ?? text}</Anchor>
        {text && item.speakerName && ` (${text})`}
      </>
    );
  }
  return text ? <>{` — ${text}`}</> : null;
}

function Services({ event }: { event: EventResponse }) {
  const { t } = useTranslation();
  if (event.services.length === 0) return <Text c="dimmed">{t("events.detail.noServices")}</Text>;
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("events.form.serviceKind")}</Table.Th>
            <Table.Th visibleFrom="sm">{t("events.form.serviceDescription")}</Table.Th>
            <Table.Th ta="right">{t("events.detail.count")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {event.services.map((service, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                {t(`service.kind.${service.kind}`)}
                {service.description && <Text size="xs" c="dimmed" hiddenFrom="sm">{service.description}</Text>}
              </Table.Td>
              <Table.Td visibleFrom="sm">{service.description ?? t("common.none")}</Table.Td>
              <Table.Td ta="right">{service.count == null ? t("common.none") : formatNumber(service.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Field({ label, value, to }: { label: string; value: string | null | undefined; to?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">{label}</Text>
      {value && to ? <Anchor component={Link} to={to}>{value}</Anchor> : <Text>{value ?? t("common.none")}</Text>}
    </Stack>
  );
}
