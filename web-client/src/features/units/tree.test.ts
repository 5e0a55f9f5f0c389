import { describe, expect, it } from "vitest";
import type { UnitResponse } from "./api";
import { buildTree, filterTree } from "./tree";

const unit = (id: string, name: string, parentId: string | null = null): UnitResponse =>
  ({ id, name, parentId, kind: "area", level: "commune", dissolvedOn: null });

const units = [
  unit("hn", "Thành phố Hà Nội"),
  unit("hm", "Quận Hoàng Mai", "hn"),
  unit("dc", "Phường Định Công", "hm"),
  unit("hl", "Phường Hoàng Liệt", "hm"),
  unit("tdp", "Tổ dân phố 41", "dc"),
  unit("dn", "Thành phố Đà Nẵng"),
];

describe("unit tree", () => {
  it("nests units under their parents and sorts each level the Vietnamese way", () => {
    const roots = buildTree(units);
    expect(roots.map((r) => r.unit.name)).toEqual(["Thành phố Đà Nẵng", "Thành phố Hà Nội"]);
    expect(roots[1]!.children[0]!.children.map((c) => c.unit.name)).toEqual(["Phường Định Công", "Phường Hoàng Liệt"]);
  });

  it("finds units without diacritics and keeps the path down to them", () => {
    const found = filterTree(buildTree(units), "dinh cong");
    expect(found.map((r) => r.unit.name)).toEqual(["Thành phố Hà Nội"]);
    const district = found[0]!.children[0]!;
    expect(district.children.map((c) => c.unit.name)).toEqual(["Phường Định Công"]);
    // The match keeps its own children hidden unless they match too.
    expect(district.children[0]!.children).toEqual([]);
  });
});
