import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { FormErrorBanner } from "../../components/ErrorBanner";
import { api, ApiError, unwrap } from "../../lib/api";
import { meKey, signIn } from "../../lib/auth";
import { getSession } from "../../lib/session";
import { useFieldErrors } from "../../lib/useFieldErrors";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [searchParams] = useSearchParams();
  const form = useForm({ mode: "controlled", initialValues: { email: "", password: "" } });
  const { attachForm, ...errors } = useFieldErrors(form);
  const wrongCredentials = errors.bannerError instanceof ApiError && errors.bannerError.status === 401 ? errors.bannerError : null;

  const submit = form.onSubmit(async ({ email, password }) => {
    errors.clear();
    try {
      await signIn(email, password);
      const me = await client.fetchQuery({ queryKey: meKey(getSession()?.refreshToken), queryFn: () => unwrap(api.GET("/api/v1/auth/me")) });
      const from = searchParams.get("from");
      const next = from?.startsWith("/") ? from : "/";
      // A one-time password from an admin: choose one's own before anything else.
      if (me.mustChangePassword) await navigate(`/account/password?from=${encodeURIComponent(next)}`, { replace: true });
      else await navigate(next, { replace: true });
    } catch (failure) {
      errors.show(failure);
    }
  });

  return (
    <Center mih="60vh">
      <Paper withBorder p={{ base: "md", sm: "xl" }} radius="md" w="100%" maw={420}>
        <form ref={attachForm} onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">{t("auth.signIn")}</Title>
            <Text size="sm" c="dimmed">{t("auth.intro")}</Text>
            {wrongCredentials
              ? <Text c="red.8" size="sm" role="alert">{wrongCredentials.problem.detail}</Text>
              : <FormErrorBanner state={{ ...errors, bannerError: errors.bannerError instanceof ApiError && errors.bannerError.status === 400 && errors.unplacedMessages.length === 0 ? null : errors.bannerError }} />}
            <TextInput label={t("auth.email")} type="email" autoComplete="username" withAsterisk {...form.getInputProps("email")} />
            <PasswordInput label={t("auth.password")} autoComplete="current-password" withAsterisk {...form.getInputProps("password")} />
            <Button type="submit" loading={form.submitting}>{t("auth.signIn")}</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
