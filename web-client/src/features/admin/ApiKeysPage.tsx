import { Badge, Button, Card, Checkbox, Code, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateFields";
import { ErrorBanner, FormErrorBanner } from "../../components/ErrorBanner";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { UnitMultiSelect } from "../../components/UnitMultiSelect";
import type { Schemas } from "../../lib/api";
import { API_KEY_SCOPES } from "../../lib/enums";
import { formatDate, formatDateTime } from "../../lib/format";
import { useFieldErrors } from "../../lib/useFieldErrors";
import { usePhone } from "../../lib/usePhone";
import { useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiKeyResponse, type CreatedApiKey } from "./api";
import { OneTimeSecret } from "./OneTimeSecret";

type ApiKeyScope = Schemas["ApiKeyScope"];

export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyResponse | null>(null);
  const phone = usePhone();
  const status = (key: ApiKeyResponse) => key.revokedAt
    ? <Badge color="gray" c="gray.9" variant="light">{t("admin.keys.revoked")}</Badge>
    : <Button variant="subtle" color="red" size="xs" onClick={() => setRevoking(key)}>{t("admin.keys.revoke")}</Button>;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t("admin.keys.title")}</Title>
        <Button onClick={() => setCreating(true)}>{t("admin.keys.new")}</Button>
      </Group>
      <ErrorBanner error={keys.error ?? revoke.error} />
      {phone ? (
        <Stack gap="sm">
          {keys.data?.items.map((key) => (
            <Card key={key.id} withBorder padding="md">
              <Stack gap={4}>
                <Text fw={600}>{key.name}</Text>
                <Text size="sm"><Code>{key.prefix}</Code> · {key.scopes.map((scope) => t(`admin.keys.scope.${scope}`)).join(", ")}</Text>
                <Text size="xs" c="dimmed">{t("admin.keys.expiresAt")}: {key.expiresAt ? formatDate(key.expiresAt) : t("common.none")}</Text>
                <Group>{status(key)}</Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("admin.keys.name")}</Table.Th>
                <Table.Th>{t("admin.keys.prefix")}</Table.Th>
                <Table.Th>{t("admin.keys.scopes")}</Table.Th>
                <Table.Th>{t("admin.keys.expiresAt")}</Table.Th>
                <Table.Th>{t("admin.keys.lastUsedAt")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.data?.items.map((key) => (
                <Table.Tr key={key.id}>
                  <Table.Td>{key.name}</Table.Td>
                  <Table.Td><Code>{key.prefix}</Code></Table.Td>
                  <Table.Td>{key.scopes.map((scope) => t(`admin.keys.scope.${scope}`)).join(", ")}</Table.Td>
                  <Table.Td>{key.expiresAt ? formatDate(key.expiresAt) : t("common.none")}</Table.Td>
                  <Table.Td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t("common.none")}</Table.Td>
                  <Table.Td>{status(key)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      )}
      {keys.data?.items.length === 0 && <Text p="lg" c="dimmed">{t("admin.keys.empty")}</Text>}

      {creating && <CreateKeyDialog onClose={() => setCreating(false)} onCreated={(key) => { setCreating(false); setCreated(key); }} />}

      <OneTimeSecret title={t("admin.keys.createdTitle")} warning={t("admin.keys.shownOnce")} secret={created?.key ?? null}
        testId="new-api-key" onClose={() => setCreated(null)} />

      <ResponsiveModal opened={!!revoking} onClose={() => setRevoking(null)} title={t("common.confirm")} size="md">
        <Text>{t("admin.keys.confirmRevoke", { name: revoking?.name })}</Text>
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={() => setRevoking(null)}>{t("common.cancel")}</Button>
          <Button color="red" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}>
            {t("admin.keys.revoke")}
          </Button>
        </Group>
      </ResponsiveModal>
    </Stack>
  );
}

interface KeyFormValues { name: string; scopes: ApiKeyScope[]; unitIds: string[]; expiresOn: string | null }

function CreateKeyDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (key: CreatedApiKey) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const form = useForm<KeyFormValues>({ mode: "controlled", initialValues: { name: "", scopes: ["read"], unitIds: [], expiresOn: null } });
  // The form holds a day; the API takes the instant the key stops working (the end of that day in Hà Nội).
  const { attachForm, ...errors } = useFieldErrors(form, { expiresAt: "expiresOn" });

  const submit = form.onSubmit(async ({ name, scopes, unitIds, expiresOn }) => {
    errors.clear();
    try {
      onCreated(await create.mutateAsync({ name, scopes, unitIds, expiresAt: expiresOn ? `${expiresOn}T23:59:59+07:00` : null }));
    } catch (error) {
      errors.show(error);
    }
  });

  return (
    <ResponsiveModal opened onClose={onClose} title={t("admin.keys.new")}>
      <form ref={attachForm} onSubmit={submit} noValidate>
        <Stack>
          <FormErrorBanner state={errors} />
          <TextInput label={t("admin.keys.name")} placeholder={t("admin.keys.namePlaceholder")} withAsterisk {...form.getInputProps("name")} />
          <Checkbox.Group label={t("admin.keys.scopes")} {...form.getInputProps("scopes")}>
            <Group mt="xs">
              {API_KEY_SCOPES.map((scope) => <Checkbox key={scope} value={scope} label={t(`admin.keys.scope.${scope}`)} />)}
            </Group>
          </Checkbox.Group>
          <UnitMultiSelect label={t("admin.keys.units")} description={t("admin.keys.unitsHint")} {...form.getInputProps("unitIds")} />
          <DateField label={t("admin.keys.expiresAt")} description={t("admin.keys.expiresHint")} {...form.getInputProps("expiresOn")} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" loading={create.isPending}>{t("admin.keys.create")}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
