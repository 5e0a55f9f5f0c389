/** Folds Vietnamese text for matching: "Định Công" → "dinh cong". The API folds the same way for server search. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}
