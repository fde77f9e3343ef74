/**
 * What the parser reports instead of guessing. Every problem has a stable code (for machines and
 * tests) and a Vietnamese message for the person who has to fix the document.
 */
import type { ParseProblem } from '../../contract/documents.js';

const MESSAGES = {
  empty_text: () => 'Văn bản trống: không có nội dung để đọc.',
  binary_content: () => 'Nội dung có nhiều ký tự không phải chữ (có thể là tệp nhị phân): không đọc được văn bản.',
  control_characters: () => 'Văn bản có ký tự điều khiển lạ; đã bỏ qua các ký tự đó.',
  legacy_encoding: (font: string) =>
    `Văn bản gõ bằng phông chữ cũ (${font}) nên dấu tiếng Việt bị hiển thị sai; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi đọc lại.`,
  mojibake: () => 'Văn bản Unicode (UTF-8) đã bị đọc sai bảng mã (chữ dạng “Cá»™ng hÃ²a”); hãy mở lại tệp với bảng mã UTF-8.',
  text_truncated: (limit: string) => `Văn bản quá dài: chỉ đọc ${limit} ký tự đầu.`,
  unrecognised: () => 'Không nhận ra văn bản hành chính: không thấy số, ký hiệu, cơ quan ban hành, trích yếu hay ngày tháng.',
  missing_number: () => 'Số văn bản để trống (bản dự thảo hoặc văn bản chưa vào sổ).',
  unreadable_number: (raw: string) => `Không đọc được số văn bản “${raw}”: không có số nào được ghi nhận.`,
  missing_day_month: () => 'Ngày ban hành để trống ngày hoặc tháng (bản dự thảo?): chỉ ghi nhận năm.',
  unreadable_date: () => 'Không đọc được ngày, tháng ban hành (chữ bị hỏng).',
  impossible_date: (raw: string) => `Ngày “${raw}” không tồn tại; hãy kiểm tra lại văn bản gốc.`,
  issuer_place_mismatch: (issuerWords: string, place: string) =>
    `Tên cơ quan ban hành viết “${issuerWords}” nhưng địa danh viết “${place}”: có thể sai chính tả ở một trong hai chỗ.`,
  reference_after_document: (ref: string, refDate: string, docDate: string) =>
    `Văn bản được dẫn ${ref} có ngày ${refDate}, sau ngày ban hành ${docDate}: kiểm tra lại số hoặc ngày.`,
  missing_signature: () => 'Không thấy khối chữ ký: văn bản có thể bị cắt trước phần ký.',
  internal_error: () => 'Lỗi khi phân tích văn bản: một phần kết quả có thể thiếu.',
} as const;

export type ProblemCode = keyof typeof MESSAGES;

export function problem<C extends ProblemCode>(
  code: C,
  excerpt: string,
  ...args: Parameters<(typeof MESSAGES)[C]>
): ParseProblem {
  const message = (MESSAGES[code] as (...a: string[]) => string)(...(args as string[]));
  return { code, message, excerpt: excerpt.slice(0, 300) };
}
