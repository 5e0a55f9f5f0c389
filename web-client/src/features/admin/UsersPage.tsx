import { Badge, Button, Card, Checkbox, Group, Paper, PasswordInput, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Paging } from "../../components/Paging";
import { ErrorBanner, FormErrorBanner } from "../../components/ErrorBanner";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { UnitMultiSelect } from "../../components/UnitMultiSelect";
import type { Versioned } from "../../lib/api";
import { ROLES, enumOptions } from "../../lib/enums";
import { formatDate } from "../../lib/format";
import { useFieldErrors } from "../../lib/useFieldErrors";
import { usePhone } from "../../lib/usePhone";
import { useResetPassword, useSaveUser, useUser, useUsers, type UserResponse } from "./api";
import { OneTimeSecret } from "./OneTimeSecret";

export function UsersPage() {
  const { t } = useTranslation();
  const phone = usePhone();
  const [page, setPage] = useState(1);
  const users = useUsers(page);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [resetting, setResetting] = useState<UserResponse | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  const reset = useResetPassword();
  const total = users.data?.totalCount ?? 0;

  const actions = (user: UserResponse) => (
    <Group gap={4} wrap="nowrap">
      <Button variant="subtle" size="xs" onClick={() => setEditing(user.id)} aria-label={`${t("common.edit")}: ${user.email}`}>{t("common.edit")}</Button>
      <Button variant="subtle" size="xs" onClick={() => setResetting(user)} aria-label={`${t("admin.users.resetPassword")}: ${user.email}`}>
        {t("admin.users.resetPassword")}
      </Button>
    </Group>
  );
  const roles = (user: UserResponse) => user.roles.map((role) => t(`role.${role}`)).join(", ");
  const locked = (user: UserResponse) => user.lockedOut && <Badge color="#991b1b" variant="filled">{t("admin.users.locked")}</Badge>;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t("admin.users.title")}</Title>
        <Button onClick={() => setEditing("new")}>{t("admin.users.new")}</Button>
      </Group>
      <ErrorBanner error={users.error ?? reset.error} />
      {phone ? (
        <Stack gap="sm">
          {users.data?.items.map((user) => (
            <Card key={user.id} withBorder padding="md">
              <Stack gap={4}>
                <Group gap="xs"><Text fw={600} style={{ wordBreak: "break-all" }}>{user.email}</Text>{locked(user)}</Group>
                <Text size="sm" c="dimmed">{roles(user)}</Text>
                {actions(user)}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("auth.email")}</Table.Th>
                <Table.Th>{t("admin.users.roles")}</Table.Th>
                <Table.Th>{t("admin.users.units")}</Table.Th>
                <Table.Th visibleFrom="md">{t("admin.users.createdAt")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>{user.email} {locked(user)}</Table.Td>
                  <Table.Td>{roles(user)}</Table.Td>
                  <Table.Td>{user.unitIds.length}</Table.Td>
                  <Table.Td visibleFrom="md">{formatDate(user.createdAt)}</Table.Td>
                  <Table.Td>{actions(user)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Paging total={total} pageSize={20} page={page} onChange={setPage} />
      {editing === "new" && <UserDialog onClose={() => setEditing(null)} />}
      {editing && editing !== "new" && <EditUserDialog id={editing} onClose={() => setEditing(null)} />}

      <ResponsiveModal opened={!!resetting} onClose={() => setResetting(null)} title={t("common.confirm")} size="md">
        <Text>{t("admin.users.confirmReset", { email: resetting?.email })}</Text>
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={() => setResetting(null)}>{t("common.cancel")}</Button>
          <Button color="red" loading={reset.isPending}
            onClick={() => resetting && reset.mutate(resetting.id, {
              onSuccess: (result) => setTemporary(result.temporaryPassword),
              onSettled: () => setResetting(null),
            })}>
            {t("admin.users.resetPassword")}
          </Button>
        </Group>
      </ResponsiveModal>
      <OneTimeSecret title={t("admin.users.temporaryTitle")} warning={t("admin.users.temporaryShownOnce")} secret={temporary}
        testId="temporary-password" onClose={() => setTemporary(null)} />
    </Stack>
  );
}

function EditUserDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const user = useUser(id);
  if (!user.data) return null;
  return <UserDialog existing={user.data} onClose={onClose} />;
}

/** The most powerful of an account's roles (older accounts may hold several). */
function strongestRole(roles: readonly string[] | undefined): string {
  return ["admin", "editor"].find((role) => roles?.includes(role)) ?? "viewer";
}

interface UserFormValues { email: string; password: string; roles: string[]; unitIds: string[]; unlock: boolean }

function UserDialog({ existing, onClose }: { existing?: Versioned<UserResponse>; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveUser();
  const user = existing?.data;
  const form = useForm<UserFormValues>({
    mode: "controlled",
    // One role per account: each includes what the ones below it may do (admin ⊃ editor ⊃ viewer).
    initialValues: { email: user?.email ?? "", password: "", roles: [strongestRole(user?.roles)], unitIds: user?.unitIds ?? [], unlock: false },
  });
  const { attachForm, ...errors } = useFieldErrors(form);

  const submit = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await save.mutateAsync({ id: user?.id, etag: existing?.etag, ...values });
      notifications.show({ message: t("common.saved"), color: "teal" });
      onClose();
    } catch (error) {
      errors.show(error);
    }
  });

  return (
    <ResponsiveModal opened onClose={onClose} title={user ? t("admin.users.edit") : t("admin.users.new")}>
      <form ref={attachForm} onSubmit={submit} noValidate>
        <Stack>
          <FormErrorBanner state={errors} />
          <TextInput label={t("auth.email")} type="email" disabled={!!user} withAsterisk {...form.getInputProps("email")} />
          {!user && (
            <PasswordInput label={t("auth.password")} description={t("admin.users.passwordHint")} withAsterisk autoComplete="new-password"
              {...form.getInputProps("password")} />
          )}
          <Select label={t("admin.users.roles")} description={t("admin.users.rolesHelp")} data={enumOptions(ROLES, "role", t)} allowDeselect={false}
            withAsterisk value={form.values.roles[0] ?? null} onChange={(role) => form.setFieldValue("roles", role ? [role] : [])}
            error={form.errors.roles} />
          <UnitMultiSelect label={t("admin.users.units")} description={t("admin.users.unitsHint")} {...form.getInputProps("unitIds")} />
          {user?.lockedOut && <Checkbox label={t("admin.users.unlock")} {...form.getInputProps("unlock", { type: "checkbox" })} />}
          <Group justify="end">
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
