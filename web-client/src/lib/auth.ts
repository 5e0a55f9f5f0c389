import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { api, ApiError, unwrap, type Schemas } from "./api";
import { forgetSavedLists } from "./deviceData";
import { allUnitsQueryOptions } from "./resources/units";
import { sessionFrom, setSession, useSession } from "./session";

export type Me = Schemas["MeResponse"];
type Tokens = Schemas["AccessTokenResponse"];

export const meKey = (refreshToken: string | undefined) => ["me", refreshToken] as const;

export async function signIn(email: string, password: string) {
  const { data, error, response } = await api.POST("/api/v1/auth/login", { body: { email, password } });
  if (!response.ok) throw new ApiError({ ...(error as object), status: response.status });
  setSession(sessionFrom(data as Tokens));
}

/** Changes one's own password; the API answers with a fresh token pair, which becomes the session. */
export async function changePassword(body: Schemas["ChangePasswordCommand"]) {
  const tokens = await unwrap(api.POST("/api/v1/auth/password", { body }));
  setSession(sessionFrom(tokens));
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The new session has a new refresh token, so "me" is asked again and mustChangePassword drops.
    onSuccess: () => client.invalidateQueries({ queryKey: ["me"] }),
  });
}

/** Who is signed in and what they may do; nothing when signed out. */
export function useAuth() {
  const session = useSession();
  const client = useQueryClient();
  const me = useQuery({
    queryKey: meKey(session?.refreshToken),
    queryFn: () => unwrap(api.GET("/api/v1/auth/me")),
    enabled: !!session,
    staleTime: 5 * 60_000,
  });
  const roles = session ? (me.data?.roles ?? []) : [];
  return {
    signedIn: !!session,
    loading: !!session && me.isPending,
    me: session ? me.data : undefined,
    /** The account was given a one-time password: nothing else works until a new one is chosen. */
    mustChangePassword: !!session && me.data?.mustChangePassword === true,
    isAdmin: roles.includes("admin"),
    canWrite: roles.includes("admin") || roles.includes("editor"),
    signOut: () => {
      // End the sign-in on the server too (its tokens stop working at once); the device forgets it either way.
      // The token goes along explicitly: the session is forgotten before the request leaves.
      if (session) void api.POST("/api/v1/auth/sign-out", { headers: { Authorization: `Bearer ${session.accessToken}` } }).catch(() => undefined);
      setSession(null);
      client.clear();
      forgetSavedLists();
    },
  };
}

/**
 * Which units the signed-in person may write in, as the API decides it: admins everywhere, editors in their units and
 * those units' descendants, everyone else nowhere. Lets the SPA offer only actions that will work.
 */
export function useWritableUnits() {
  const { me, isAdmin, canWrite } = useAuth();
  const editorOnly = canWrite && !isAdmin;
  const units = useQuery({ ...allUnitsQueryOptions(), enabled: editorOnly });
  const allowed = useMemo(() => {
    if (!editorOnly) return null;
    const children = new Map<string, string[]>();
    for (const unit of units.data ?? []) {
      if (unit.parentId) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
    }
    const reached = new Set<string>();
    const queue = [...(me?.unitIds ?? [])];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      queue.push(...(children.get(id) ?? []));
    }
    return reached;
  }, [editorOnly, units.data, me?.unitIds]);
  return {
    /** True when a record of this unit may be written (a record without a unit: only by unrestricted writers). */
    allows: (unitId: string | null | undefined) => canWrite && (allowed === null || (!!unitId && allowed.has(unitId))),
  };
}
