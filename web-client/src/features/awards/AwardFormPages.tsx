import { Anchor, Skeleton, Stack, Title } from "@mantine/core";
import { notifyDone } from "./notify";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { NotFoundPage } from "../../components/PageState";
import { ApiError } from "../../lib/api";
import { useAward, useCreateAward, useUpdateAward, type AwardInput } from "../../lib/resources/awards";
import { AwardEditor, awardToForm, emptyAwardForm } from "./AwardForm";

/** A new award; an event's, a participant's, a unit's or an initiative's page may prefill it (?eventId=, ?recipientId=, ?issuerUnitId=, ?initiativeId=). */
export function CreateAwardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const create = useCreateAward();
  const initial = {
    ...emptyAwardForm,
    eventId: searchParams.get("eventId"),
    recipientId: searchParams.get("recipientId"),
    issuerUnitId: searchParams.get("issuerUnitId"),
    initiativeId: searchParams.get("initiativeId"),
  };
  const back = searchParams.get("eventId") ? `/events/${searchParams.get("eventId")}?tab=awards` : "/awards";

  const submit = async (body: AwardInput) => {
    const award = await create.mutateAsync(body);
    notifyDone(t("common.saved"));
    await navigate(`/awards/${award.id}`);
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">← {t("awards.title")}</Anchor>
      <Title order={1}>{t("awards.editor.createTitle")}</Title>
      <AwardEditor isNew initial={initial} submitting={create.isPending} onSubmit={submit} onCancel={() => void navigate(back)} />
    </Stack>
  );
}

export function EditAwardPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useAward(id);
  const update = useUpdateAward(id);

  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <Skeleton height={320} />;
  if (!query.data) return <ErrorBanner error={query.error} />;
  const { data: award, etag } = query.data;

  const submit = async (body: AwardInput) => {
    await update.mutateAsync({ body, etag });
    notifyDone(t("common.saved"));
    await navigate(`/awards/${id}`);
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/awards/${id}`} size="sm">← {award.recipientName}</Anchor>
      <Title order={1}>{t("awards.editor.editTitle")}</Title>
      <AwardEditor key={`${award.id}-${etag}`} initial={awardToForm(award)} submitting={update.isPending} onSubmit={submit}
        onCancel={() => void navigate(`/awards/${id}`)} />
    </Stack>
  );
}
