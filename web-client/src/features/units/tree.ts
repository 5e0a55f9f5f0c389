import { compareVietnamese } from "../../lib/format";
import { fold } from "../../lib/fold";
import type { UnitResponse } from "./api";

export interface UnitNode {
  unit: UnitResponse;
  children: UnitNode[];
}

/** The units as a tree, each level sorted the Vietnamese way. Units whose parent is not in the list become roots. */
export function buildTree(units: UnitResponse[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => compareVietnamese(a.unit.name, b.unit.name));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Keeps the units whose name matches every word of the query (without diacritics), with the path down to them. */
export function filterTree(roots: UnitNode[], query: string): UnitNode[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return roots;
  const visit = (node: UnitNode): UnitNode | null => {
    const children = node.children.map(visit).filter((n): n is UnitNode => n !== null);
    const name = fold(node.unit.name);
    return words.every((w) => name.includes(w)) || children.length > 0 ? { unit: node.unit, children } : null;
  };
  return roots.map(visit).filter((n): n is UnitNode => n !== null);
}
