import { Input, InputNumber, Radio } from 'antd';
import type { Indicator, ReportValue } from '../../../contract/reporting.js';
import { MAX_TEXT_LENGTH } from '../../../core/reporting/validation.js';
import { useT } from '../../i18n/useT.js';

interface ValueInputProps {
  indicator: Indicator;
  value: ReportValue | undefined;
  onChange: (value: ReportValue) => void;
  status?: 'error' | 'warning';
  disabled?: boolean;
  /** Id of the element that explains an error, for screen readers. */
  describedBy?: string;
}

/** The input for one indicator, by its value type; labelled with the indicator's name. */
export function ValueInput({ indicator, value, onChange, status, disabled, describedBy }: ValueInputProps) {
  const t = useT();
  const common = { 'aria-label': indicator.name, 'aria-describedby': describedBy, 'aria-invalid': status === 'error' || undefined, disabled };
  switch (indicator.valueType) {
    case 'number':
    case 'percent': {
      const percent = indicator.valueType === 'percent';
      return (
        <InputNumber<number>
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
          // Vietnamese writes 12,5: the comma is the decimal separator (and the dot groups thousands elsewhere).
          decimalSeparator=","
          // No min/max: antd would silently clamp 150 to 100; the server names the field instead.
          suffix={percent ? '%' : undefined}
          status={status}
          style={{ width: '100%', maxWidth: 220 }}
        />
      );
    }
    case 'boolean':
      return (
        <Radio.Group
          {...common}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={(e) => onChange(e.target.value as boolean)}
          options={[
            { value: true, label: t('common.yes') },
            { value: false, label: t('common.no') },
          ]}
        />
      );
    case 'text':
      return (
        <Input.TextArea
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          autoSize={{ minRows: 1, maxRows: 8 }}
          maxLength={MAX_TEXT_LENGTH}
          status={status}
        />
      );
  }
}
