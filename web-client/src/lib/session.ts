import { useSyncExternalStore } from "react";
import { STORAGE_KEYS } from "./storageKeys";

/** A signed-in person's tokens. Kept in localStorage so a reload or a new tab stays signed in. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token stops working. */
  expiresAt: number;
}

const STORAGE_KEY = STORAGE_KEYS.session;
const REFRESH_LOCK = "antq.session.refresh";
const listeners = new Set<() => void>();
let current: Session | null = load();

function load(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null) {
  current = session;
  if (session) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(session));
  else globalThis.localStorage?.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export function sessionFrom(tokens: TokenResponse): Session {
  return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: Date.now() + tokens.expiresIn * 1000 };
}

// Another tab signed in, refreshed or signed out: every tab follows the tokens in storage.
globalThis.addEventListener?.("storage", (event: StorageEvent) => {
  if (event.key !== STORAGE_KEY) return;
  current = load();
  listeners.forEach((listener) => listener());
});

let refreshing: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for new tokens, once even when many requests ask at the same time — also across tabs.
 * A refresh token works once (reusing a spent one ends the session everywhere), so tabs take turns through a Web Lock
 * and a tab whose token another tab already spent adopts the new tokens instead of refreshing again.
 */
export function refreshSession(): Promise<boolean> {
  const spent = current?.refreshToken;
  if (!spent) return Promise.resolve(false);
  refreshing ??= withRefreshLock(async () => {
    try {
      const stored = load();
      if (stored && stored.refreshToken !== spent) {
        setSession(stored);
        return true;
      }
      const response = await globalThis.fetch(new Request(`${globalThis.location?.origin ?? ""}/api/v1/auth/refresh`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ refreshToken: spent }),
      }));
      if (!response.ok) {
        // Only a refused refresh token ends the session; a busy or unreachable server (429, 503) leaves it for later.
        if (response.status === 401) setSession(null);
        return false;
      }
      setSession(sessionFrom((await response.json()) as TokenResponse));
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  });
  return refreshing;
}

function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request(REFRESH_LOCK, task) as Promise<T>) : task();
}
