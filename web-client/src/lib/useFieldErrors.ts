import { useCallback, useEffect, useState } from "react";
import { ApiError } from "./api";

/** The part of Mantine's form that the helper needs. */
interface FormLike {
  getValues: () => unknown;
  setErrors: (errors: Record<string, string>) => void;
  clearErrors: () => void;
}

/** "services[0].count" → "services.0.count", the path Mantine's form uses. */
export function toFormPath(apiField: string): string {
  return apiField.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}

function hasPath(values: unknown, path: string): boolean {
  let current: unknown = values;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || !(part in current)) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}

export interface FieldErrorsState {
  /** Attach to the <form>: a failed save scrolls its first error into view (on a phone it may be far above). */
  attachForm: (form: HTMLFormElement | null) => void;
  /** The error for the banner (what belongs to no field, with its traceId), or null. */
  bannerError: unknown;
  /** API field messages whose field the form does not show, listed in the banner. */
  unplacedMessages: string[];
  /** Call with a failed save's error. */
  show: (error: unknown) => void;
  /** Call before a new attempt. */
  clear: () => void;
}

/**
 * The one way forms show the API's verdict: ProblemDetails `errors` next to their fields (keys are the API's camelCase
 * paths; `aliases` maps those a form shows elsewhere), everything else in a banner with the traceId, and the first
 * error scrolled into view.
 */
export function useFieldErrors(form: FormLike, aliases: Record<string, string> = {}): FieldErrorsState {
  // A callback ref kept in state: the effect below reads the element, and nothing reads a ref during render.
  const [formElement, attachForm] = useState<HTMLFormElement | null>(null);
  const [bannerError, setBannerError] = useState<unknown>(null);
  const [unplacedMessages, setUnplaced] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const show = useCallback((error: unknown) => {
    const placed: Record<string, string> = {};
    const unplaced: string[] = [];
    const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
    const values = form.getValues();
    for (const [field, messages] of Object.entries(fieldErrors)) {
      const path = aliases[field] ?? toFormPath(field);
      const message = messages.join(" ");
      if (path && hasPath(values, path)) placed[path] = placed[path] ? `${placed[path]} ${message}` : message;
      else unplaced.push(message);
    }
    form.setErrors(placed);
    setUnplaced(unplaced);
    setBannerError(error);
    setAttempt((n) => n + 1);
  }, [form, aliases]);

  const clear = useCallback(() => {
    form.clearErrors();
    setBannerError(null);
    setUnplaced([]);
  }, [form]);

  // After the errors render: the first invalid field, else the banner, comes into view and the field takes the focus.
  useEffect(() => {
    if (attempt === 0) return;
    const root = formElement;
    if (!root) return;
    const target = root.querySelector<HTMLElement>("[aria-invalid='true']") ?? root.querySelector<HTMLElement>("[role='alert']");
    if (!target) return;
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    // Fields that open a picker on focus (dates) would cover their own error message: those are only scrolled to.
    if (target.getAttribute("aria-invalid") === "true" && !target.hasAttribute("aria-haspopup")) target.focus({ preventScroll: true });
  }, [attempt, formElement]);

  return { attachForm, bannerError, unplacedMessages, show, clear };
}
