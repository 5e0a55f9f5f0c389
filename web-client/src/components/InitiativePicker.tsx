import { Select, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWritableUnits } from "../lib/auth";
import { fetchInitiatives, initiativeKeys, useInitiative, type InitiativeResponse } from "../lib/resources/initiatives";
import { useDebouncedValue } from "../lib/useDebouncedValue";
import { kindAndCategory } from "./InitiativeList";

/**
 * Picks an initiative by searching the server as you type, diacritics optional ("phong chay" finds "phòng cháy").
 * `exclude` leaves out those already chosen elsewhere; `writableOnly` offers only those the signed-in person may change.
 */
export function InitiativePicker({ label, value = null, onChange, error, description, exclude = [], writableOnly = false }: {
  label: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  error?: React.ReactNode;
  description?: React.ReactNode;
  exclude?: string[];
  writableOnly?: boolean;
}) {
  const { t } = useTranslation();
  const { allows } = useWritableUnits();
  const [search, setSearch] = useState("");
  const [opened, setOpened] = useState(false);
  const debounced = useDebouncedValue(search.trim(), 250);
  const params = { q: debounced || undefined, pageSize: 20, sort: "name" };
  const results = useQuery({
    queryKey: [...initiativeKeys.lists(), "picker", params],
    queryFn: () => fetchInitiatives(params),
    enabled: opened,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const selected = useInitiative(value);
  const selectedInitiative = value ? selected.data?.data : undefined;

  const byId = useMemo(() => {
    const initiatives = new Map<string, InitiativeResponse>();
    if (selectedInitiative) initiatives.set(selectedInitiative.id, selectedInitiative);
    for (const initiative of results.data?.items ?? []) {
      if (exclude.includes(initiative.id) || (writableOnly && !allows(initiative.leadUnitId))) continue;
      initiatives.set(initiative.id, initiative);
    }
    return initiatives;
  }, [results.data, selectedInitiative, exclude, writableOnly, allows]);

  const data = useMemo(() => {
    const options = [...byId.values()].map((initiative) => ({ value: initiative.id, label: initiative.name }));
    if (value && !byId.has(value)) options.unshift({ value, label: t("common.loading") });
    return options;
  }, [byId, value, t]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t("initiatives.picker.placeholder")}
      data={data}
      value={value}
      onChange={(id) => onChange?.(id)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      // The server already matched without diacritics; the default client filter would drop those matches.
      filter={({ options }) => options}
      renderOption={({ option }) => {
        const initiative = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {initiative && (
              <Text size="xs" c="dimmed">
                {kindAndCategory(initiative, t)} · {t(`initiatives.status.${initiative.status}`)}
              </Text>
            )}
          </Stack>
        );
      }}
      nothingFoundMessage={results.isFetching ? t("common.loading") : t("common.none")}
      error={error}
      clearable
    />
  );
}
