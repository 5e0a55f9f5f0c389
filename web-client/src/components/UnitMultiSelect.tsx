import { MultiSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fold } from "../lib/fold";
import { useAllUnits } from "../lib/resources/units";

/** Several units, searchable without diacritics. */
export function UnitMultiSelect({ label, value, onChange, error, description }: {
  label: string; value?: string[]; onChange?: (ids: string[]) => void; error?: React.ReactNode; description?: string;
}) {
  const { t } = useTranslation();
  const units = useAllUnits();
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={t("events.form.unitSearch")}
      data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      value={value}
      onChange={onChange}
      searchable
      filter={({ options, search }) =>
        options.filter((option) => "label" in option && fold(option.label).includes(fold(search.trim())))}
      error={error}
    />
  );
}
