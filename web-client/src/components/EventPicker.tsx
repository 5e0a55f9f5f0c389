import { Select, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format";
import { eventKeys, eventQueryOptions, fetchEvents, type EventResponse } from "../lib/resources/events";
import { useDebouncedValue } from "../lib/useDebouncedValue";

/** Picks an event by searching the server as you type, diacritics optional ("ngay hoi" finds "Ngày hội …"). */
export function EventPicker({ label, value = null, onChange, error, description }: {
  label: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  error?: React.ReactNode;
  description?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [opened, setOpened] = useState(false);
  const debounced = useDebouncedValue(search.trim(), 250);
  const params = { q: debounced || undefined, pageSize: 20, sort: "-startsAt" };
  const results = useQuery({
    queryKey: [...eventKeys.all, "picker", params],
    queryFn: () => fetchEvents(params),
    enabled: opened,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const selected = useQuery({ ...eventQueryOptions(value ?? ""), enabled: !!value });
  const selectedEvent = value ? selected.data?.data : undefined;

  const byId = useMemo(() => {
    const events = new Map<string, EventResponse>();
    if (selectedEvent) events.set(selectedEvent.id, selectedEvent);
    for (const event of results.data?.items ?? []) events.set(event.id, event);
    return events;
  }, [results.data, selectedEvent]);

  const data = useMemo(() => {
    const options = [...byId.values()].map((event) => ({ value: event.id, label: event.title }));
    if (value && !byId.has(value)) options.unshift({ value, label: t("common.loading") });
    return options;
  }, [byId, value, t]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t("awards.editor.eventSearch")}
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
        const event = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {event && <Text size="xs" c="dimmed">{formatDate(event.startsAt)}{event.venue ? ` · ${event.venue}` : ""}</Text>}
          </Stack>
        );
      }}
      nothingFoundMessage={results.isFetching ? t("common.loading") : t("common.none")}
      error={error}
      clearable
    />
  );
}
