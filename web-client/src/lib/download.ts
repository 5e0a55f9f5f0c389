// Files the API answers (spreadsheet exports) need the caller's token, so they are fetched and handed to the browser
// as a download instead of being plain links.
import { ApiError, api, type Problem } from "./api";

/** The file name from Content-Disposition (RFC 6266, with filename* preferred), else the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) return decodeURIComponent(encoded[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Fetches a file from the API through the app's API client (so the token, the language and the silent refresh apply as
 * to every call) and saves it under the name the API gives.
 */
export async function downloadFile(path: string, query: Record<string, string | number | undefined>, fallbackName: string): Promise<void> {
  // The path comes resolved (no {placeholders}), which any export path's type accepts; the query is the list's filters.
  const { data, error, response } = await api.GET(path as "/api/v1/participants/export", {
    params: { query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as never },
    parseAs: "blob",
  });
  if (!response.ok || !data) throw new ApiError({ ...((error ?? {}) as Partial<Problem>), status: response.status });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(data as Blob);
  link.download = fileNameFrom(response.headers.get("Content-Disposition"), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
