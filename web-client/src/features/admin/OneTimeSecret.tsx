import { Alert, Button, Code, CopyButton, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ResponsiveModal } from "../../components/ResponsiveModal";

/** A secret shown this once (a new API key, a one-time password), with a copy button. */
export function OneTimeSecret({ title, warning, secret, testId, onClose }: {
  title: string; warning: string; secret: string | null; testId: string; onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ResponsiveModal opened={!!secret} onClose={onClose} title={title}>
      {secret && (
        <Stack>
          <Alert color="yellow">{warning}</Alert>
          <Code block data-testid={testId} style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>{secret}</Code>
          <Group justify="end">
            <CopyButton value={secret}>
              {({ copied, copy }) => <Button onClick={copy} color={copied ? "teal" : undefined}>{copied ? t("admin.keys.copied") : t("admin.keys.copy")}</Button>}
            </CopyButton>
            <Button variant="default" onClick={onClose}>{t("admin.keys.done")}</Button>
          </Group>
        </Stack>
      )}
    </ResponsiveModal>
  );
}
