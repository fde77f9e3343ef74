/**
 * `thidua audit verify`: walks the audit log's hash chain and names the first entry changed or
 * following a removed one. Exit code 1 when the chain is broken, so a scheduled check can alert.
 */
import type { Command } from 'commander';
import { formatDateTimeVi } from '../core/dates.js';
import type { ChainVerification } from '../server/modules/audit/audit-verify.js';
import { verifyAuditChain } from '../server/modules/audit/audit-verify.js';
import type { WithContext } from './reminders.js';

const REASONS = {
  changed: 'đã bị sửa sau khi ghi',
  unlinked: 'không nối tiếp mục đứng trước: mục đó đã bị sửa hoặc bị xóa',
  unchained: 'chưa bao giờ được nối vào chuỗi: được ghi thẳng vào cơ sở dữ liệu',
} as const;

/** The lines printed, and whether the chain holds. */
export function formatVerification(v: ChainVerification): { ok: boolean; lines: string[] } {
  const count = v.checked.toLocaleString('vi-VN');
  const head = v.head ? `mục cuối #${v.head.id} lúc ${formatDateTimeVi(v.head.at)}, mã băm ${v.head.hash}` : null;
  if (!v.broken) {
    return {
      ok: true,
      lines: v.head
        ? [`Nhật ký kiểm toán toàn vẹn: ${count} mục.`, `Đầu chuỗi: ${head}.`, 'Ghi lại mã băm này: lần kiểm tra sau mà đầu chuỗi lùi lại là các mục cuối đã bị cắt.']
        : ['Nhật ký kiểm toán chưa có mục nào.'],
    };
  }
  const b = v.broken;
  const place = b.chainSeq === null ? '' : ` (thứ ${b.chainSeq.toLocaleString('vi-VN')} trong chuỗi)`;
  return {
    ok: false,
    lines: [
      `Nhật ký kiểm toán KHÔNG toàn vẹn: mục #${b.id}${place}, ${b.action} lúc ${formatDateTimeVi(b.at)}, ${REASONS[b.reason]}.`,
      `${count} mục trước đó toàn vẹn${head ? `; mục toàn vẹn cuối cùng: ${head}` : ''}.`,
    ],
  };
}

export function addAuditCommand(program: Command, withContext: WithContext): void {
  program
    .command('audit')
    .description('Nhật ký kiểm toán')
    .command('verify')
    .description('Kiểm tra chuỗi mã băm của nhật ký kiểm toán: chỉ ra mục đầu tiên bị sửa hoặc đứng sau một mục bị xóa (mã thoát 1)')
    .action(async () => {
      const { ok, lines } = formatVerification(await withContext((ctx) => verifyAuditChain(ctx.db)));
      for (const line of lines) (ok ? console.log : console.error)(line);
      if (!ok) process.exitCode = 1;
    });
}
