/** What makes an indicator consistent: roll-up rule against value type, percent bounds, the weight of a weighted average. */
import type { CreateIndicatorBody } from '../../../contract/reporting.js';
import { invalidField } from '../../service-errors.js';
import type { IndicatorRow } from './indicators.repo.js';

// A text cannot be added up or averaged; a yes/no sums to "how many said yes" or averages to "what share".
const RULES_OF_TYPE: Record<string, readonly string[]> = {
  text: ['none', 'last'],
  boolean: ['sum', 'avg', 'none'],
};

const RULE_NAMES: Record<string, string> = { sum: 'cộng', avg: 'trung bình', none: 'không tổng hợp', last: 'giá trị mới nhất' };
const TYPE_NAMES: Record<string, string> = { text: 'văn bản', boolean: 'có/không' };

/**
 * Checks an indicator against itself and the movement's other indicators (`siblings`, without
 * itself). Throws 400 naming the field at fault.
 */
export function checkIndicator(body: CreateIndicatorBody, siblings: IndicatorRow[], selfId?: string): void {
  const allowed = RULES_OF_TYPE[body.valueType];
  if (allowed && !allowed.includes(body.rule)) {
    throw invalidField(
      'rule',
      `Chỉ tiêu kiểu ${TYPE_NAMES[body.valueType]} chỉ tổng hợp theo cách: ${allowed.map((r) => RULE_NAMES[r]).join(', ')}`,
    );
  }
  if (body.rule === 'wavg') {
    if (!body.denominatorIndicatorId) {
      throw invalidField('denominatorIndicatorId', 'Tổng hợp trung bình có trọng số cần chọn chỉ tiêu làm trọng số');
    }
    if (body.denominatorIndicatorId === selfId) {
      throw invalidField('denominatorIndicatorId', 'Chỉ tiêu không làm trọng số cho chính nó được');
    }
    const weight = siblings.find((s) => s.id === body.denominatorIndicatorId);
    if (!weight) throw invalidField('denominatorIndicatorId', 'Chỉ tiêu làm trọng số phải là một chỉ tiêu của cùng phong trào');
    if (weight.valueType !== 'number') throw invalidField('denominatorIndicatorId', `Chỉ tiêu làm trọng số (${weight.code}) phải là chỉ tiêu kiểu số`);
  } else if (body.denominatorIndicatorId) {
    throw invalidField('denominatorIndicatorId', 'Chỉ chọn chỉ tiêu làm trọng số khi tổng hợp trung bình có trọng số');
  }
  if (body.valueType === 'text' && body.targets.length) {
    throw invalidField('targets', 'Chỉ tiêu kiểu văn bản không có mục tiêu bằng số');
  }
  if (body.valueType === 'percent') {
    const outside = body.targets.some((t) => t.value < 0 || t.value > 100 || (t.valueMax !== null && (t.valueMax < 0 || t.valueMax > 100)));
    if (outside) throw invalidField('targets', 'Mục tiêu tỷ lệ phải trong khoảng từ 0 đến 100 %');
    if (body.baseline !== null && (body.baseline < 0 || body.baseline > 100)) {
      throw invalidField('baseline', 'Giá trị gốc của tỷ lệ phải trong khoảng từ 0 đến 100 %');
    }
  }
  // Another indicator weighs its average by this one: it must stay a number.
  if (selfId && body.valueType !== 'number') {
    const dependents = siblings.filter((s) => s.denominatorIndicatorId === selfId);
    if (dependents.length) {
      throw invalidField('valueType', `Chỉ tiêu đang làm trọng số cho ${dependents.map((d) => d.code).join(', ')}: phải giữ kiểu số`);
    }
  }
}
