import createClient from "openapi-fetch";
import { getSession, refreshSession } from "./session";
import type { components, paths } from "../api/schema";
import { STORAGE_KEYS } from "./storageKeys";

export type Schemas = components["schemas"];

/** RFC 9457 problem details as the API writes them. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
}

/** A non-2xx answer from the API, carrying its problem details. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status() {
    return this.problem.status;
  }

  /** Field errors keyed by the API's camelCase field paths ("endsAt", "services[0].count"). */
  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }
}

// openapi-fetch captures fetch when the client is created: look it up per call so tests can replace it.
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? "",
  fetch: (request) => globalThis.fetch(request),
});

const AUTH_PATHS = ["/api/v1/auth/login", "/api/v1/auth/refresh"];
const retryCopies = new WeakMap<Request, Request>();

api.use({
  onRequest({ request }) {
    const language = globalThis.localStorage?.getItem(STORAGE_KEYS.language) ?? "vi";
    request.headers.set("Accept-Language", language);
    const session = getSession();
    if (session && !AUTH_PATHS.includes(new URL(request.url).pathname)) {
      request.headers.set("Authorization", `Bearer ${session.accessToken}`);
      retryCopies.set(request, request.clone());
    }
    return request;
  },
  // Silent refresh: an expired access token is exchanged once and the request sent again. If the session cannot be
  // renewed, the request is sent again without it, so public pages keep working for a signed-out visitor.
  async onResponse({ request, response }) {
    const copy = retryCopies.get(request);
    if (response.status !== 401 || !copy) return response;
    const renewed = await refreshSession();
    const session = getSession();
    if (renewed && session) copy.headers.set("Authorization", `Bearer ${session.accessToken}`);
    else copy.headers.delete("Authorization");
    return globalThis.fetch(copy);
  },
});

/** Returns the data of a successful call, or throws an ApiError with the problem details. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const problem = (typeof error === "object" && error !== null ? error : {}) as Partial<Problem>;
  throw new ApiError({ ...problem, status: response.status });
}

/** A record with the ETag it was read at, to send back as If-Match so a stale edit is refused (412). */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

/** Like unwrap, keeping the response's ETag. */
export async function unwrapVersioned<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Versioned<T>> {
  const data = await unwrap(call);
  return { data, etag: (await call).response.headers.get("ETag") };
}

/** The If-Match header for an edit of a record read at `etag`. */
export const ifMatch = (etag: string | null | undefined): Record<string, string> => (etag ? { "If-Match": etag } : {});
