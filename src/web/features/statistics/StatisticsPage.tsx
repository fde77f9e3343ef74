import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Select, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../core/dates.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useT } from '../../i18n/useT.js';
import { useSession } from '../session/useSession.js';
import { useDownload } from '../transfer/useDownload.js';
import { UnitSelect } from '../units/UnitSelect.js';

/** The forms of Circular 02/2023/TT-BNV the server computes (GET /api/statistics/tt02/:form.xlsx). */
const FORMS = ['0601', '0602', '0603', '0604', '0605'] as const;

/**
 * Báo cáo thống kê thi đua, khen thưởng: pick the reporting unit and the year, then download
 * each form as Excel, counted from the data of the unit and every unit under it.
 */
export function StatisticsPage() {
  const t = useT();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const unitId = params.get('donVi') ?? user.scopeUnitId;
  // The report of a year is due on 15/12 of that year, so this year is the usual choice.
  const year = Number(params.get('nam')) || thisYear;
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i);
  const { download, pending } = useDownload();

  const setParam = (key: string, value: string | number) => {
    const next = new URLSearchParams(params);
    next.set(key, String(value));
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('nav.statistics')} />
      <Typography.Paragraph type="secondary">{t('statistics.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          <div style={{ width: 360, maxWidth: '100%' }}>
            <UnitSelect
              aria-label={t('statistics.unit')}
              ancestorId={user.scopeUnitId}
              status="all"
              known={[{ id: user.scopeUnitId, name: user.scopeUnitName }]}
              allowClear={false}
              value={unitId}
              onChange={(v) => v && setParam('donVi', v)}
            />
          </div>
          <Select<number>
            aria-label={t('statistics.year')}
            value={year}
            onChange={(v) => setParam('nam', v)}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 120 }}
          />
        </Flex>
      </Card>
      <Card size="small">
        <List
          dataSource={[...FORMS]}
          renderItem={(form) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  icon={<FileExcelOutlined />}
                  loading={pending === form}
                  aria-label={t('statistics.downloadForm', { form: `${form}.N` })}
                  onClick={() => void download(form, `/api/statistics/tt02/${form}.xlsx`, { unitId, year }, `bieu-${form}N-${year}.xlsx`)}
                >
                  {t('statistics.download')}
                </Button>,
              ]}
            >
              <List.Item.Meta title={t('statistics.formTitle', { form: `${form}.N`, name: t(`statistics.form.${form}`) })} />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
