import { Badge, Button, Checkbox, Group, Modal, MultiSelect, Pagination, Paper, PasswordInput, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { ApiError } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { ROLES, useSaveUser, useUsers, type UserResponse } from "./api";
import { UnitMultiSelect } from "./UnitMultiSelect";

export function UsersPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const users = useUsers(page);
  const [editing, setEditing] = useState<UserResponse | "new" | null>(null);
  const total = users.data?.totalCount ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t("admin.users.title")}</Title>
        <Button onClick={() => setEditing("new")}>{t("admin.users.new")}</Button>
      </Group>
      <ErrorBanner error={users.error} />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("auth.email")}</Table.Th>
                <Table.Th>{t("admin.users.roles")}</Table.Th>
                <Table.Th>{t("admin.users.units")}</Table.Th>
                <Table.Th>{t("admin.users.createdAt")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>{user.email} {user.lockedOut && <Badge color="#991b1b" variant="filled">{t("admin.users.locked")}</Badge>}</Table.Td>
                  <Table.Td>{user.roles.map((role) => t(`role.${role}`)).join(", ")}</Table.Td>
                  <Table.Td>{user.unitIds.length}</Table.Td>
                  <Table.Td>{formatDate(user.createdAt)}</Table.Td>
                  <Table.Td><Button variant="subtle" size="xs" onClick={() => setEditing(user)}>{t("common.edit")}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {total > 20 && <Pagination total={Math.ceil(total / 20)} value={page} onChange={setPage} />}
      {editing && <UserDialog user={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function UserDialog({ user, onClose }: { user: UserResponse | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveUser();
  const [email, setEmail] = useState(user?.email ?? "");
  const [password, setPassword] = useState("");
  const [roles, setRoles] = useState<string[]>(user?.roles ?? ["viewer"]);
  const [unitIds, setUnitIds] = useState<string[]>(user?.unitIds ?? []);
  const [unlock, setUnlock] = useState(false);
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};

  const submit = () =>
    save.mutate({ id: user?.id, email, password, roles, unitIds, unlock }, {
      onSuccess: () => {
        notifications.show({ message: t("common.saved"), color: "teal" });
        onClose();
      },
    });

  return (
    <Modal opened onClose={onClose} title={user ? t("admin.users.edit") : t("admin.users.new")} size="lg">
      <Stack>
        <ErrorBanner error={save.error} />
        <TextInput label={t("auth.email")} value={email} onChange={(e) => setEmail(e.currentTarget.value)} disabled={!!user} error={errors.email?.join(" ")} withAsterisk />
        {!user && (
          <PasswordInput label={t("auth.password")} description={t("admin.users.passwordHint")} value={password}
            onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password?.join(" ")} withAsterisk />
        )}
        <MultiSelect label={t("admin.users.roles")} data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          value={roles} onChange={setRoles} error={errors.roles?.join(" ")} />
        <UnitMultiSelect label={t("admin.users.units")} description={t("admin.users.unitsHint")} value={unitIds} onChange={setUnitIds}
          error={errors.unitIds?.join(" ")} />
        {user?.lockedOut && <Checkbox label={t("admin.users.unlock")} checked={unlock} onChange={(e) => setUnlock(e.currentTarget.checked)} />}
        <Group justify="end">
          <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
          <Button loading={save.isPending} onClick={submit}>{t("common.save")}</Button>
        </Group>
        <Text size="xs" c="dimmed">{t("admin.users.rolesHelp")}</Text>
      </Stack>
    </Modal>
  );
}
