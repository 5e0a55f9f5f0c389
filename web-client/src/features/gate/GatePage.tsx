import { Alert, Anchor, Badge, Box, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useLayoutEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { formatDate, formatDateTime, formatNumber, formatTime } from "../../lib/format";
import { fetchParticipants, displayName } from "../../lib/resources/participants";
import { useSession } from "../../lib/session";
import { useDebouncedValue } from "../../lib/useDebouncedValue";
import { formatCode, normalizeCode } from "./code";
import { attendanceRoleValues } from "../../api/schema";
import type { GateEntry } from "./queue";
import { searchByName } from "./search";
import { primeSound, signal } from "./signal";
import { Scanner } from "./Scanner";
import { useGate, type GateResult, type GateTarget } from "./useGate";
import "./gate.css";

/**
 * The gate: check people in on a phone, one hand, at night — by the QR code on their badge, by typing its code, or by
 * their name without diacritics. Works without a connection from the list saved on the device.
 */
export function GatePage() {
  const { id = "" } = useParams();
  const session = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  useDarkScreen();

  if (!session) {
    return (
      <main className="gate">
        <Stack p="lg" gap="lg">
          <Title order={1}>{t("gate.title")}</Title>
          <Text fz="lg">{t("gate.signInFirst")}</Text>
          <Button component={Link} size="xl" to={`/sign-in?from=${encodeURIComponent(location.pathname)}`}>{t("auth.signIn")}</Button>
        </Stack>
      </main>
    );
  }
  return <Gate eventId={id} />;
}

/** Light text on a dark screen, for the dark: Mantine's dark colour scheme while the gate is open, as it was after. */
function useDarkScreen() {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const before = root.getAttribute("data-mantine-color-scheme");
    root.setAttribute("data-mantine-color-scheme", "dark");
    return () => {
      if (before) root.setAttribute("data-mantine-color-scheme", before);
      else root.removeAttribute("data-mantine-color-scheme");
    };
  }, []);
}

function Gate({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const gate = useGate(eventId);
  const [text, setText] = useState("");
  const [result, setResult] = useState<GateResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [camera, setCamera] = useState(false);
  const [walkIn, setWalkIn] = useState(false);
  const { list, counts, online } = gate;
  const closed = !!list && !list.acceptsCheckIns;

  useEffect(() => {
    if (list) document.title = `${t("gate.title")} · ${list.title}`;
  }, [list, t]);

  const code = normalizeCode(text);
  const matches = code ? [] : searchByName(gate.entries, text);

  async function run(target: GateTarget) {
    setBusy(true);
    try {
      const outcome = await gate.checkIn(target);
      setResult(outcome);
      signal(outcome.kind !== "error");
      if (outcome.kind !== "error") {
        setText("");
        setWalkIn(false);
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (busy || closed) return;
    const byCode = code ? gate.entries.find((e) => e.code === code) : undefined;
    if (byCode) return void run({ entry: byCode });
    if (matches.length === 1) return void run({ entry: matches[0]! });
    if (code) return void run({ code });
    setResult({ kind: "error", message: text.trim() ? t("gate.typeMore") : t("gate.typeSomething") });
    signal(false);
  }

  if (list === undefined) {
    return <main className="gate"><Group p="xl" justify="center"><Loader /></Group></main>;
  }

  return (
    <main className="gate">
      <Stack gap="md" p="md" maw={720} mx="auto">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/events/${eventId}`} fz="lg" c="gray.3">← {t("gate.backToEvent")}</Anchor>
          {/* White on the result's deep green (7.8:1) or on dark grey (8.1:1): Mantine's green.8 and gray.6 give 3.4:1. */}
          <Badge size="xl" color={online ? "#0f5c2e" : "gray.7"} variant="filled" role="status">
            {online ? t("gate.online") : t("gate.offline")}
          </Badge>
        </Group>
        <Box>
          <Text fz="sm" tt="uppercase" fw={600} c="gray.4">{t("gate.title")}</Text>
          {list ? (
            <Title order={1} fz={{ base: 24, sm: 30 }} lh={1.25}>{list.title}</Title>
          ) : (
            <Title order={1} fz={24}>{t("gate.title")}</Title>
          )}
          {list && (
            <Text c="gray.4" fz="md">
              {formatDateTime(list.startsAt)}{list.venue ? ` · ${list.venue}` : ""}
            </Text>
          )}
        </Box>

        <LoadProblem gate={gate} />

        {closed && (
          <Alert color="antqRed.7" variant="filled" title={<Text fz="xl" fw={700}>{t("gate.closedTitle")}</Text>} role="alert">
            <Text fz="lg">{t(list.status === "cancelled" ? "gate.closedCancelled" : "gate.closedCompleted")}</Text>
          </Alert>
        )}

        {list && <Counts counts={counts} />}

        <SyncState gate={gate} />

        {result && <ResultCard result={result} />}

        {list && (
          <form onSubmit={submit}>
            <Stack gap="sm">
              {camera && !closed && (
                <Scanner onClose={() => setCamera(false)} onCode={(scanned) => {
                  const entry = gate.entries.find((e) => e.code === scanned);
                  void run(entry ? { entry } : { code: scanned });
                }} />
              )}
              <TextInput
                size="xl"
                label={t("gate.inputLabel")}
                description={t("gate.inputHint")}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                disabled={closed}
                autoComplete="off"
                autoCorrect="off"
                autoCapitalize="characters"
                spellCheck={false}
                enterKeyHint="go"
                classNames={{ input: "gate-input", label: "gate-label", description: "gate-description" }}
              />
              {!closed && matches.length > 0 && (
                <Stack gap="xs" role="list" aria-label={t("gate.matches")}>
                  {matches.map((entry) => <MatchButton key={entry.participantId} entry={entry} onPick={() => void run({ entry })} disabled={busy} />)}
                </Stack>
              )}
              {!closed && !code && text.trim().length >= 2 && matches.length === 0 && (
                <WalkIn query={text} online={online} open={walkIn} onOpen={() => setWalkIn(true)} onPick={(p) => void run({ walkIn: p })}
                  onList={new Set(gate.entries.map((e) => e.participantId))} disabled={busy} />
              )}
              <SimpleGrid cols={{ base: 1, xs: camera ? 1 : 2 }} spacing="sm">
                <Button type="submit" size="xl" disabled={closed || busy} loading={busy}>{t("gate.checkIn")}</Button>
                {!camera && (
                  <Button size="xl" variant="white" color="dark" disabled={closed} onClick={() => { primeSound(); setCamera(true); }}>
                    {t("gate.openCamera")}
                  </Button>
                )}
              </SimpleGrid>
              {code && <Text fz="lg" c="gray.3">{t("gate.codeRead", { code: formatCode(code) })}</Text>}
            </Stack>
          </form>
        )}

        {list && (
          <Text fz="sm" c="gray.4">
            {t("gate.listSaved", { time: formatTime(list.savedAt), date: formatDate(list.savedAt) })}
          </Text>
        )}
      </Stack>
    </main>
  );
}

type Gate = ReturnType<typeof useGate>;

function LoadProblem({ gate }: { gate: Gate }) {
  const { t } = useTranslation();
  const location = useLocation();
  const error = gate.loadError;
  if (!gate.list && !error) {
    return gate.online || gate.syncing
      ? <Group><Loader size="sm" /><Text>{t("gate.loadingList")}</Text></Group>
      : <Alert color="yellow" variant="filled" title={<Text c="dark.9" fw={700}>{t("gate.noListTitle")}</Text>}><Text c="dark.9">{t("gate.noListText")}</Text></Alert>;
  }
  if (!error) return null;
  const key = error.status === 401 ? "gate.error401" : error.status === 403 ? "gate.error403" : error.status === 404 ? "gate.error404" : null;
  return (
    <Alert color="antqRed.7" variant="filled" title={t("gate.listProblem")} role="alert">
      <Text fz="md">{key ? t(key) : error.message}</Text>
      {error.status === 401 && (
        <Button mt="sm" variant="white" color="dark" component={Link} to={`/sign-in?from=${encodeURIComponent(location.pathname)}`}>{t("auth.signIn")}</Button>
      )}
    </Alert>
  );
}

function Counts({ counts }: { counts: Gate["counts"] }) {
  const { t } = useTranslation();
  return (
    <Paper className="gate-counts" p="md" radius="md" aria-label={t("gate.countsLabel")}>
      <Group justify="space-between" align="baseline" gap="xs">
        <Text fz={44} fw={700} lh={1} data-testid="gate-checked-in" style={{ whiteSpace: "nowrap" }}>
          {formatNumber(counts.checkedIn)}<Text span fz={28} c="gray.4" fw={600}> / {formatNumber(counts.total)}</Text>
        </Text>
        <Text fz="lg" c="gray.3">{t("gate.checkedInOfList")}</Text>
      </Group>
      <Group gap="xs" mt="sm">
        {attendanceRoleValues.filter((role) => counts.byRole[role].total > 0).map((role) => (
          <Badge key={role} size="lg" variant="outline" color="gray.3" className="gate-role-count">
            {t(`attendance.role.${role}`)} {counts.byRole[role].checkedIn}/{counts.byRole[role].total}
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}

function SyncState({ gate }: { gate: Gate }) {
  const { t } = useTranslation();
  const waiting = gate.pending.length;
  return (
    <>
      {(waiting > 0 || !gate.online) && (
        <Group gap="sm" role="status">
          {waiting > 0 && <Badge size="xl" color="yellow.5" c="dark.9" variant="filled">{t("gate.waiting", { count: waiting })}</Badge>}
          {!gate.online && <Text fz="md" c="gray.3">{t("gate.offlineText")}</Text>}
          {gate.syncing && <Loader size="xs" />}
        </Group>
      )}
      {gate.refused.length > 0 && (
        <Alert color="antqRed.7" variant="filled" title={t("gate.refusedTitle", { count: gate.refused.length })}>
          <Stack gap="xs">
            {gate.refused.map((item) => (
              <Group key={item.checkInId} justify="space-between" wrap="nowrap" align="flex-start">
                <Box>
                  <Text fw={600}>{item.fullName || (item.code ? formatCode(item.code) : "")} · {formatTime(item.checkedInAt)}</Text>
                  <Text fz="sm">{item.message}</Text>
                </Box>
                <Button size="xs" variant="white" color="dark" onClick={() => void gate.dismiss(item.checkInId)}>{t("gate.dismiss")}</Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
    </>
  );
}

function ResultCard({ result }: { result: GateResult }) {
  const { t } = useTranslation();
  if (result.kind === "error") {
    return (
      <Paper className="gate-result gate-result-error" p="lg" radius="md" role="alert">
        <Text fz={28} fw={700}>✕ {t("gate.refused")}</Text>
        <Text fz="xl" mt="xs">{result.message}</Text>
      </Paper>
    );
  }
  const person = result.person;
  const already = result.kind === "already";
  const at = person.checkedInAt;
  return (
    <Paper className={`gate-result ${already ? "gate-result-already" : "gate-result-ok"}`} p="lg" radius="md" role="status" aria-live="polite">
      <Text fz="lg" fw={700} tt="uppercase">{already ? `! ${t("gate.alreadyTitle")}` : `✓ ${t("gate.checkedInTitle")}`}</Text>
      <Text fz={{ base: 30, sm: 38 }} fw={700} lh={1.2} mt={4} data-testid="gate-result-name">{displayName(person)}</Text>
      {person.positions[0] && <Text fz="xl" mt={4}>{person.positions[0]}</Text>}
      <Text fz="xl" fw={600} mt={4}>{t(`attendance.role.${person.role}`)}</Text>
      {already && (
        <Text fz={26} fw={700} mt="sm">
          {at ? t("gate.alreadyAt", { time: sameDay(at) ? formatTime(at) : formatDateTime(at) }) : t("gate.alreadyNoTime")}
        </Text>
      )}
      {result.kind === "checkedIn" && result.queued && <Text fz="lg" fw={600} mt="sm">{t("gate.savedOffline")}</Text>}
    </Paper>
  );
}

const sameDay = (iso: string) => formatDate(iso) === formatDate(new Date().toISOString());

function MatchButton({ entry, onPick, disabled }: { entry: GateEntry; onPick: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  const done = entry.status === "checkedIn";
  return (
    <UnstyledButton className="gate-match" onClick={onPick} disabled={disabled} role="listitem">
      <Text fz="xl" fw={600}>{displayName(entry)}</Text>
      <Text fz="md" c="gray.3">
        {t(`attendance.role.${entry.role}`)}{entry.positions[0] ? ` · ${entry.positions[0]}` : ""}
      </Text>
      <Text fz="md" fw={600} c={done ? "green.4" : "gray.3"}>
        {done ? (entry.checkedInAt ? t("gate.alreadyAt", { time: formatTime(entry.checkedInAt) }) : t("gate.alreadyNoTime")) : t("gate.tapToCheckIn")}
      </Text>
    </UnstyledButton>
  );
}

function WalkIn({ query, online, open, onOpen, onPick, onList, disabled }: {
  query: string; online: boolean; open: boolean; onOpen: () => void; onList: Set<string>; disabled: boolean;
  onPick: (person: { participantId: string; fullName: string }) => void;
}) {
  const { t } = useTranslation();
  const q = useDebouncedValue(query.trim(), 300);
  const found = useQuery({
    queryKey: ["gate", "walk-in", q],
    queryFn: () => fetchParticipants({ q, pageSize: 10 }),
    enabled: open && online && q.length >= 2,
  });
  if (!online) return <Text fz="lg" c="gray.3">{t("gate.notFound")} {t("gate.walkInOffline")}</Text>;
  if (!open) {
    return (
      <Stack gap="xs">
        <Text fz="lg" c="gray.3">{t("gate.notFound")}</Text>
        <Button size="lg" variant="default" h="auto" py="sm" styles={{ label: { whiteSpace: "normal" } }} onClick={onOpen}>
          {t("gate.searchAll")}
        </Button>
      </Stack>
    );
  }
  const people = (found.data?.items ?? []).filter((p) => !onList.has(p.id));
  return (
    <Stack gap="xs" aria-label={t("gate.walkInTitle")} role="list">
      <Text fz="lg" fw={600}>{t("gate.walkInTitle")}</Text>
      {found.isFetching && <Loader size="sm" />}
      {found.isError && <Text c="red.3">{found.error.message}</Text>}
      {found.isSuccess && people.length === 0 && <Text c="gray.3">{t("gate.walkInNone")}</Text>}
      {people.map((p) => (
        <UnstyledButton key={p.id} className="gate-match" role="listitem" disabled={disabled}
          onClick={() => onPick({ participantId: p.id, fullName: p.fullName })}>
          <Text fz="xl" fw={600}>{displayName(p)}</Text>
          {p.positions[0] && <Text fz="md" c="gray.3">{p.positions[0]}</Text>}
          <Text fz="md" fw={600} c="gray.3">{t("gate.walkInCheckIn")}</Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
