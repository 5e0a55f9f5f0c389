// Badges and invitations on A4, with a QR code of each person's check-in code. Lazy routes: neither these views nor the
// QR library (imported on demand) are in the first page's JavaScript.
import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ErrorBanner } from "../../../components/ErrorBanner";
import { NotFoundPage } from "../../../components/PageState";
import { ApiError } from "../../../lib/api";
import { useAuth } from "../../../lib/auth";
import { formatDate, formatTime } from "../../../lib/format";
import { formatCheckInCode, useWholeAttendanceList, type AttendanceResponse } from "../../../lib/resources/attendance";
import { useEvent, type EventResponse } from "../api";
import "./print.css";

const BADGES_PER_SHEET = 8;

/** SVG images (as data URLs) of QR codes whose content is exactly each code. */
export function useQrImages(codes: string[]) {
  return useQuery({
    queryKey: ["qr", codes],
    queryFn: async () => {
      const qrcode = await import("qrcode");
      const QR = "toString" in qrcode ? qrcode : (qrcode as { default: typeof qrcode }).default;
      const images = new Map<string, string>();
      for (const code of codes) {
        const svg = await QR.toString(code, { type: "svg", margin: 0, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } });
        images.set(code, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      }
      return images;
    },
    enabled: codes.length > 0,
    staleTime: Infinity,
  });
}

/**
 * The people to print: those chosen in the list (?ids=a,b), or everyone on it, in the list's order (by name) — but not
 * the placeholders for people not yet named: nobody can wear their badge or receive their invitation.
 */
function usePeople(eventId: string) {
  const [searchParams] = useSearchParams();
  const ids = (searchParams.get("ids") ?? "").split(",").map((id) => id.trim()).filter(Boolean);
  const list = useWholeAttendanceList(eventId);
  const wanted = ids.length === 0 ? list.data : list.data?.filter((row) => ids.includes(row.participantId));
  const people = wanted?.filter((row) => !row.isPlaceholder);
  return { list, people, chosen: ids.length > 0, placeholders: (wanted?.length ?? 0) - (people?.length ?? 0) };
}

/** "19:00 – 21:30, 14/08/2023", or both ends in full when it spans days. */
export function eventTimes(event: Pick<EventResponse, "startsAt" | "endsAt">) {
  return formatDate(event.startsAt) === formatDate(event.endsAt)
    ? `${formatTime(event.startsAt)} – ${formatTime(event.endsAt)}, ${formatDate(event.startsAt)}`
    : `${formatTime(event.startsAt)}, ${formatDate(event.startsAt)} – ${formatTime(event.endsAt)}, ${formatDate(event.endsAt)}`;
}

/** The frame both views share: a toolbar on screen (never on paper), and the reasons nothing can be printed. */
function PrintFrame({ kind, children }: {
  kind: "badges" | "invitations";
  children: (event: EventResponse, people: AttendanceResponse[], qr: Map<string, string>) => React.ReactNode;
}) {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const event = useEvent(id);
  const { list, people, chosen, placeholders } = usePeople(id);
  const codes = (people ?? []).map((p) => p.code).filter((code): code is string => !!code);
  const qr = useQrImages(codes);

  if (event.error instanceof ApiError && event.error.status === 404) return <NotFoundPage />;
  if (event.error || list.error) return <ErrorBanner error={event.error ?? list.error} />;
  if (!event.data || !people) return <Skeleton height={320} />;
  const ev = event.data.data;
  const withoutCodes = people.some((p) => !p.code);
  const ready = !withoutCodes && people.length > 0 && qr.isSuccess;

  return (
    <Stack gap="md" className="print-view">
      <Stack gap="xs" className="no-print">
        <Anchor component={Link} to={`/events/${ev.id}?tab=attendance`} size="sm">← {ev.title}</Anchor>
        <Group justify="space-between" align="end" wrap="wrap">
          <Stack gap={2}>
            <Title order={1}>{t(`attendance.print.${kind}Title`)}</Title>
            <Text c="dimmed" size="sm">
              {t(chosen ? "attendance.print.countChosen" : "attendance.print.countAll", { n: people.length })}
              {" · "}{t(`attendance.print.${kind}Layout`)}
              {placeholders > 0 && <>{" · "}{t("attendance.print.placeholdersLeftOut", { n: placeholders })}</>}
            </Text>
          </Stack>
          <Button onClick={() => window.print()} disabled={!ready}>{t("common.print")}</Button>
        </Group>
      </Stack>
      {withoutCodes ? (
        <Alert color="yellow" title={t("attendance.print.needsWriteTitle")} role="alert">
          <Text size="sm">{auth.signedIn ? t("attendance.print.needsWrite") : t("attendance.print.needsSignIn")}</Text>
        </Alert>
      ) : people.length === 0 ? (
        <Text c="dimmed">{t("attendance.print.nobody")}</Text>
      ) : !qr.data ? (
        <Skeleton height={320} />
      ) : (
        children(ev, people, qr.data)
      )}
    </Stack>
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Name badges, 8 to an A4 sheet (2 × 4), with dashed cut lines. */
export function BadgesPage() {
  return (
    <PrintFrame kind="badges">
      {(event, people, qr) => <BadgeSheets event={event} people={people} qr={qr} />}
    </PrintFrame>
  );
}

export function BadgeSheets({ event, people, qr }: { event: EventResponse; people: AttendanceResponse[]; qr: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <div className="print-pages">
      {chunk(people, BADGES_PER_SHEET).map((sheet, i) => (
        <section key={i} className="print-sheet badge-sheet" aria-label={t("attendance.print.sheet", { number: i + 1 })}>
          {sheet.map((person) => (
            <article key={person.participantId} className="badge" data-testid="badge">
              <div className="badge-event">{event.title}</div>
              <div className="badge-body">
                <div className="badge-person">
                  {person.rank && <div className="badge-rank">{person.rank}</div>}
                  <div className="badge-name">{person.fullName}</div>
                  {person.positions.length > 0 && (
                    <ul className="badge-positions">
                      {person.positions.map((position, j) => <li key={j}>{position}</li>)}
                    </ul>
                  )}
                </div>
                <figure className="badge-qr">
                  <img src={qr.get(person.code!)} alt={t("attendance.print.qrAlt", { name: person.fullName })} />
                  <figcaption className="check-in-code">{formatCheckInCode(person.code!)}</figcaption>
                </figure>
              </div>
              <div className={`badge-role badge-role-${person.role}`}>{t(`attendance.role.${person.role}`)}</div>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}

/** Invitations, one to an A4 page: the event, when and where, who invites, "Kính gửi", and the code for the gate. */
export function InvitationsPage() {
  return (
    <PrintFrame kind="invitations">
      {(event, people, qr) => <InvitationSheets event={event} people={people} qr={qr} />}
    </PrintFrame>
  );
}

export function InvitationSheets({ event, people, qr }: { event: EventResponse; people: AttendanceResponse[]; qr: Map<string, string> }) {
  const { t } = useTranslation();
  const host = event.hostUnitName ?? "";
  return (
    <div className="print-pages">
      {people.map((person) => {
        // "Đồng chí Trung tướng Nguyễn Hải Trung": the form of address of an official letter, for a person, not a collective.
        const name = [person.rank, person.fullName].filter(Boolean).join(" ");
        const addressee = person.kind === "individual" ? t("attendance.invitation.addressIndividual", { name }) : name;
        return (
          <article key={person.participantId} className="print-sheet invitation" data-testid="invitation">
            <header className="invitation-header">
              <div className="invitation-issuer">{host}</div>
              <div className="invitation-motto">
                <div className="invitation-country">{t("attendance.invitation.country")}</div>
                <div className="invitation-slogan">{t("attendance.invitation.slogan")}</div>
              </div>
            </header>
            <h2 className="invitation-title">{t("attendance.invitation.title")}</h2>
            <p className="invitation-to">
              <span>{t("attendance.invitation.to")} </span>
              <strong>{addressee}</strong>
              {person.positions.length > 0 && <span> — {person.positions.join(", ")}</span>}
            </p>
            <p className="invitation-text">{t("attendance.invitation.text", { host, title: event.title })}</p>
            <dl className="invitation-facts">
              <dt>{t("attendance.invitation.when")}</dt>
              <dd>{eventTimes(event)}</dd>
              {event.venue && (
                <>
                  <dt>{t("attendance.invitation.where")}</dt>
                  <dd>{event.venue}</dd>
                </>
              )}
              <dt>{t("attendance.invitation.role")}</dt>
              <dd>{t(`attendance.role.${person.role}`)}</dd>
            </dl>
            <p className="invitation-text">{t("attendance.invitation.closing")}</p>
            <div className="invitation-footer">
              <figure className="invitation-qr">
                <img src={qr.get(person.code!)} alt={t("attendance.print.qrAlt", { name: person.fullName })} />
                <figcaption>
                  <div className="check-in-code">{formatCheckInCode(person.code!)}</div>
                  <div className="invitation-qr-hint">{t("attendance.invitation.gateHint")}</div>
                </figcaption>
              </figure>
              <div className="invitation-signature">
                <div className="invitation-signature-for">{t("attendance.invitation.signatureFor")}</div>
                <div className="invitation-signature-unit">{host}</div>
              </div>
            </div>
          </article>
        );
      })}
    </div>
  );
}
