import { Group, Select, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../lib/useDebouncedValue";
import { displayName, fetchParticipants, participantKeys, useParticipant, type ParticipantResponse } from "../lib/resources/participants";

interface ParticipantPickerProps {
  label: string;
  value?: string | null;
  onChange?: (id: string | null, participant: ParticipantResponse | null) => void;
  error?: React.ReactNode;
  description?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
  /** The selected person's name as already known (e.g. a programme's speakerName), shown until their record loads. */
  knownLabel?: string | null;
  placeholder?: string;
  w?: React.ComponentProps<typeof Select>["w"];
  style?: React.CSSProperties;
}

/** Picks a participant by searching the server as you type, diacritics optional ("nguyen thi phuong" finds Nguyễn Thị Phượng). */
export function ParticipantPicker({
  label, value = null, onChange, error, description, required, clearable, knownLabel, placeholder, w, style,
}: ParticipantPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [opened, setOpened] = useState(false);
  const debounced = useDebouncedValue(search.trim(), 250);
  const params = { q: debounced || undefined, pageSize: 20 };
  // Asks only while the list is open: a form with many rows does not search for each of them.
  const results = useQuery({
    queryKey: [...participantKeys.all, "picker", params],
    queryFn: () => fetchParticipants(params),
    enabled: opened,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const selected = useParticipant(value);
  const selectedParticipant = selected.data?.data;

  const byId = useMemo(() => {
    const people = new Map<string, ParticipantResponse>();
    if (selectedParticipant) people.set(selectedParticipant.id, selectedParticipant);
    for (const p of results.data?.items ?? []) people.set(p.id, p);
    return people;
  }, [results.data, selectedParticipant]);

  const data = useMemo(() => {
    const options = [...byId.values()].map((p) => ({ value: p.id, label: displayName(p) }));
    if (value && !byId.has(value)) options.unshift({ value, label: knownLabel ?? t("common.loading") });
    return options;
  }, [byId, value, knownLabel, t]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t("attendance.picker.placeholder")}
      data={data}
      value={value}
      onChange={(id) => onChange?.(id, id ? (byId.get(id) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      // The server already matched without diacritics; the default client filter would drop those matches.
      filter={({ options }) => options}
      renderOption={({ option }) => {
        const p = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {p && (p.positions[0] || p.unitName) && (
              <Group gap={4}><Text size="xs" c="dimmed" lineClamp={1}>{p.positions[0] ?? p.unitName}</Text></Group>
            )}
          </Stack>
        );
      }}
      nothingFoundMessage={results.isFetching ? t("common.loading") : t("attendance.picker.nothingFound")}
      error={error}
      required={required}
      withAsterisk={required}
      clearable={clearable}
      w={w}
      style={style}
    />
  );
}
