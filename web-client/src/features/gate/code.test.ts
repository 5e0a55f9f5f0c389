import { describe, expect, it } from "vitest";
import { codeFromScan, formatCode, normalizeCode } from "./code";

describe("check-in codes", () => {
  it("are read the way the server reads them", () => {
    expect(normalizeCode("7KQ2M-9XDRA")).toBe("7KQ2M9XDRA");
    expect(normalizeCode(" 7kq2m 9xdra ")).toBe("7KQ2M9XDRA");
    expect(normalizeCode("7kq2m--9xdra")).toBe("7KQ2M9XDRA");
    // Letters people mistake for digits: O is 0, I and L are 1.
    expect(normalizeCode("OIL23-45678")).toBe("0112345678");
    expect(normalizeCode("oil23 45678")).toBe("0112345678");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeCode("")).toBeNull();
    expect(normalizeCode("7KQ2M-9XDR")).toBeNull(); // 9 characters
    expect(normalizeCode("7KQ2M-9XDRAB")).toBeNull(); // 11
    expect(normalizeCode("7KQ2M-9XDRU")).toBeNull(); // U is not in the alphabet
    expect(normalizeCode("nguyen thi")).toBeNull();
    expect(normalizeCode("Nguyễn Thị")).toBeNull();
    expect(normalizeCode(null)).toBeNull();
  });

  it("are shown in two groups of five", () => {
    expect(formatCode("7KQ2M9XDRA")).toBe("7KQ2M-9XDRA");
  });

  it("are found in what a QR code holds: the code, or a link carrying it", () => {
    expect(codeFromScan("7kq2m-9xdra\n")).toBe("7KQ2M9XDRA");
    expect(codeFromScan("https://antq.example/c/7KQ2M-9XDRA")).toBe("7KQ2M9XDRA");
    expect(codeFromScan("https://antq.example/check-in?code=7KQ2M9XDRA")).toBe("7KQ2M9XDRA");
    expect(codeFromScan("WIFI:S:cafe;T:WPA;P:secret;;")).toBeNull();
  });
});
