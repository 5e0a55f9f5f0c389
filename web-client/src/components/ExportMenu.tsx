import { Button, Menu, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api";
import { downloadFile } from "../lib/download";

/** "Export" as CSV or Excel: downloads `path` with the list's filters, so what is listed (all pages) is what lands in the file. */
export function ExportMenu({ path, query, fileName }: { path: string; query: Record<string, string | number | undefined>; fileName: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const exportAs = async (format: "csv" | "xlsx") => {
    setBusy(true);
    setFailed(null);
    try {
      await downloadFile(path, { ...query, format }, `${fileName}.${format}`);
    } catch (error) {
      setFailed(error instanceof ApiError ? error.message : t("errors.network"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={busy}>{t("sheets.export")}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportAs("csv")}>{t("sheets.asCsv")}</Menu.Item>
          <Menu.Item onClick={() => void exportAs("xlsx")}>{t("sheets.asXlsx")}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {failed && <Text size="sm" c="red" role="alert" mt={4}>{failed}</Text>}
    </div>
  );
}
