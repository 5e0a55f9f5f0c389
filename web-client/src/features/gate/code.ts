// Check-in codes as the API reads them: 10 characters of Crockford's base32 (no I, L, O or U).

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 10;

/**
 * A typed or scanned code in its stored form, the way the server normalises it: upper case, spaces and dashes dropped,
 * O read as 0 and I/L as 1. Null when it cannot be a code.
 */
export function normalizeCode(typed: string | null | undefined): string | null {
  if (!typed || typed.length > 64) return null;
  let code = "";
  for (const c of typed.toUpperCase()) {
    if (c === " " || c === "-") continue;
    const read = c === "O" ? "0" : c === "I" || c === "L" ? "1" : c;
    if (!ALPHABET.includes(read) || code.length === CODE_LENGTH) return null;
    code += read;
  }
  return code.length === CODE_LENGTH ? code : null;
}

/** "7KQ2M9XDRA" → "7KQ2M-9XDRA", as badges print it. */
export function formatCode(code: string): string {
  return code.length === CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/**
 * The code in what a QR code holds: the code itself, or a link that carries it (?code=… or as its last path segment).
 */
export function codeFromScan(data: string): string | null {
  const direct = normalizeCode(data.trim());
  if (direct) return direct;
  try {
    const url = new URL(data.trim());
    const fromQuery = normalizeCode(url.searchParams.get("code"));
    if (fromQuery) return fromQuery;
    return normalizeCode(decodeURIComponent(url.pathname.split("/").filter(Boolean).pop() ?? ""));
  } catch {
    return null;
  }
}
