// Files the API answers (spreadsheet exports) need the caller's token, so they are fetched and handed to the browser
// as a download instead of being plain links.
import { ApiError, type Problem } from "./api";
import { getSession, refreshSession } from "./session";
import { STORAGE_KEYS } from "./storageKeys";

/** The file name from Content-Disposition (RFC 6266, with filename* preferred), else the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) return decodeURIComponent(encoded[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** Fetches a file from the API with the signed-in user's token and saves it under the name the API gives. */
export async function downloadFile(path: string, query: Record<string, string | number | undefined>, fallbackName: string): Promise<void> {
  const url = new URL(path, globalThis.location.origin);
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") url.searchParams.set(key, String(value));
  const send = () => {
    const headers = new Headers({ "Accept-Language": globalThis.localStorage?.getItem(STORAGE_KEYS.language) ?? "vi" });
    const session = getSession();
    if (session) headers.set("Authorization", `Bearer ${session.accessToken}`);
    return fetch(url, { headers });
  };
  let response = await send();
  // An expired access token is renewed once, as the API client does for every other call.
  if (response.status === 401 && getSession() && (await refreshSession())) response = await send();
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({ ...problem, status: response.status });
  }
  const blob = await response.blob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileNameFrom(response.headers.get("Content-Disposition"), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
