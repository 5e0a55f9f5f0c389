import { describe, expect, it } from "vitest";
import { searchByName } from "./search";

const people = [
  { fullName: "Nguyễn Thị Phượng" },
  { fullName: "Nguyễn Quang Hiếu" },
  { fullName: "Đặng Văn Đức" },
  { fullName: "Trần Thị Ánh" },
  { fullName: "Phương Hoàng Anh" },
];
const names = (q: string) => searchByName(people, q).map((p) => p.fullName);

describe("searching the list by name", () => {
  it("ignores diacritics and case", () => {
    expect(names("nguyen thi phuong")).toEqual(["Nguyễn Thị Phượng"]);
    expect(names("NGUYỄN THỊ PHƯỢNG")).toEqual(["Nguyễn Thị Phượng"]);
  });

  it("reads đ as d", () => {
    expect(names("dang van duc")).toEqual(["Đặng Văn Đức"]);
    expect(names("đức")).toEqual(["Đặng Văn Đức"]);
  });

  it("matches word beginnings in any order, sorted the Vietnamese way", () => {
    expect(names("phuong")).toEqual(["Nguyễn Thị Phượng", "Phương Hoàng Anh"]);
    expect(names("ng th")).toEqual(["Nguyễn Thị Phượng"]);
    expect(names("thi")).toEqual(["Nguyễn Thị Phượng", "Trần Thị Ánh"]);
    expect(names("anh")).toEqual(["Phương Hoàng Anh", "Trần Thị Ánh"]);
  });

  it("needs two characters and a real match", () => {
    expect(names("n")).toEqual([]);
    expect(names("  ")).toEqual([]);
    expect(names("xuan")).toEqual([]);
    expect(names("guyen")).toEqual([]);
  });
});
