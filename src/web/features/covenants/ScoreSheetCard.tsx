import { Alert, App, Button, Card, Flex, Input, InputNumber, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { Covenant, Criterion, UnitScores } from '../../../contract/covenants.js';
import { formatDateTimeVi, formatDateVi, todayInVietnam } from '../../../core/dates.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { ApiError } from '../../api/client.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { draftTotals, isPastDeadline, isSheetDirty, missingEvidence, scoredLines, sheetBody, sheetDraftOf, sheetFieldErrors, type SheetDraft, type SheetDraftLine } from './covenant-model.js';
import { CriterionKindTag, points, useCovenantError } from './covenant-parts.js';
import { EvidenceFiles } from './EvidenceFiles.js';
import { useSaveScores, useScoreSuggestions, useSubmitScores, useUnitScores } from './useCovenants.js';

/** Bảng tự chấm điểm of one member unit the user scores for, while scoring is open. */
export function ScoreSheetCard({ covenant, unitId }: { covenant: Covenant; unitId: string }) {
  const t = useT();
  const sheet = useUnitScores(covenant.id, unitId);
  const unitName = covenant.members.find((m) => m.unitId === unitId)?.unitName ?? '';
  // Kept outside the editor: a save remounts it (new version) and a following submit's refusal must still show.
  const [errors, setErrors] = useState<SheetErrors>(NO_ERRORS);
  return (
    <Card size="small" title={t('covenant.sheet.title', { unit: unitName })} style={{ marginBottom: 16 }} loading={sheet.isPending}>
      {sheet.isError && <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />}
      {/* Each saved version starts the inputs from what the server holds. */}
      {sheet.data && (
        <SheetEditor key={`${sheet.data.version ?? 'new'}-${sheet.data.status}`} covenant={covenant} sheet={sheet.data} errors={errors} setErrors={setErrors} />
      )}
    </Card>
  );
}

interface SheetErrors {
  byCriterion: Map<string, Record<string, string>>;
  general: string[];
}
const NO_ERRORS: SheetErrors = { byCriterion: new Map(), general: [] };

function SheetEditor({
  covenant: c,
  sheet,
  errors,
  setErrors,
}: {
  covenant: Covenant;
  sheet: UnitScores;
  errors: SheetErrors;
  setErrors: Dispatch<SetStateAction<SheetErrors>>;
}) {
  const t = useT();
  const { modal, message } = App.useApp();
  const covenantError = useCovenantError();
  const save = useSaveScores(c.id, sheet.unitId);
  const submit = useSubmitScores(c.id, sheet.unitId);
  const lines = useMemo(() => scoredLines(c.criteria), [c.criteria]);
  const saved = useMemo(() => sheetDraftOf(sheet), [sheet]);
  const [draft, setDraft] = useState<SheetDraft>(saved);
  const editable = sheet.canEdit;
  const tied = c.criteria.some((x) => x.indicatorId !== null);
  const suggestions = useScoreSuggestions(c.id, sheet.unitId, tied);
  const suggestionOf = new Map((suggestions.data?.items ?? []).map((x) => [x.criterionId, x]));
  const dirty = isSheetDirty(lines, draft, saved);
  const totals = draftTotals(c.criteria, draft);
  const filesOf = new Map(sheet.items.map((i) => [i.criterionId, i.files]));
  const needsEvidence = missingEvidence(lines, draft, new Set(sheet.items.filter((i) => i.files.length > 0).map((i) => i.criterionId)));
  const member = c.members.find((m) => m.unitId === sheet.unitId);
  const signed = Boolean(member?.signedAt);
  const late = isPastDeadline(c.scoringDeadline, todayInVietnam());

  const patch = (id: string, change: Partial<SheetDraftLine>) => {
    setDraft((d) => ({ ...d, [id]: { score: null, evidence: '', ...d[id], ...change } }));
    setErrors((e) => {
      if (!e.byCriterion.has(id)) return e;
      const byCriterion = new Map(e.byCriterion);
      byCriterion.delete(id);
      return { ...e, byCriterion };
    });
  };

  const onError = (error: unknown, body = sheetBody(lines, draft, sheet.version)) => {
    setErrors(error instanceof ApiError ? sheetFieldErrors(error.fields, body) : NO_ERRORS);
    covenantError(error, c.scoringDeadline);
  };

  /** Saves the sheet; its new version, or null when refused (the reason is on screen). */
  const saveSheet = async (): Promise<number | null> => {
    const body = sheetBody(lines, draft, sheet.version);
    setErrors(NO_ERRORS);
    try {
      const fresh = await save.mutateAsync(body);
      return fresh.version;
    } catch (error) {
      onError(error, body);
      return null;
    }
  };

  const onSave = async () => {
    if ((await saveSheet()) !== null) void message.success(t('covenant.sheet.saved'));
  };

  const confirmSubmit = () =>
    modal.confirm({
      title: t('covenant.sheet.submitConfirmTitle', { unit: sheet.unitName }),
      content: t('covenant.sheet.submitConfirm', { total: points(totals.total) }),
      okText: t('covenant.sheet.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        // Unsaved changes (or a sheet never saved) are saved first: the server submits what it holds.
        const version = dirty || sheet.version === null ? await saveSheet() : sheet.version;
        if (version === null) return;
        try {
          await submit.mutateAsync(version);
          void message.success(t('covenant.sheet.submitted'));
        } catch (error) {
          onError(error);
        }
      },
    });

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {sheet.status === 'submitted' ? (
          <Alert type="success" showIcon title={t('covenant.sheet.submittedAt', { at: formatDateTimeVi(sheet.submittedAt) })} style={{ flex: 1 }} />
        ) : late ? (
          <Alert type="warning" showIcon title={t('covenant.sheet.pastDeadline', { date: formatDateVi(c.scoringDeadline) })} style={{ flex: 1 }} />
        ) : (
          <Alert type="info" showIcon title={t('covenant.sheet.deadline', { date: formatDateVi(c.scoringDeadline) })} style={{ flex: 1 }} />
        )}
      </Flex>
      {editable && !signed && <Alert type="warning" showIcon title={t('covenant.sheet.notSigned')} style={{ marginBottom: 12 }} />}
      {errors.general.length > 0 && <Alert type="error" showIcon title={errors.general.join('; ')} style={{ marginBottom: 12 }} />}
      <Table<Criterion>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={lines}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('covenant.criteria.empty') }}
        columns={[
          { title: t('covenant.criteria.code'), key: 'code', width: 80, render: (_, r) => r.code },
          {
            title: t('covenant.criteria.name'),
            key: 'name',
            render: (_, r) => {
              const hint = suggestionOf.get(r.id);
              return (
                <>
                  {r.name} <CriterionKindTag kind={r.kind} />
                  {hint && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {hint.figure === null
                        ? t('covenant.sheet.noFigure', { indicator: hint.indicatorName })
                        : t('covenant.sheet.figure', {
                            indicator: hint.indicatorName,
                            figure: `${formatNumberVi(hint.figure)}${hint.unitOfMeasure ? ` ${hint.unitOfMeasure}` : ''}`,
                            target: hint.target ?? '—',
                            due: hint.dueOn ? formatDateVi(hint.dueOn) : '',
                          })}
                      {editable && hint.suggestedScore !== null && (
                        <Button size="small" type="link" onClick={() => patch(r.id, { score: hint.suggestedScore })}>
                          {t('covenant.sheet.useSuggestion', { points: points(hint.suggestedScore) })}
                        </Button>
                      )}
                    </Typography.Text>
                  )}
                </>
              );
            },
          },
          { title: t('covenant.sheet.max'), key: 'max', width: 90, align: 'right', render: (_, r) => points(r.maxPoints) },
          {
            title: t('covenant.sheet.score'),
            key: 'score',
            width: 150,
            render: (_, r) => {
              const error = errors.byCriterion.get(r.id)?.score;
              return editable ? (
                <>
                  <InputNumber
                    aria-label={t('covenant.sheet.scoreOf', { code: r.code })}
                    value={draft[r.id]?.score ?? null}
                    min={0}
                    max={r.maxPoints}
                    precision={2}
                    decimalSeparator=","
                    status={error ? 'error' : undefined}
                    onChange={(v) => patch(r.id, { score: v })}
                    style={{ width: '100%' }}
                  />
                  {error && (
                    <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                      {error}
                    </Typography.Text>
                  )}
                </>
              ) : (
                points(draft[r.id]?.score)
              );
            },
          },
          {
            title: t('covenant.criteria.evidence'),
            key: 'evidence',
            width: 320,
            render: (_, r) => {
              const error = errors.byCriterion.get(r.id)?.evidence;
              const files = <EvidenceFiles covenantId={c.id} unitId={sheet.unitId} criterionId={r.id} code={r.code} files={filesOf.get(r.id) ?? []} editable={editable} />;
              const marker = r.evidenceRequired && (
                <Tag color="red" style={{ marginBottom: 4 }}>
                  {t('covenant.sheet.evidenceRequired')}
                </Tag>
              );
              return editable ? (
                <>
                  {marker}
                  <Input.TextArea
                    aria-label={t('covenant.sheet.evidenceOf', { code: r.code })}
                    aria-required={r.evidenceRequired}
                    value={draft[r.id]?.evidence ?? ''}
                    maxLength={2000}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    placeholder={t('covenant.sheet.evidencePlaceholder')}
                    status={error ? 'error' : needsEvidence.has(r.id) ? 'warning' : undefined}
                    onChange={(e) => patch(r.id, { evidence: e.target.value })}
                  />
                  {error && (
                    <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                      {error}
                    </Typography.Text>
                  )}
                  {files}
                </>
              ) : (
                <>
                  {marker}
                  {draft[r.id]?.evidence}
                  {files}
                </>
              );
            },
          },
        ]}
      />
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 12 }}>
        <div>
          <Typography.Text strong data-testid="sheet-total">
            {t('covenant.sheet.totals', {
              criteria: points(totals.criteria),
              bonus: points(totals.bonus),
              penalty: points(totals.penalty),
              total: points(totals.total),
              max: points(c.maxTotal),
            })}
          </Typography.Text>
          {totals.groupTotals.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {totals.groupTotals.map((g) => t('covenant.sheet.groupTotal', { code: g.code, name: g.name, points: points(g.points) })).join(' · ')}
            </Typography.Paragraph>
          )}
        </div>
        {editable && (
          <Flex gap={8}>
            <Button loading={save.isPending && !submit.isPending} disabled={!dirty && sheet.version !== null} onClick={() => void onSave()}>
              {t('covenant.sheet.save')}
            </Button>
            <Button type="primary" loading={submit.isPending} disabled={!signed} onClick={confirmSubmit}>
              {t('covenant.sheet.submit')}
            </Button>
          </Flex>
        )}
      </Flex>
    </>
  );
}
