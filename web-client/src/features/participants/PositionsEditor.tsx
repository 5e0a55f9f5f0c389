import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

interface PositionsEditorProps {
  value: string[];
  onChange: (positions: string[]) => void;
  /** Errors by index ("positions[1]" from the API) and for the list as a whole. */
  errorAt?: (index: number) => React.ReactNode;
  error?: React.ReactNode;
}

/**
 * Positions as an ordered list — the order is the order they are written on badges and invitations: add, remove, and
 * move up or down with buttons (no dragging, so it works by keyboard and on a phone).
 */
export function PositionsEditor({ value, onChange, errorAt, error }: PositionsEditorProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const set = (index: number, text: string) => onChange(value.map((p, i) => (i === index ? text : p)));
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <Stack gap="xs" role="group" aria-labelledby={labelId}>
      <Stack gap={0}>
        <Input.Label id={labelId} component="div">{t("participants.positions")}</Input.Label>
        <Input.Description>{t("attendance.positions.hint")}</Input.Description>
      </Stack>
      {value.length === 0 && <Text size="sm" c="dimmed">{t("attendance.positions.none")}</Text>}
      <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
        {value.map((position, i) => (
          <Group key={i} component="li" gap={4} wrap="nowrap" align="start">
            <Text w={24} ta="right" mt={8} size="sm" c="dimmed" aria-hidden>{i + 1}.</Text>
            <TextInput aria-label={t("attendance.positions.item", { number: i + 1 })} value={position} style={{ flex: 1 }}
              onChange={(e) => set(i, e.currentTarget.value)} error={errorAt?.(i)} />
            <ActionIcon variant="default" size={36} disabled={i === 0} onClick={() => move(i, -1)}
              aria-label={t("attendance.positions.up", { number: i + 1 })}>↑</ActionIcon>
            <ActionIcon variant="default" size={36} disabled={i === value.length - 1} onClick={() => move(i, 1)}
              aria-label={t("attendance.positions.down", { number: i + 1 })}>↓</ActionIcon>
            <ActionIcon variant="subtle" color="red" size={36} onClick={() => remove(i)}
              aria-label={t("attendance.positions.remove", { number: i + 1 })}>✕</ActionIcon>
          </Group>
        ))}
      </Stack>
      {error && <Text c="red" size="sm">{error}</Text>}
      <Button variant="light" w="fit-content" onClick={() => onChange([...value, ""])}>{t("attendance.positions.add")}</Button>
    </Stack>
  );
}
