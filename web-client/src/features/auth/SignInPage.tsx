import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { ApiError } from "../../lib/api";
import { signIn } from "./api";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      const from = searchParams.get("from");
      await navigate(from?.startsWith("/") ? from : "/", { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="60vh">
      <Paper withBorder p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Title order={1} size="h2">{t("auth.signIn")}</Title>
            <Text size="sm" c="dimmed">{t("auth.intro")}</Text>
            {error instanceof ApiError && error.status === 401 ? (
              <Text c="red" size="sm" role="alert">{error.problem.detail}</Text>
            ) : (
              <ErrorBanner error={error instanceof ApiError && error.status === 400 ? null : error} />
            )}
            <TextInput label={t("auth.email")} type="email" autoComplete="username" value={email}
              onChange={(e) => setEmail(e.currentTarget.value)} error={fieldErrors.email?.join(" ")} withAsterisk />
            <PasswordInput label={t("auth.password")} autoComplete="current-password" value={password}
              onChange={(e) => setPassword(e.currentTarget.value)} error={fieldErrors.password?.join(" ")} withAsterisk />
            <Button type="submit" loading={busy}>{t("auth.signIn")}</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
