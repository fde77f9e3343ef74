/** The words of a reminder (nhắc hạn báo cáo), the same in the app and in the e-mail. */
import { formatDateVi } from '../../../core/dates.js';
import { daysUntil } from '../../../core/reporting/deadlines.js';

export interface ReminderMessage {
  title: string;
  body: string;
  /** Where the unit fills in its report. */
  link: string;
}

export function reminderMessage(a: { id: string; title: string; dueOn: string }, unitName: string, now: Date): ReminderMessage {
  const days = daysUntil(a.dueOn, now);
  const when = days < 0 ? `, đã quá hạn ${-days} ngày` : days === 0 ? ', hôm nay là ngày cuối' : `, còn ${days} ngày`;
  return {
    title: `Nhắc hạn báo cáo: ${a.title}`,
    body: `${unitName} chưa gửi báo cáo “${a.title}”, hạn chậm nhất ngày ${formatDateVi(a.dueOn)}${when}.`,
    link: `/bao-cao?assignmentId=${a.id}`,
  };
}

export function reminderEmailText(m: ReminderMessage): string {
  return [
    m.body,
    '',
    'Đề nghị đăng nhập phần mềm thidua, vào mục Báo cáo để hoàn thành và gửi báo cáo.',
    '',
    '— Thư gửi tự động từ thidua, xin không trả lời thư này.',
  ].join('\n');
}
