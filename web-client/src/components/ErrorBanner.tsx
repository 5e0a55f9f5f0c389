import { Alert, Button, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api";
import type { FieldErrorsState } from "../lib/useFieldErrors";

/** Errors that belong to no field: what happened, in words, with the traceId to quote when reporting it. */
export function ErrorBanner({ error, messages = [] }: { error: unknown; messages?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const message =
    problem === null ? t("errors.network")
      : problem.status === 412 ? t("errors.stale")
      : problem.status === 403 ? t("errors.forbidden")
      : problem.status === 401 ? t("errors.signedOut")
      : problem.status === 400 && problem.errors ? t("errors.fixFields")
      : (problem.detail ?? problem.title ?? t("errors.title"));
  return (
    <Alert color="red" title={t("errors.title")} role="alert">
      <Text size="sm">{message}</Text>
      {messages.length > 0 && (
        <List size="sm" mt={4}>
          {messages.map((m) => <List.Item key={m}>{m}</List.Item>)}
        </List>
      )}
      {problem?.status === 412 && (
        <Button size="compact-sm" variant="white" color="red" mt="xs" px={0} onClick={() => window.location.reload()}>
          {t("errors.reload")}
        </Button>
      )}
      {problem?.traceId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("errors.traceId", { traceId: problem.traceId })}
        </Text>
      )}
    </Alert>
  );
}

/** The banner of a form that uses useFieldErrors. */
export function FormErrorBanner({ state }: { state: Pick<FieldErrorsState, "bannerError" | "unplacedMessages"> }) {
  return <ErrorBanner error={state.bannerError} messages={state.unplacedMessages} />;
}
