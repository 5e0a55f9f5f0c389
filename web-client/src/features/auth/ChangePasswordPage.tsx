import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { FormErrorBanner } from "../../components/ErrorBanner";
import { useAuth, useChangePassword } from "../../lib/auth";
import { useFieldErrors } from "../../lib/useFieldErrors";

interface PasswordFormValues { currentPassword: string; newPassword: string; confirmPassword: string }

/** Choosing a new password: from the account menu, or forced after an admin's reset. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const auth = useAuth();
  const change = useChangePassword();
  const form = useForm<PasswordFormValues>({
    mode: "controlled",
    initialValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    // The one check the API cannot make: that the two entries agree.
    validate: { confirmPassword: (value, values) => (value === values.newPassword ? null : t("account.passwordsDiffer")) },
  });
  const { attachForm, ...errors } = useFieldErrors(form);
  const from = searchParams.get("from");
  // Back where the person was going, never to the sign-in or password pages they came through.
  const next = from?.startsWith("/") && !from.startsWith("//") && !from.startsWith("/account/password") && !from.startsWith("/sign-in") ? from : "/";

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    errors.clear();
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      notifications.show({ message: t("account.passwordChanged"), color: "teal" });
      await navigate(next, { replace: true });
    } catch (error) {
      errors.show(error);
    }
  });

  if (!auth.signedIn) return <Navigate to="/sign-in?from=%2Faccount%2Fpassword" replace />;

  return (
    <Center mih="60vh">
      <Paper withBorder p={{ base: "md", sm: "xl" }} radius="md" w="100%" maw={460}>
        <form ref={attachForm} onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">{t("account.changePassword")}</Title>
            {auth.mustChangePassword
              ? <Alert color="yellow" title={t("account.mustChangeTitle")}>{t("account.mustChangeText")}</Alert>
              : <Text size="sm" c="dimmed">{t("account.changePasswordIntro")}</Text>}
            <FormErrorBanner state={errors} />
            <PasswordInput label={t("account.currentPassword")} autoComplete="current-password" withAsterisk
              {...form.getInputProps("currentPassword")} />
            <PasswordInput label={t("account.newPassword")} description={t("admin.users.passwordHint")} autoComplete="new-password" withAsterisk
              {...form.getInputProps("newPassword")} />
            <PasswordInput label={t("account.confirmPassword")} autoComplete="new-password" withAsterisk
              {...form.getInputProps("confirmPassword")} />
            <Group justify="end">
              {auth.mustChangePassword
                ? <Button variant="default" onClick={() => { auth.signOut(); void navigate("/"); }}>{t("auth.signOut")}</Button>
                : <Button variant="default" onClick={() => void navigate(next)}>{t("common.cancel")}</Button>}
              <Button type="submit" loading={change.isPending}>{t("account.save")}</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
