import {
  ActionIcon, Alert, Anchor, Badge, Button, Card, Checkbox, Group, NativeSelect, Paper, Select, Skeleton, Stack, Table, Text, TextInput, VisuallyHidden,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { AttendanceStatusBadge, SpeaksBadge } from "../../../components/AttendanceBadges";
import { DemoBadge } from "../../../components/DemoBadge";
import { ExportMenu } from "../../../components/ExportMenu";
import { FormErrorBanner } from "../../../components/ErrorBanner";
import { Paging } from "../../../components/Paging";
import { ParticipantPicker } from "../../../components/ParticipantPicker";
import { ResponsiveModal } from "../../../components/ResponsiveModal";
import { ApiError } from "../../../lib/api";
import { ATTENDANCE_ROLES, ATTENDANCE_STATUSES, enumOptions } from "../../../lib/enums";
import { formatNumber } from "../../../lib/format";
import {
  attendanceKeys, formatCheckedInAt, formatCheckInCode, useAddAttendance, useAttendanceList, useRemoveAttendance, useUpdateAttendance,
  type AttendanceCounts, type AttendanceListParams, type AttendanceResponse, type AttendanceRole, type AttendanceStatus,
} from "../../../lib/resources/attendance";
import { usePhone } from "../../../lib/usePhone";
import { useFieldErrors } from "../../../lib/useFieldErrors";
import { useUrlFilters } from "../../../lib/useUrlFilters";
import type { EventResponse } from "../api";

export const ATTENDANCE_PAGE_SIZE = 20;

/** The list's query as the URL holds it (q, role, status, page), so links can be shared and Back works. */
export function attendanceParams(searchParams: URLSearchParams): AttendanceListParams {
  const role = searchParams.get("role");
  const status = searchParams.get("status");
  return {
    q: searchParams.get("q") || undefined,
    role: (ATTENDANCE_ROLES as readonly string[]).includes(role ?? "") ? (role as AttendanceRole) : undefined,
    status: (ATTENDANCE_STATUSES as readonly string[]).includes(status ?? "") ? (status as AttendanceStatus) : undefined,
    page: Math.max(1, Number(searchParams.get("page")) || 1),
    pageSize: ATTENDANCE_PAGE_SIZE,
  };
}

// Status selects coloured like the status badges, so a writer's row reads like a reader's.
const STATUS_STYLE: Record<AttendanceStatus, React.CSSProperties> = {
  invited: { color: "#343a40", backgroundColor: "#ffffff", borderColor: "#868e96" },
  registered: { color: "#0b4a85", backgroundColor: "#e7f5ff", borderColor: "#a5d8ff" },
  checkedIn: { color: "#04513b", backgroundColor: "#e6fcf5", borderColor: "#96f2d7" },
  absent: { color: "#7f1717", backgroundColor: "#fff5f5", borderColor: "#ffc9c9" },
};

/** An event's list of participants: search, filters, counts; for writers adding, changing, removing and printing. */
export function AttendanceTab({ event, canWrite }: { event: EventResponse; canWrite: boolean }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [searchParams] = useSearchParams();
  const { search, setSearch, update } = useUrlFilters();
  const params = attendanceParams(searchParams);
  const list = useAttendanceList(event.id, params, event.status === "ongoing");
  const client = useQueryClient();
  const change = useUpdateAttendance(event.id);
  const remove = useRemoveAttendance(event.id);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AttendanceResponse | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [actionError, setActionError] = useState<{ error: unknown; name: string; action: "change" | "remove" } | null>(null);

  const items = list.data?.items ?? [];
  const total = list.data?.totalCount ?? 0;
  const filtered = !!(params.q || params.role || params.status);

  const changeRow = (row: AttendanceResponse, next: { role?: AttendanceRole; status?: AttendanceStatus }) => {
    setActionError(null);
    change.mutate({ seen: row, role: next.role ?? row.role, status: next.status ?? row.status }, {
      onSuccess: () => notifications.show({ message: t("attendance.changed", { name: row.fullName }), color: "teal" }),
      onError: (error) => setActionError({ error, name: row.fullName, action: "change" }),
    });
  };

  const removeRow = (row: AttendanceResponse) => {
    setActionError(null);
    remove.mutate({ seen: row }, {
      onSuccess: () => {
        notifications.show({ message: t("attendance.removed", { name: row.fullName }), color: "teal" });
        setSelected((current) => { const next = new Set(current); next.delete(row.participantId); return next; });
      },
      onError: (error) => setActionError({ error, name: row.fullName, action: "remove" }),
      onSettled: () => setRemoving(null),
    });
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => { const next = new Set(current); if (on) next.add(id); else next.delete(id); return next; });
  const pageSelected = items.length > 0 && items.every((row) => selected.has(row.participantId));
  const togglePage = (on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const row of items) if (on) next.add(row.participantId); else next.delete(row.participantId);
      return next;
    });
  const printLink = (kind: "badges" | "invitations") =>
    `/events/${event.id}/${kind}${selected.size > 0 ? `?ids=${[...selected].join(",")}` : ""}`;

  const roleControl = (row: AttendanceResponse) => canWrite ? (
    <NativeSelect aria-label={t("attendance.roleOf", { name: row.fullName })} size="sm" value={row.role}
      data={enumOptions(ATTENDANCE_ROLES, "attendance.role", t)} disabled={change.isPending && change.variables?.seen === row}
      onChange={(e) => changeRow(row, { role: e.currentTarget.value as AttendanceRole })} />
  ) : <Text size="sm">{t(`attendance.role.${row.role}`)}</Text>;

  const statusControl = (row: AttendanceResponse) => canWrite ? (
    <NativeSelect aria-label={t("attendance.statusOf", { name: row.fullName })} size="sm" value={row.status}
      data={enumOptions(ATTENDANCE_STATUSES, "attendance.status", t)} disabled={change.isPending && change.variables?.seen === row}
      styles={{ input: { ...STATUS_STYLE[row.status], fontWeight: 600 } }}
      onChange={(e) => changeRow(row, { status: e.currentTarget.value as AttendanceStatus })} />
  ) : <AttendanceStatusBadge status={row.status} />;

  const removeButton = (row: AttendanceResponse) => (
    <ActionIcon variant="subtle" color="red" size={40} aria-label={t("attendance.removeOf", { name: row.fullName })}
      onClick={() => setRemoving(row)}>✕</ActionIcon>
  );

  return (
    <Stack gap="md">
      <Counts counts={list.data?.counts} onPick={(filter) => update(filter)} />

      <Group align="end" wrap="wrap" className="no-print">
        <TextInput type="search" label={t("attendance.search")} placeholder={t("attendance.searchPlaceholder")} value={search}
          onChange={(e) => setSearch(e.currentTarget.value)} style={{ flex: "1 1 240px" }} />
        <Select label={t("attendance.roleLabel")} w={{ base: "calc(50% - 8px)", xs: 190 }} allowDeselect={false} value={params.role ?? ""}
          data={[{ value: "", label: t("common.all") }, ...enumOptions(ATTENDANCE_ROLES, "attendance.role", t)]}
          onChange={(value) => update({ role: value || undefined })} />
        <Select label={t("attendance.statusLabel")} w={{ base: "calc(50% - 8px)", xs: 190 }} allowDeselect={false} value={params.status ?? ""}
          data={[{ value: "", label: t("common.all") }, ...enumOptions(ATTENDANCE_STATUSES, "attendance.status", t)]}
          onChange={(value) => update({ status: value || undefined })} />
        <ExportMenu path={`/api/v1/events/${event.id}/participants/export`} query={{ q: params.q, role: params.role, status: params.status }}
          fileName="attendance" />
      </Group>

      {canWrite && (
        <Group gap="xs" wrap="wrap" className="no-print">
          <Button onClick={() => setAdding(true)}>{t("attendance.add.open")}</Button>
          <Button component={Link} to={`/events/${event.id}/gate`} variant="light">{t("attendance.gate")}</Button>
          <Button component={Link} to={printLink("badges")} variant="default">
            {selected.size > 0 ? t("attendance.print.badgesSelected", { n: selected.size }) : t("attendance.print.badgesAll")}
          </Button>
          <Button component={Link} to={printLink("invitations")} variant="default">
            {selected.size > 0 ? t("attendance.print.invitationsSelected", { n: selected.size }) : t("attendance.print.invitationsAll")}
          </Button>
          {selected.size > 0 && (
            <Button variant="subtle" onClick={() => setSelected(new Set())}>{t("attendance.clearSelection")}</Button>
          )}
        </Group>
      )}

      {actionError && (
        <ActionProblem {...actionError} onClose={() => setActionError(null)}
          onReload={() => { setActionError(null); void client.invalidateQueries({ queryKey: attendanceKeys.event(event.id) }); }} />
      )}
      {list.error && <FormErrorBanner state={{ bannerError: list.error, unplacedMessages: [] }} />}

      {phone ? (
        <Stack gap="sm">
          {list.isPending && <Skeleton height={96} />}
          {canWrite && items.length > 0 && (
            <Checkbox label={t("attendance.selectPage")} checked={pageSelected} onChange={(e) => togglePage(e.currentTarget.checked)}
              className="no-print" />
          )}
          {items.map((row) => (
            <Card key={row.participantId} withBorder padding="md">
              <Stack gap={8}>
                <Group justify="space-between" wrap="nowrap" align="start">
                  <Group gap="sm" wrap="nowrap" align="start">
                    {canWrite && (
                      <Checkbox aria-label={t("attendance.select", { name: row.fullName })} checked={selected.has(row.participantId)}
                        onChange={(e) => toggle(row.participantId, e.currentTarget.checked)} mt={4} className="no-print" />
                    )}
                    <Person row={row} showCode={canWrite} />
                  </Group>
                  {canWrite && removeButton(row)}
                </Group>
                {/* One above the other: side by side on a phone, "Người phát biểu" would be cut off. */}
                {canWrite ? (
                  <Stack gap={6}>
                    {roleControl(row)}
                    {statusControl(row)}
                  </Stack>
                ) : (
                  <Group gap="xs" wrap="wrap">
                    {roleControl(row)}
                    {statusControl(row)}
                  </Group>
                )}
                {row.checkedInAt && (
                  <Text size="sm" c="dimmed">{t("attendance.checkedInAtShort", { at: formatCheckedInAt(row.checkedInAt) })}</Text>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {canWrite && (
                  <Table.Th w={40} className="no-print">
                    <Checkbox aria-label={t("attendance.selectPage")} checked={pageSelected} disabled={items.length === 0}
                      onChange={(e) => togglePage(e.currentTarget.checked)} />
                  </Table.Th>
                )}
                <Table.Th>{t("attendance.columns.person")}</Table.Th>
                <Table.Th w={canWrite ? 190 : undefined}>{t("attendance.columns.role")}</Table.Th>
                <Table.Th w={canWrite ? 170 : undefined}>{t("attendance.columns.status")}</Table.Th>
                <Table.Th>{t("attendance.columns.checkedInAt")}</Table.Th>
                {canWrite && <Table.Th w={48} className="no-print"><VisuallyHidden>{t("attendance.columns.actions")}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.isPending && (
                <Table.Tr><Table.Td colSpan={6}><Skeleton height={16} /></Table.Td></Table.Tr>
              )}
              {items.map((row) => (
                <Table.Tr key={row.participantId}>
                  {canWrite && (
                    <Table.Td className="no-print">
                      <Checkbox aria-label={t("attendance.select", { name: row.fullName })} checked={selected.has(row.participantId)}
                        onChange={(e) => toggle(row.participantId, e.currentTarget.checked)} />
                    </Table.Td>
                  )}
                  <Table.Td><Person row={row} showCode={canWrite} /></Table.Td>
                  <Table.Td>{roleControl(row)}</Table.Td>
                  <Table.Td>{statusControl(row)}</Table.Td>
                  <Table.Td>{row.checkedInAt ? formatCheckedInAt(row.checkedInAt) : t("common.none")}</Table.Td>
                  {canWrite && <Table.Td className="no-print">{removeButton(row)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      {list.data?.items.length === 0 && (
        <Stack align="center" p="xl" gap="xs">
          <Text fw={500}>{filtered ? t("attendance.emptyFiltered") : t("attendance.empty")}</Text>
          <Text size="sm" c="dimmed">
            {filtered ? t("attendance.emptyFilteredAction") : canWrite ? t("attendance.emptyAction") : t("attendance.emptyReadOnly")}
          </Text>
        </Stack>
      )}
      <Group justify="space-between" wrap="wrap" className="no-print">
        <Text size="sm" c="dimmed">{t("common.total", { total: formatNumber(total) })}</Text>
        <Paging total={total} pageSize={ATTENDANCE_PAGE_SIZE} page={params.page ?? 1} onChange={(next) => update({ page: String(next) })} />
      </Group>

      {adding && <AddDialog eventId={event.id} onClose={() => setAdding(false)} />}
      <ResponsiveModal opened={removing !== null} onClose={() => setRemoving(null)} title={t("common.confirm")} size="md">
        <Text>{t("attendance.confirmRemove", { name: removing?.fullName ?? "" })}</Text>
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={() => setRemoving(null)}>{t("common.cancel")}</Button>
          <Button color="red" loading={remove.isPending} onClick={() => removing && removeRow(removing)}>{t("attendance.remove")}</Button>
        </Group>
      </ResponsiveModal>
    </Stack>
  );
}

/** The name (to their page), rank, first position, a "speaks" marker, and for writers the check-in code. */
function Person({ row, showCode }: { row: AttendanceResponse; showCode: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Anchor component={Link} to={`/participants/${row.participantId}`} fw={600}>{row.fullName}</Anchor>
        {row.speaks && <SpeaksBadge />}
        {row.isPlaceholder && <DemoBadge kind="placeholder" />}
      </Group>
      {(row.rank || row.positions[0]) && (
        <Text size="sm" c="dimmed" lineClamp={2}>{[row.rank, row.positions[0]].filter(Boolean).join(" · ")}</Text>
      )}
      {showCode && row.code && (
        <Text size="xs" c="dimmed" ff="monospace" aria-label={t("attendance.codeOf", { code: formatCheckInCode(row.code) })}>
          {formatCheckInCode(row.code)}
        </Text>
      )}
    </Stack>
  );
}

/** The counts of the whole list as compact badges; a badge filters the list to its role or status. */
function Counts({ counts, onPick }: { counts?: AttendanceCounts; onPick: (filter: Record<string, string | undefined>) => void }) {
  const { t } = useTranslation();
  if (!counts) return <Skeleton height={28} />;
  const badge = (key: string, label: string, value: number, filter: Record<string, string | undefined>) => (
    <Badge key={key} component="button" type="button" variant="light" color={value === 0 ? "gray" : "dark"} radius="sm" tt="none" fz="sm"
      fw={500} styles={{ root: { cursor: "pointer" } }} onClick={() => onPick(filter)}
      aria-label={t("attendance.countFilter", { label, n: formatNumber(value) })}>
      {label}: <b>{formatNumber(value)}</b>
    </Badge>
  );
  return (
    <Stack gap={6} aria-label={t("attendance.countsLabel")} role="group">
      <Group gap={6} wrap="wrap">
        {badge("total", t("attendance.countsTotal"), counts.total, { role: undefined, status: undefined })}
        {ATTENDANCE_ROLES.map((role) => badge(role, t(`attendance.role.${role}`), counts.byRole[role], { role, status: undefined }))}
      </Group>
      <Group gap={6} wrap="wrap">
        {ATTENDANCE_STATUSES.map((status) => badge(status, t(`attendance.status.${status}`), counts.byStatus[status], { status, role: undefined }))}
      </Group>
    </Stack>
  );
}

/** What went wrong with a change or a removal, in words: a stale row offers to reload, a speaker cannot be removed. */
function ActionProblem({ error, name, action, onClose, onReload }: {
  error: unknown; name: string; action: "change" | "remove"; onClose: () => void; onReload: () => void;
}) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : null;
  const message =
    problem === null ? t("errors.network")
      : problem.status === 412 ? t("attendance.stale", { name })
      : problem.status === 403 ? t("errors.forbidden")
      : problem.status === 409 && action === "remove" ? t("attendance.removeSpeaker", { name })
      : problem.status === 409 ? t("attendance.changeRefused", { name, detail: problem.detail ?? "" })
      : (problem.detail ?? problem.title ?? t("errors.title"));
  return (
    <Alert color="red" title={t("errors.title")} role="alert" withCloseButton onClose={onClose}
      closeButtonLabel={t("common.close")}>
      <Text size="sm">{message}</Text>
      {problem?.status === 412 && (
        <Button size="compact-sm" variant="white" color="red" mt="xs" px={0} onClick={onReload}>{t("attendance.reload")}</Button>
      )}
      {problem?.traceId && <Text size="xs" c="dimmed" mt={4}>{t("errors.traceId", { traceId: problem.traceId })}</Text>}
    </Alert>
  );
}

interface AddValues { participantId: string | null; role: AttendanceRole | null; status: AttendanceStatus }

/** Adds a participant found by searching (without diacritics), with a role; a second time is explained, not an error code. */
function AddDialog({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddAttendance(eventId);
  const [pickedName, setPickedName] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const form = useForm<AddValues>({ mode: "controlled", initialValues: { participantId: null, role: "guest", status: "invited" } });
  const { attachForm, ...errors } = useFieldErrors(form);

  const submit = form.onSubmit(async (values) => {
    errors.clear();
    setDuplicate(null);
    try {
      const added = await add.mutateAsync({
        participantId: values.participantId as string, role: values.role as AttendanceRole, status: values.status,
      });
      notifications.show({ message: t("attendance.add.added", { name: added.fullName }), color: "teal" });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setDuplicate(pickedName ?? "");
      else errors.show(error);
    }
  });

  return (
    <ResponsiveModal opened onClose={onClose} title={t("attendance.add.title")}>
      <form ref={attachForm} onSubmit={submit} noValidate>
        <Stack>
          <FormErrorBanner state={errors} />
          {duplicate !== null && (
            <Alert color="yellow" role="alert" title={t("attendance.add.duplicateTitle")}>
              <Text size="sm">{t("attendance.add.duplicate", { name: duplicate })}</Text>
            </Alert>
          )}
          <ParticipantPicker label={t("attendance.add.participant")} description={t("attendance.add.participantHint")} required
            {...form.getInputProps("participantId")}
            onChange={(id, participant) => {
              form.setFieldValue("participantId", id);
              setPickedName(participant?.fullName ?? null);
              setDuplicate(null);
            }} />
          <Select label={t("attendance.roleLabel")} withAsterisk allowDeselect={false}
            data={enumOptions(ATTENDANCE_ROLES, "attendance.role", t)} {...form.getInputProps("role")} />
          <Select label={t("attendance.statusLabel")} allowDeselect={false}
            data={enumOptions(ATTENDANCE_STATUSES, "attendance.status", t)} {...form.getInputProps("status")} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" loading={add.isPending}>{t("attendance.add.submit")}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
