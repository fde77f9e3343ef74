import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, List, Typography } from 'antd';
import { PageHeader } from '../../components/PageHeader.js';
import { UnitYearFilter, useUnitYearParams } from '../../components/UnitYearFilter.js';
import { useT } from '../../i18n/useT.js';
import { useDownload } from '../transfer/useDownload.js';

/** The forms of Circular 02/2023/TT-BNV the server computes (GET /api/statistics/tt02/:form.xlsx). */
const FORMS = ['0601', '0602', '0603', '0604', '0605'] as const;

/**
 * Báo cáo thống kê thi đua, khen thưởng: pick the reporting unit and the year, then download
 * each form as Excel, counted from the data of the unit and every unit under it.
 */
export function StatisticsPage() {
  const t = useT();
  // The report of a year is due on 15/12 of that year, so this year is the usual choice.
  const { unitId, year, thisYear } = useUnitYearParams();
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i);
  const { download, pending } = useDownload();

  return (
    <>
      <PageHeader title={t('nav.statistics')} />
      <Typography.Paragraph type="secondary">{t('statistics.intro')}</Typography.Paragraph>
      <UnitYearFilter unitLabel={t('statistics.unit')} yearLabel={t('statistics.year')} years={years} includeClosed />
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
