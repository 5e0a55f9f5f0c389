import { Alert, Button, Checkbox, FileInput, Group, List, Paper, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { ApiError, api, unwrap, type Schemas } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { participantKeys } from "./api";

export type ImportResult = Schemas["ImportParticipantsResponse"];

export const IMPORT_COLUMNS = ["id", "kind", "fullName", "rank", "positions", "unit", "unitId", "phone", "email", "notes", "isPlaceholder"];

const importFile = (file: File, options: { dryRun: boolean; partial: boolean }) =>
  unwrap(api.POST("/api/v1/participants/import", {
    params: { query: options },
    body: { file: file as unknown as string },
    bodySerializer: (body) => {
      const form = new FormData();
      form.append("file", body?.file as unknown as Blob);
      return form;
    },
  }));

/**
 * Imports participants from a spreadsheet in two steps: a dry run as soon as a file is chosen shows every bad row
 * ({ line, message }) and what would change; then the officer imports all of it (only when no row is bad) or only
 * the good rows.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  // The check runs as a partial dry run, so it tells what the good rows would do as well as which rows are bad.
  const check = useMutation({ mutationFn: (chosen: File) => importFile(chosen, { dryRun: true, partial: true }) });
  const save = useMutation({
    mutationFn: () => importFile(file!, { dryRun: false, partial }),
    onSuccess: () => client.invalidateQueries({ queryKey: participantKeys.all }),
  });

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPartial(false);
    save.reset();
    if (chosen) check.mutate(chosen);
    else check.reset();
  };

  const preview = check.data;
  const done = save.data;
  const fileError = [check.error, save.error].map((e) => (e instanceof ApiError ? e.fieldErrors.file?.join(" ") : undefined)).find(Boolean);
  const otherError = [check.error, save.error].find((e) => e && !(e instanceof ApiError && e.fieldErrors.file));
  const bad = preview?.errors.length ?? 0;
  const canSave = !!preview && !done && (bad === 0 || partial) && preview.created + preview.updated > 0;

  return (
    <ResponsiveModal opened onClose={onClose} title={t("sheets.importTitle")}>
      <Stack>
        <Text size="sm">{t("sheets.importIntro")}</Text>
        <Paper withBorder p="sm" radius="md">
          <Text size="sm" fw={500}>{t("sheets.columns")}</Text>
          <Text size="sm" ff="monospace" style={{ wordBreak: "break-word" }}>{IMPORT_COLUMNS.join(", ")}</Text>
          <List size="sm" mt="xs" spacing={2}>
            <List.Item>{t("sheets.ruleRequired")}</List.Item>
            <List.Item>{t("sheets.ruleKey")}</List.Item>
            <List.Item>{t("sheets.rulePositions")}</List.Item>
            <List.Item>{t("sheets.ruleEncoding")}</List.Item>
          </List>
        </Paper>
        <FileInput label={t("sheets.file")} placeholder={t("sheets.choose")} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file} onChange={choose} clearable error={fileError} disabled={check.isPending || save.isPending} />
        <ErrorBanner error={otherError} />
        {check.isPending && <Text size="sm" c="dimmed">{t("sheets.checking")}</Text>}
        {preview && !done && (
          <Stack gap="xs">
            <Alert color={bad ? "yellow" : "green"} title={bad ? t("sheets.badRows", { count: bad }) : t("sheets.allGood")}>
              {t(bad ? "sheets.goodRowsWould" : "sheets.wouldChange", { created: formatNumber(preview.created), updated: formatNumber(preview.updated), unchanged: formatNumber(preview.unchanged) })}
            </Alert>
            {bad > 0 && (
              <>
                <ScrollArea.Autosize mah={260} type="auto">
                  <Table striped withTableBorder aria-label={t("sheets.errorsTable")}>
                    <Table.Thead>
                      <Table.Tr><Table.Th w={80}>{t("sheets.line")}</Table.Th><Table.Th>{t("sheets.problem")}</Table.Th></Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.errors.map((e, i) => (
                        <Table.Tr key={`${e.line}-${i}`}><Table.Td>{e.line}</Table.Td><Table.Td>{e.message}</Table.Td></Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea.Autosize>
                <Checkbox checked={partial} onChange={(e) => setPartial(e.currentTarget.checked)} label={t("sheets.partial")} />
              </>
            )}
          </Stack>
        )}
        {done && (
          <Alert color="green" title={t("sheets.imported")} role="status">
            {t("sheets.importedText", { created: formatNumber(done.created), updated: formatNumber(done.updated), unchanged: formatNumber(done.unchanged) })}
            {done.errors.length > 0 && ` ${t("sheets.skipped", { count: done.errors.length })}`}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{done ? t("common.close") : t("common.cancel")}</Button>
          {!done && <Button onClick={() => save.mutate()} disabled={!canSave} loading={save.isPending}>{t("sheets.import")}</Button>}
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
