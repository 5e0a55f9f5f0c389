import { Select } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWritableUnits } from "../lib/auth";
import { useDebouncedValue } from "../lib/useDebouncedValue";
import { formatDate } from "../lib/format";
import { useUnit, useUnitSearch, type UnitResponse } from "../lib/resources/units";

interface UnitPickerProps {
  label: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
  /** Offer only the units the signed-in person may write in (e.g. an event's host). */
  writableOnly?: boolean;
  /** Shown while no unit is chosen (default: "Gõ để tìm đơn vị"); e.g. what an empty choice means. */
  placeholder?: string;
}

/** Picks a unit by searching the server as you type (diacritics optional: "dinh cong" finds "Định Công"). */
export function UnitPicker({ label, value = null, onChange, error, required, clearable, writableOnly, placeholder }: UnitPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const debounced = useDebouncedValue(search, 250);
  const results = useUnitSearch(debounced);
  const selected = useUnit(value);
  const selectedUnit = selected.data?.data;
  const { allows } = useWritableUnits();

  const data = useMemo(() => {
    const units = new Map<string, UnitResponse>();
    if (selectedUnit) units.set(selectedUnit.id, selectedUnit);
    for (const unit of results.data?.items ?? []) if (!writableOnly || allows(unit.id)) units.set(unit.id, unit);
    return [...units.values()].map((unit) => ({
      value: unit.id,
      label: unit.dissolvedOn ? `${unit.name} (${t("unit.dissolved", { date: formatDate(unit.dissolvedOn) })})` : unit.name,
    }));
  }, [results.data, selectedUnit, t, writableOnly, allows]);

  return (
    <Select
      label={label}
      placeholder={placeholder ?? t("events.form.unitSearch")}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched without diacritics; the default client filter would drop those matches.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? t("common.loading") : t("common.none")}
      error={error}
      required={required}
      clearable={clearable}
      withAsterisk={required}
    />
  );
}
