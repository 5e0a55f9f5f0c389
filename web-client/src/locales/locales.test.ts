import { describe, expect, it } from "vitest";
import vi from "./vi.json";
import en from "./en.json";
import { AUDIT_COMMANDS } from "../lib/enums";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("resource files", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("have no empty strings", () => {
    const empty = (value: unknown): boolean =>
      typeof value === "string" ? value.trim() === "" : Object.values(value as object).some(empty);
    expect(empty(vi)).toBe(false);
    expect(empty(en)).toBe(false);
  });

  it("name every action the audit log records, in both languages", () => {
    for (const messages of [vi, en]) {
      const named = Object.keys(messages.audit.command);
      expect(AUDIT_COMMANDS.filter((command) => !named.includes(command))).toEqual([]);
    }
  });
});
