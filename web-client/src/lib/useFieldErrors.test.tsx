import { Button, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Providers, createQueryClient } from "../app/App";
import { FormErrorBanner } from "../components/ErrorBanner";
import { ApiError } from "./api";
import { toFormPath, useFieldErrors } from "./useFieldErrors";

const invalid = new ApiError({
  status: 400,
  title: "One or more fields are invalid.",
  traceId: "00-trace-01",
  errors: {
    "services[0].count": ["Số lượng không được âm."],
    endsAt: ["Thời gian kết thúc phải sau thời gian bắt đầu."],
    secretField: ["Trường này không có trên biểu mẫu."],
  },
});

function Demo({ failWith }: { failWith: unknown }) {
  const form = useForm({ mode: "controlled", initialValues: { title: "", endsAt: "", services: [{ count: "" }] } });
  const { attachForm, ...errors } = useFieldErrors(form);
  const submit = form.onSubmit(() => errors.show(failWith));
  return (
    <Providers client={createQueryClient()}>
      <form ref={attachForm} onSubmit={submit} noValidate>
        <FormErrorBanner state={errors} />
        <TextInput label="Tên sự kiện" {...form.getInputProps("title")} />
        <TextInput label="Kết thúc" {...form.getInputProps("endsAt")} />
        <TextInput label="Số lượt phục vụ" {...form.getInputProps("services.0.count")} />
        <Button type="submit">Lưu</Button>
      </form>
    </Providers>
  );
}

describe("useFieldErrors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("maps the API's field paths to the form's", () => {
    expect(toFormPath("services[0].count")).toBe("services.0.count");
    expect(toFormPath("agenda[12].title")).toBe("agenda.12.title");
    expect(toFormPath("endsAt")).toBe("endsAt");
  });

  it("puts field errors next to their fields, the rest in the banner with the traceId", async () => {
    render(<Demo failWith={invalid} />);
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    expect(await screen.findByLabelText("Kết thúc")).toHaveAccessibleDescription("Thời gian kết thúc phải sau thời gian bắt đầu.");
    expect(screen.getByLabelText("Số lượt phục vụ")).toHaveAccessibleDescription("Số lượng không được âm.");
    expect(screen.getByLabelText("Tên sự kiện")).not.toHaveAttribute("aria-invalid", "true");
    const banner = screen.getByRole("alert");
    expect(banner).toHaveTextContent("Trường này không có trên biểu mẫu.");
    expect(banner).toHaveTextContent("Mã tra cứu lỗi: 00-trace-01");
  });

  it("scrolls the first invalid field into view after a failed save, and focuses it (phones!)", async () => {
    const scrolled: Element[] = [];
    vi.spyOn(window.HTMLElement.prototype, "scrollIntoView").mockImplementation(function (this: Element) { scrolled.push(this); });
    render(<Demo failWith={invalid} />);
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    const endsAt = await screen.findByLabelText("Kết thúc");
    await vi.waitFor(() => expect(scrolled[0]).toBe(endsAt));
    expect(endsAt).toHaveFocus();
  });

  it("scrolls to the banner when no field is to blame, and asks to reload after a stale edit (412)", async () => {
    const scrolled: Element[] = [];
    vi.spyOn(window.HTMLElement.prototype, "scrollIntoView").mockImplementation(function (this: Element) { scrolled.push(this); });
    render(<Demo failWith={new ApiError({ status: 412, title: "Precondition failed", traceId: "00-stale-01" })} />);
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    const banner = await screen.findByRole("alert");
    expect(banner).toHaveTextContent("Người khác vừa thay đổi bản ghi này.");
    expect(screen.getByRole("button", { name: "Tải lại trang" })).toBeInTheDocument();
    await vi.waitFor(() => expect(scrolled[0]).toBe(banner));
  });
});
