import { Alert, Badge, Button, Checkbox, Code, CopyButton, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { ApiError } from "../../lib/api";
import { formatDate, formatDateTime } from "../../lib/format";
import { useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiKeyResponse, type CreatedApiKey } from "./api";
import { UnitMultiSelect } from "./UnitMultiSelect";

export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyResponse | null>(null);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t("admin.keys.title")}</Title>
        <Button onClick={() => setCreating(true)}>{t("admin.keys.new")}</Button>
      </Group>
      <ErrorBanner error={keys.error ?? revoke.error} />
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
                  <Table.Td>
                    {key.revokedAt
                      ? <Badge color="gray" variant="light">{t("admin.keys.revoked")}</Badge>
                      : <Button variant="subtle" color="red" size="xs" onClick={() => setRevoking(key)}>{t("admin.keys.revoke")}</Button>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {keys.data?.items.length === 0 && <Text p="lg" c="dimmed">{t("admin.keys.empty")}</Text>}
      </Paper>

      {creating && <CreateKeyDialog onClose={() => setCreating(false)} onCreated={(key) => { setCreating(false); setCreated(key); }} />}

      <Modal opened={!!created} onClose={() => setCreated(null)} title={t("admin.keys.createdTitle")} size="lg">
        {created && (
          <Stack>
            <Alert color="yellow">{t("admin.keys.shownOnce")}</Alert>
            <Code block data-testid="new-api-key">{created.key}</Code>
            <Group justify="end">
              <CopyButton value={created.key}>
                {({ copied, copy }) => <Button onClick={copy} color={copied ? "teal" : undefined}>{copied ? t("admin.keys.copied") : t("admin.keys.copy")}</Button>}
              </CopyButton>
              <Button variant="default" onClick={() => setCreated(null)}>{t("admin.keys.done")}</Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal opened={!!revoking} onClose={() => setRevoking(null)} title={t("common.confirm")}>
        <Text>{t("admin.keys.confirmRevoke", { name: revoking?.name })}</Text>
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={() => setRevoking(null)}>{t("common.cancel")}</Button>
          <Button color="red" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}>
            {t("admin.keys.revoke")}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}

function CreateKeyDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (key: CreatedApiKey) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<("read" | "write")[]>(["read"]);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [expires, setExpires] = useState("");
  const errors = create.error instanceof ApiError ? create.error.fieldErrors : {};

  const submit = () =>
    create.mutate(
      { name, scopes, unitIds, expiresAt: expires ? `${expires}T23:59:59+07:00` : null },
      { onSuccess: onCreated },
    );

  return (
    <Modal opened onClose={onClose} title={t("admin.keys.new")} size="lg">
      <Stack>
        <ErrorBanner error={create.error} />
        <TextInput label={t("admin.keys.name")} placeholder={t("admin.keys.namePlaceholder")} value={name}
          onChange={(e) => setName(e.currentTarget.value)} error={errors.name?.join(" ")} withAsterisk />
        <Checkbox.Group label={t("admin.keys.scopes")} value={scopes} onChange={(value) => setScopes(value as ("read" | "write")[])}
          error={errors.scopes?.join(" ")}>
          <Group mt="xs">
            <Checkbox value="read" label={t("admin.keys.scope.read")} />
            <Checkbox value="write" label={t("admin.keys.scope.write")} />
          </Group>
        </Checkbox.Group>
        <UnitMultiSelect label={t("admin.keys.units")} description={t("admin.keys.unitsHint")} value={unitIds} onChange={setUnitIds}
          error={errors.unitIds?.join(" ")} />
        <TextInput type="date" label={t("admin.keys.expiresAt")} description={t("admin.keys.expiresHint")} value={expires}
          onChange={(e) => setExpires(e.currentTarget.value)} error={errors.expiresAt?.join(" ")} />
        <Group justify="end">
          <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
          <Button loading={create.isPending} onClick={submit}>{t("admin.keys.create")}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
