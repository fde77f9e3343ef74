import { App, Button, Col, Row, Tag } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { Report } from '../../../contract/reporting.js';
import { levelOfUnitKind } from '../../../core/reporting/targets.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useUnit } from '../units/useUnits.js';
import { ExemplaryTable } from './ExemplaryTable.js';
import { NarrativeSections } from './NarrativeSections.js';
import { draftOf } from './report-draft.js';
import { ReportFiles } from './ReportFiles.js';
import { warningsFor } from './report-warnings.js';
import { ReportReviewBar } from './ReportReviewBar.js';
import { ReportStatusTag } from './ReportStatusTag.js';
import { ReportSummary } from './ReportSummary.js';
import { ReportTimeline } from './ReportTimeline.js';
import { ReportValuesForm } from './ReportValuesForm.js';
import { SaveStatus } from './SaveStatus.js';
import { useAutosave } from './useAutosave.js';
import { useReport } from './useReports.js';
import { useSubmitReport } from './useSubmitReport.js';
import { ValidationPanel } from './ValidationPanel.js';

/** Báo cáo của một đơn vị: filled in and sent by the unit, returned or accepted by whoever asked for it. */
export function ReportPage() {
  const { id = '' } = useParams();
  // A new id is a new report: start its editor afresh rather than carry a draft across.
  return <ReportLoader key={id} id={id} />;
}

function ReportLoader({ id }: { id: string }) {
  const t = useT();
  const report = useReport(id);
  if (report.isPending) return <PageSpin />;
  if (report.isError) {
    return (
      <>
        <Link to={PATHS.reports}>{t('common.back')}</Link>
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      </>
    );
  }
  return <ReportEditor report={report.data} />;
}

function ReportEditor({ report }: { report: Report }) {
  const t = useT();
  const { message } = App.useApp();
  const autosave = useAutosave(report);
  const submit = useSubmitReport(report.id, autosave);
  const unit = useUnit(report.unitId);
  const level = unit.data ? levelOfUnitKind(unit.data.kind) : null;

  // Inputs freeze while a submit is on its way, so nothing typed then can race it.
  const editable = report.can.edit && !submit.pending;
  const serverDraft = useMemo(() => draftOf(report), [report]);
  // Read-only shows what the server holds, never edits that did not reach it.
  const shown = report.can.edit ? autosave.draft : serverDraft;
  const warnings = useMemo(() => warningsFor(report, shown.values), [report, shown.values]);

  const saveNow = async () => {
    if (await autosave.save()) void message.success(t('common.saved'));
  };

  return (
    <>
      <PageHeader
        breadcrumb={<Link to={PATHS.reports}>{t('nav.reports')}</Link>}
        title={report.assignmentTitle}
        tags={
          <>
            <ReportStatusTag status={report.status} />
            {report.daysLate !== null && report.daysLate > 0 && <Tag color="orange">{t('report.late', { days: report.daysLate })}</Tag>}
            {report.changesAfterAcceptance > 0 && <Tag color="purple">{t('report.changesAfterAcceptance', { count: report.changesAfterAcceptance })}</Tag>}
            {report.reopened && <Tag color="cyan">{t('report.reopened')}</Tag>}
          </>
        }
        extra={
          <>
            {report.can.edit && <SaveStatus state={autosave.state} savedAt={autosave.savedAt} />}
            {report.can.edit && (
              <Button onClick={() => void saveNow()} loading={autosave.state === 'saving' && !submit.pending} disabled={submit.pending}>
                {t('common.save')}
              </Button>
            )}
            {report.can.submit && (
              <Button type="primary" onClick={() => void submit.submit()} loading={submit.pending}>
                {t('report.submit')}
              </Button>
            )}
          </>
        }
      />
      <ReportSummary report={report} />
      <ReportReviewBar report={report} onStale={autosave.reloadStale} />
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={16}>
          <ReportValuesForm
            report={report}
            warnings={warnings}
            values={shown.values}
            editable={editable}
            fieldErrors={autosave.fieldErrors}
            level={level}
            onChange={(indicatorId, value) => {
              const indicator = report.indicators.find((i) => i.id === indicatorId);
              autosave.update((d) => ({ ...d, values: { ...d.values, [indicatorId]: value } }), [
                `values.${indicatorId}`,
                ...(indicator ? [`values.${indicator.code}`] : []),
              ]);
            }}
          />
          <NarrativeSections
            sections={report.template.sections}
            narrative={shown.narrative}
            editable={editable}
            fieldErrors={autosave.fieldErrors}
            onChange={(key, text) => autosave.update((d) => ({ ...d, narrative: { ...d.narrative, [key]: text } }), [`narrative.${key}`])}
          />
          {report.template.exemplaryList && (
            <ExemplaryTable
              rows={shown.exemplary}
              editable={editable}
              fieldErrors={autosave.fieldErrors}
              onChange={(rows, fields) => autosave.update((d) => ({ ...d, exemplary: rows }), fields)}
            />
          )}
        </Col>
        <Col xs={24} xl={8}>
          <ValidationPanel
            issues={report.issues}
            warnings={warnings}
            warningComments={shown.warningComments}
            editable={editable}
            fieldErrors={autosave.fieldErrors}
            onComment={(code, text) =>
              autosave.update((d) => ({ ...d, warningComments: { ...d.warningComments, [code]: text } }), [`warningComments.${code}`])
            }
          />
          <ReportFiles report={report} editable={editable} fieldErrors={autosave.fieldErrors} beforeChange={autosave.save} />
          <ReportTimeline events={report.events} />
        </Col>
      </Row>
    </>
  );
}
