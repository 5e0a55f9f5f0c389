import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { useAuth } from "../../lib/auth";
import { formatDate } from "../../lib/format";
import { useAllUnits, type UnitResponse } from "./api";
import { buildTree, filterTree, type UnitNode } from "./tree";
import { UnitDialog, UnitEditDialog, type UnitEditing } from "./UnitDialog";

/** The units as a tree: authorities, committees, police, residential groups and organisations, with dissolved ones greyed. */
export function UnitsPage() {
  const { t } = useTranslation();
  const { canWrite } = useAuth();
  const units = useAllUnits();
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<UnitEditing | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
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
          onEdit={(unit) => setEditingId(unit.id)} onAddChild={(parentId) => setEditing({ unit: null, parentId })} />
      </Paper>
      {editing && <UnitDialog editing={editing} onClose={() => setEditing(null)} />}
      {editingId && <UnitEditDialog id={editingId} onClose={() => setEditingId(null)} />}
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
      style={{ listStyle: "none", margin: 0, paddingLeft: depth === 0 ? 0 : 16, borderLeft: depth === 0 ? undefined : "1px solid var(--mantine-color-gray-3)" }}>
      {nodes.map(({ unit, children }) => (
        <li key={unit.id} role="treeitem" aria-expanded={children.length > 0 ? true : undefined}
          aria-selected={false}>
          <Group gap={4} py={4} pl={depth === 0 ? 0 : 8} justify="space-between" wrap="wrap">
            <Group gap="xs" wrap="wrap">
            {/* Dissolved units are greyed (not faded: faded text would fall below AA contrast) and struck through. */}
            <Anchor component={Link} to={`/units/${unit.id}`} fw={depth < 2 ? 600 : 400} c={unit.dissolvedOn ? "dimmed" : undefined}
              td={unit.dissolvedOn ? "line-through" : undefined} py={4}>{unit.name}</Anchor>
            <Badge variant="light" color="gray" c="gray.9" radius="sm">{t(`unit.kind.${unit.kind}`)}</Badge>
            <Text size="xs" c="dimmed">{t(`unit.level.${unit.level}`)}</Text>
            {unit.dissolvedOn && <Text size="xs" c="dimmed">({t("unit.dissolved", { date: formatDate(unit.dissolvedOn) })})</Text>}
            </Group>
            {canWrite && (
              <Group gap={0} wrap="nowrap">
                <Button variant="subtle" size="compact-sm" onClick={() => onEdit(unit)} aria-label={`${t("common.edit")}: ${unit.name}`}>{t("common.edit")}</Button>
                <Button variant="subtle" size="compact-sm" onClick={() => onAddChild(unit.id)}>{t("units.addChild")}</Button>
              </Group>
            )}
          </Group>
          <Tree nodes={children} depth={depth + 1} canWrite={canWrite} onEdit={onEdit} onAddChild={onAddChild} />
        </li>
      ))}
    </ul>
  );
}
