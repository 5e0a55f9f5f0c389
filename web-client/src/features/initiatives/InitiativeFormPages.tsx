import { Anchor, Skeleton, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { NotFoundPage } from "../../components/PageState";
import { ApiError } from "../../lib/api";
import { notifyDone } from "../../lib/notify";
import {
  useCreateInitiative, useInitiative, useUpdateInitiative, type InitiativeInput, type InitiativeResponse,
} from "../../lib/resources/initiatives";
import { emptyInitiativeForm, initiativeToForm, InitiativeEditor } from "./InitiativeForm";

/** A new initiative: it starts as proposed and moves on from its page. */
export function CreateInitiativePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateInitiative();

  const submit = async (body: InitiativeInput) => {
    const initiative = await create.mutateAsync(body);
    notifyDone(t("common.saved"));
    await navigate(`/initiatives/${initiative.id}`);
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/initiatives" size="sm">← {t("initiatives.title")}</Anchor>
      <Title order={1}>{t("initiatives.editor.createTitle")}</Title>
      <InitiativeEditor initial={emptyInitiativeForm()} submitting={create.isPending} onSubmit={submit}
        onCancel={() => void navigate("/initiatives")} />
    </Stack>
  );
}

/** Revising an initiative with If-Match: a change made meanwhile by someone else is refused (412) and explained. */
export function EditInitiativePage() {
  const { id = "" } = useParams();
  const query = useInitiative(id);

  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <Skeleton height={320} />;
  if (!query.data) return <ErrorBanner error={query.error} />;
  return <EditInitiative key={id} initiative={query.data.data} etag={query.data.etag} />;
}

function EditInitiative({ initiative, etag }: { initiative: InitiativeResponse; etag: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateInitiative(initiative.id);
  // The version the form was filled from: a read in the background (the window regaining focus) must not make a save
  // overwrite, unseen, what someone else changed meanwhile.
  const [{ initial, version }] = useState(() => ({ initial: initiativeToForm(initiative), version: etag }));
  const back = `/initiatives/${initiative.id}`;

  const submit = async (body: InitiativeInput) => {
    await update.mutateAsync({ body, etag: version });
    notifyDone(t("common.saved"));
    await navigate(back);
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">← {initiative.name}</Anchor>
      <Title order={1}>{t("initiatives.editor.editTitle")}</Title>
      <InitiativeEditor initial={initial} submitting={update.isPending} onSubmit={submit} onCancel={() => void navigate(back)} />
    </Stack>
  );
}
