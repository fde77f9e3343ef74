import { App, DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate, todayValue } from '../../lib/dates.js';
import { formatMoney, groupThousands, parseAmount } from '../decisions/money.js';
import { useAddFundIncome } from './useFund.js';

interface Values {
  entryOn: Dayjs;
  amount: number;
  description: string;
}

/** Thêm khoản thu: an income of the fund (trích lập, nguồn thu) on a date. */
export function FundIncomeModal({ unitId, year, onClose }: { unitId: string; year: number; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const add = useAddFundIncome();
  const today = todayValue();
  // An entry for another year than the one shown starts on its first day.
  const initialDay = today.year() === year ? today : fromIsoDate(`${year}-01-01`);

  return (
    <FormModal open title={t('fund.addIncome')} form={form} onClose={onClose} pending={add.isPending} width={520}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ entryOn: initialDay }}
        onFinish={(v) =>
          add.mutate(
            { unitId, entryOn: toIsoDate(v.entryOn)!, amount: v.amount, description: v.description.trim() },
            {
              onSuccess: () => {
                void message.success(t('fund.incomeSaved', { amount: formatMoney(v.amount) }));
                onClose();
              },
              onError: (error) => saveError(error, form, onClose),
            },
          )
        }
      >
        <Form.Item label={t('fund.entryOn')} name="entryOn" rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={DATE_FORMAT} aria-label={t('fund.entryOn')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('fund.amount')} name="amount" rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber<number>
            min={1}
            max={1e13}
            precision={0}
            step={100_000}
            suffix="đ"
            // Thousands grouped with dots as Vietnamese write money; typed dots are read back as grouping.
            formatter={(v) => groupThousands(v)}
            parser={(v) => parseAmount(v) ?? 0}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('fund.description')} name="description" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} placeholder={t('fund.descriptionPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
