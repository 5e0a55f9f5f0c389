import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifyDone } from "./notify";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { AwardStatusBadge } from "../../components/AwardStatusBadge";
import { presenterText } from "../../components/AwardList";
import { DateField } from "../../components/DateFields";
import { DemoBadge } from "../../components/DemoBadge";
import { ErrorBanner, FormErrorBanner } from "../../components/ErrorBanner";
import { NotFoundPage } from "../../components/PageState";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { ApiError } from "../../lib/api";
import { useWritableUnits } from "../../lib/auth";
import {
  formatDay, useAward, useChangeAwardStatus, useDeleteAward, useRevokeAward, type AwardResponse, type AwardStatus,
} from "../../lib/resources/awards";
import { useFieldErrors } from "../../lib/useFieldErrors";

type Dialog = "approved" | "presented" | "revoke" | "delete" | null;

/** One award: every detail, linked; its lifecycle as buttons; revocation, deletion of a proposal, edit and the certificate. */
export function AwardPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { allows } = useWritableUnits();
  const query = useAward(id);
  const changeStatus = useChangeAwardStatus(id);
  const remove = useDeleteAward(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <Skeleton height={320} />;
  if (!query.data) return <ErrorBanner error={query.error} />;
  const { data: award, etag } = query.data;
  const canWrite = allows(award.issuerUnitId);
  const none = t("common.none");

  // Approving needs the decision, presenting the day: those ask for it first. Back to a proposal needs nothing.
  const move = (next: AwardStatus) => {
    if (next === "approved" || next === "presented") setDialog(next);
    else changeStatus.mutate({ status: next, etag });
  };

  const deleteAward = async () => {
    try {
      await remove.mutateAsync(etag);
      notifyDone(t("common.deleted"));
      await navigate("/awards");
    } finally {
      close();
    }
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/awards" size="sm">← {t("awards.title")}</Anchor>
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={600} c="antqRed.8">{t(`awards.formName.${award.form}`)}{award.issuerUnitName ? ` · ${award.issuerUnitName}` : ""}</Text>
          <Title order={1}>{award.recipientName}</Title>
          <Group gap="xs">
            <AwardStatusBadge status={award.status} />
            {award.recipientIsPlaceholder && <DemoBadge kind="placeholder" />}
          </Group>
        </Stack>
        <Group gap="xs" wrap="wrap">
          {canWrite && award.allowedTransitions.map((next) => (
            <Button key={next} variant={next === "proposed" ? "default" : "filled"}
              loading={changeStatus.isPending && changeStatus.variables?.status === next} onClick={() => move(next)}>
              {t(`awards.action.${next}`)}
            </Button>
          ))}
          {canWrite && award.status !== "revoked" && (
            <Button component={Link} to={`/awards/${award.id}/edit`} variant="default">{t("common.edit")}</Button>
          )}
          <Button component={Link} to={`/awards/${award.id}/certificate`} variant="default">{t("awards.detail.certificate")}</Button>
          {canWrite && (award.status === "approved" || award.status === "presented") && (
            <Button variant="light" color="red" onClick={() => setDialog("revoke")}>{t("awards.revoke.button")}</Button>
          )}
          {canWrite && award.status === "proposed" && (
            <Button variant="subtle" color="red" onClick={() => setDialog("delete")}>{t("common.delete")}</Button>
          )}
        </Group>
      </Group>

      {!dialog && <ErrorBanner error={changeStatus.error ?? remove.error} />}

      {award.revocation && (
        <Alert color="antqRed" variant="filled" title={t("awards.revoke.revokedTitle")} role="status" data-testid="revocation">
          <Text size="sm">
            {t("awards.revoke.revokedBy", { number: award.revocation.decisionNumber, date: formatDay(award.revocation.decisionDate) })}
          </Text>
          <Text size="sm" mt={4}>{t("awards.revoke.reason")}: {award.revocation.reason}</Text>
        </Alert>
      )}

      {award.notes && (
        <Alert color="yellow" variant="light" title={t("awards.detail.notes")}>
          <Text size="sm" style={{ whiteSpace: "pre-line" }}>{award.notes}</Text>
        </Alert>
      )}

      <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Item label={t("awards.editor.form")}>{t(`awards.formName.${award.form}`)}</Item>
          <Item label={t("awards.editor.issuer")}>
            <Anchor component={Link} to={`/units/${award.issuerUnitId}`}>{award.issuerUnitName ?? none}</Anchor>
          </Item>
          <Item label={t("awards.editor.recipient")}>
            <Anchor component={Link} to={`/participants/${award.recipientId}`}>{award.recipientName}</Anchor>
            <Text size="xs" c="dimmed">{t(`participant.kind.${award.recipientKind}`)}</Text>
          </Item>
          <Item label={t("awards.editor.decision")}>
            {award.decisionNumber || award.decisionDate
              ? t("awards.detail.decisionText", { number: award.decisionNumber ?? "…", date: formatDay(award.decisionDate) ?? "…" })
              : <Text c="dimmed" span>{t("awards.detail.noDecision")}</Text>}
          </Item>
          <Item label={t("awards.editor.event")}>
            {award.eventId ? <Anchor component={Link} to={`/events/${award.eventId}?tab=awards`}>{award.eventTitle}</Anchor> : none}
          </Item>
          <Item label={t("initiatives.award.field")}>
            {award.initiativeId ? <Anchor component={Link} to={`/initiatives/${award.initiativeId}`}>{award.initiativeName}</Anchor> : none}
          </Item>
          <Item label={t("awards.editor.presenter")}>
            {award.presentedById ? <Anchor component={Link} to={`/participants/${award.presentedById}`}>{presenterText(award)}</Anchor> : none}
          </Item>
          <Item label={t("awards.editor.presentedOn")}>{formatDay(award.presentedOn) ?? none}</Item>
        </SimpleGrid>
        <Stack gap={2} mt="lg">
          <Text size="sm" c="dimmed">{t("awards.editor.citation")}</Text>
          <Text style={{ whiteSpace: "pre-line" }}>{award.citation}</Text>
        </Stack>
      </Paper>

      {dialog === "approved" && <ApproveDialog award={award} etag={etag} onClose={close} />}
      {dialog === "presented" && <PresentDialog award={award} etag={etag} onClose={close} />}
      {dialog === "revoke" && <RevokeDialog award={award} etag={etag} onClose={close} />}
      <ResponsiveModal opened={dialog === "delete"} onClose={close} title={t("common.confirm")} size="md">
        <Text>{t("awards.detail.confirmDelete", { name: award.recipientName })}</Text>
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={close}>{t("common.cancel")}</Button>
          <Button color="red" loading={remove.isPending} onClick={() => void deleteAward().catch(() => undefined)}>{t("common.delete")}</Button>
        </Group>
      </ResponsiveModal>
    </Stack>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">{label}</Text>
      <div>{children}</div>
    </Stack>
  );
}

interface DialogProps { award: AwardResponse; etag: string | null; onClose: () => void }

/** Approving: the decision's number and date (saved with the award first), then the move; the API's words next to the fields. */
function ApproveDialog({ award, etag, onClose }: DialogProps) {
  const { t } = useTranslation();
  const change = useChangeAwardStatus(award.id);
  const form = useForm({ mode: "controlled", initialValues: { decisionNumber: award.decisionNumber ?? "", decisionDate: award.decisionDate } });
  const { attachForm, ...errors } = useFieldErrors(form);
  const submit = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await change.mutateAsync({
        status: "approved", etag,
        details: { award, changes: { decisionNumber: values.decisionNumber.trim() || null, decisionDate: values.decisionDate } },
      });
      notifyDone(t("awards.detail.moved.approved"));
      onClose();
    } catch (error) {
      errors.show(error);
    }
  });
  return (
    <ResponsiveModal opened onClose={onClose} title={t("awards.action.approved")} size="md">
      <form ref={attachForm} onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("awards.detail.approveText")}</Text>
          <FormErrorBanner state={errors} />
          <TextInput label={t("awards.editor.decisionNumber")} placeholder="1234/QĐ-UBND" withAsterisk data-autofocus
            {...form.getInputProps("decisionNumber")} />
          <DateField label={t("awards.editor.decisionDate")} withAsterisk {...form.getInputProps("decisionDate")} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" loading={change.isPending}>{t("awards.action.approved")}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/** Presenting: the day it was presented (the event's day when the award has an event), then the move. */
function PresentDialog({ award, etag, onClose }: DialogProps) {
  const { t } = useTranslation();
  const change = useChangeAwardStatus(award.id);
  const form = useForm({ mode: "controlled", initialValues: { presentedOn: award.presentedOn } });
  const { attachForm, ...errors } = useFieldErrors(form);
  const submit = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await change.mutateAsync({ status: "presented", etag, details: { award, changes: { presentedOn: values.presentedOn } } });
      notifyDone(t("awards.detail.moved.presented"));
      onClose();
    } catch (error) {
      errors.show(error);
    }
  });
  return (
    <ResponsiveModal opened onClose={onClose} title={t("awards.action.presented")} size="md">
      <form ref={attachForm} onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("awards.detail.presentText")}</Text>
          <FormErrorBanner state={errors} />
          <DateField label={t("awards.editor.presentedOn")} withAsterisk {...form.getInputProps("presentedOn")} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" loading={change.isPending}>{t("awards.action.presented")}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/** "Thu hồi": the cancelling decision's number, date and the reason; the award is kept and shown as revoked. */
function RevokeDialog({ award, etag, onClose }: DialogProps) {
  const { t } = useTranslation();
  const revoke = useRevokeAward(award.id);
  const form = useForm({ mode: "controlled", initialValues: { decisionNumber: "", decisionDate: null as string | null, reason: "" } });
  const { attachForm, ...errors } = useFieldErrors(form);
  const submit = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await revoke.mutateAsync({
        body: { decisionNumber: values.decisionNumber.trim(), decisionDate: values.decisionDate as string, reason: values.reason.trim() },
        etag,
      });
      notifyDone(t("awards.revoke.done"));
      onClose();
    } catch (error) {
      errors.show(error);
    }
  });
  return (
    <ResponsiveModal opened onClose={onClose} title={t("awards.revoke.title")} size="md">
      <form ref={attachForm} onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("awards.revoke.text", { form: t(`awards.formName.${award.form}`), name: award.recipientName })}</Text>
          <FormErrorBanner state={errors} />
          <TextInput label={t("awards.revoke.decisionNumber")} placeholder="56/QĐ-UBND" withAsterisk data-autofocus
            {...form.getInputProps("decisionNumber")} />
          <DateField label={t("awards.revoke.decisionDate")} withAsterisk {...form.getInputProps("decisionDate")} />
          <Textarea label={t("awards.revoke.reason")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" color="red" loading={revoke.isPending}>{t("awards.revoke.confirm")}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
