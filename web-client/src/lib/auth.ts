import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError, unwrap, type Schemas } from "./api";
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
      setSession(null);
      client.clear();
    },
  };
}
