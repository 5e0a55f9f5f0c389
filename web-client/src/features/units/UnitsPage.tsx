import { Anchor, Badge, Button, Group, Modal, Paper, Select, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { ApiError, type Schemas } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { useAuth } from "../auth/api";
import { UNIT_KINDS, UNIT_LEVELS, useAllUnits, useSaveUnit, type UnitResponse } from "./api";
import { buildTree, filterTree, type UnitNode } from "./tree";
import { UnitPicker } from "./UnitPicker";

type Editing = { unit: UnitResponse | null; parentId: string | null };

/** The units as a tree: authorities, committees, police, residential groups and organisations, with dissolved ones greyed. */
export function UnitsPage() {
  const { t } = useTranslation();
  const { canWrite } = useAuth();
  const units = useAllUnits();
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Editing | null>(null);
  const tree = useMemo(() => filterTree(buildTree(units.data ?? []), search), [units.data, search]);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t("units.title")}</Title>
        {canWrite && <Button onClick={() => setEditing({ unit: null, parentId: null })}>{t("units.new")}</Button>}
      </Group>
      <TextInput type="search" label={t("common.search")} placeholder={t("units.searchPlaceholder")} value={search}
        onChange={(e) => setSearch(e.currentTarget.value)} maw={480} />
      <ErrorBanner error={units.error} />
      <Paper withBorder radius="md" p="md">
        {units.isPending && <Skeleton height={160} />}
        {units.data && tree.length === 0 && <Text c="dimmed">{t("units.empty")}</Text>}
        <Tree nodes={tree} depth={0} canWrite={canWrite}
          onEdit={(unit) => setEditing({ unit, parentId: unit.parentId })} onAddChild={(parentId) => setEditing({ unit: null, parentId })} />
      </Paper>
      {editing && <UnitDialog editing={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function Tree({ nodes, depth, canWrite, onEdit, onAddChild }: {
  nodes: UnitNode[]; depth: number; canWrite: boolean;
  onEdit: (unit: UnitResponse) => void; onAddChild: (parentId: string) => void;
}) {
  const { t } = useTranslation();
  if (nodes.length === 0) return null;
  return (
    <ul role={depth === 0 ? "tree" : "group"} aria-label={depth === 0 ? t("units.title") : undefined}
      style={{ listStyle: "none", margin: 0, paddingLeft: depth === 0 ? 0 : 24 }}>
      {nodes.map(({ unit, children }) => (
        <li key={unit.id} role="treeitem" aria-expanded={children.length > 0 ? true : undefined}
          aria-selected={false}>
          <Group gap="xs" py={6} wrap="wrap">
            {/* Dissolved units are greyed (not faded: faded text would fall below AA contrast) and struck through. */}
            <Text fw={depth < 2 ? 600 : 400} c={unit.dissolvedOn ? "dimmed" : undefined} td={unit.dissolvedOn ? "line-through" : undefined}>{unit.name}</Text>
            <Badge variant="light" color="gray" c="gray.9" radius="sm">{t(`unit.kind.${unit.kind}`)}</Badge>
            <Text size="xs" c="dimmed">{t(`unit.level.${unit.level}`)}</Text>
            {unit.dissolvedOn && <Text size="xs" c="dimmed">({t("unit.dissolved", { date: formatDate(unit.dissolvedOn) })})</Text>}
            {canWrite && (
              <>
                <Anchor component="button" size="sm" onClick={() => onEdit(unit)}>{t("common.edit")}</Anchor>
                <Anchor component="button" size="sm" onClick={() => onAddChild(unit.id)}>{t("units.addChild")}</Anchor>
              </>
            )}
          </Group>
          <Tree nodes={children} depth={depth + 1} canWrite={canWrite} onEdit={onEdit} onAddChild={onAddChild} />
        </li>
      ))}
    </ul>
  );
}

function UnitDialog({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveUnit();
  const [name, setName] = useState(editing.unit?.name ?? "");
  const [kind, setKind] = useState<Schemas["UnitKind"] | null>(editing.unit?.kind ?? null);
  const [level, setLevel] = useState<Schemas["UnitLevel"] | null>(editing.unit?.level ?? null);
  const [parentId, setParentId] = useState<string | null>(editing.parentId);
  const [dissolvedOn, setDissolvedOn] = useState(editing.unit?.dissolvedOn ?? "");
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};

  const submit = () =>
    save.mutate(
      { id: editing.unit?.id, body: { name, kind: kind as Schemas["UnitKind"], level: level as Schemas["UnitLevel"], parentId, dissolvedOn: dissolvedOn || null } },
      { onSuccess: () => { notifications.show({ message: t("common.saved"), color: "teal" }); onClose(); } },
    );

  return (
    <Modal opened onClose={onClose} title={editing.unit ? t("units.edit") : t("units.new")} size="lg">
      <Stack>
        <ErrorBanner error={save.error} />
        <TextInput label={t("units.name")} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name?.join(" ")} withAsterisk />
        <Group grow>
          <Select label={t("units.kind")} data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unit.kind.${k}`) }))} value={kind}
            onChange={(v) => setKind(v as Schemas["UnitKind"] | null)} error={errors.kind?.join(" ")} withAsterisk />
          <Select label={t("units.level")} data={UNIT_LEVELS.map((l) => ({ value: l, label: t(`unit.level.${l}`) }))} value={level}
            onChange={(v) => setLevel(v as Schemas["UnitLevel"] | null)} error={errors.level?.join(" ")} withAsterisk />
        </Group>
        <UnitPicker label={t("units.parent")} value={parentId} onChange={setParentId} error={errors.parentId?.join(" ")} clearable />
        <TextInput type="date" label={t("units.dissolvedOn")} description={t("units.dissolvedHint")} value={dissolvedOn}
          onChange={(e) => setDissolvedOn(e.currentTarget.value)} error={errors.dissolvedOn?.join(" ")} />
        <Group justify="end">
          <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
          <Button loading={save.isPending} onClick={submit}>{t("common.save")}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
