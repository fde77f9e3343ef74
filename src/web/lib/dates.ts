import dayjs, { type Dayjs } from 'dayjs';
import { todayInVietnam } from '../../core/dates.js';

/** Ant Design's DatePicker shows dates the Vietnamese way. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** DatePicker value → ISO calendar date ("2025-07-01"), or null. */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** ISO calendar date → DatePicker value. */
export function fromIsoDate(iso: string | null | undefined): Dayjs | undefined {
  return iso ? dayjs(iso, 'YYYY-MM-DD') : undefined;
}

/** Today in Vietnam, whatever the browser's time zone. */
export function todayValue(): Dayjs {
  return dayjs(todayInVietnam(), 'YYYY-MM-DD');
}
