import { App, Button, Card, Table, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { Covenant, CovenantMemberSchema } from '../../../contract/covenants.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { compareVietnamese } from '../../../core/text.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { points, useCovenantError } from './covenant-parts.js';
import { useSignCovenant } from './useCovenants.js';

type Member = z.infer<typeof CovenantMemberSchema>;
const SCORE_COLORS: Record<Member['scoreStatus'], string> = { none: 'default', draft: 'processing', submitted: 'green' };

/** The member units: who signed for each and when, and how far its self-scoring has got. */
export function MembersCard({ covenant: c }: { covenant: Covenant }) {
  const t = useT();
  const can = useCan();
  const { modal, message } = App.useApp();
  const covenantError = useCovenantError();
  const sign = useSignCovenant(c.id);
  const members = [...c.members].sort((a, b) => compareVietnamese(a.unitName, b.unitName));
  const showTotals = members.some((m) => m.total !== null);

  const confirmSign = (m: Member) =>
    modal.confirm({
      title: t('covenant.sign'),
      content: t('covenant.signConfirm', { unit: m.unitName, title: c.title }),
      okText: t('covenant.sign'),
      cancelText: t('common.cancel'),
      onOk: () =>
        sign.mutateAsync(m.unitId).then(
          () => void message.success(t('covenant.signed', { unit: m.unitName })),
          (e: unknown) => covenantError(e),
        ),
    });

  // Signing is the member head's (covenant:sign); a reporter who only scores does not see the button.
  const maySign = (m: Member) => c.status === 'scoring' && m.signedAt === null && c.scoringUnitIds.includes(m.unitId) && can('covenant:sign');

  return (
    <Card size="small" title={t('covenant.members.title')} style={{ marginBottom: 16 }}>
      <Table<Member>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={members}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('covenant.members.unit'),
            key: 'unit',
            render: (_, m) => (
              <>
                {m.unitName} {m.unitId === c.headUnitId && <Tag color="gold">{t(`group.head.${c.groupKind}`)}</Tag>}
              </>
            ),
          },
          {
            title: t('covenant.members.signature'),
            key: 'signature',
            width: 300,
            render: (_, m) =>
              m.signedAt ? (
                m.signedByName ? (
                  t('covenant.members.signedBy', { name: m.signedByName, at: formatDateTimeVi(m.signedAt) })
                ) : (
                  t('covenant.members.signedAt', { at: formatDateTimeVi(m.signedAt) })
                )
              ) : maySign(m) ? (
                <Button size="small" type="primary" loading={sign.isPending && sign.variables === m.unitId} onClick={() => confirmSign(m)}>
                  {t('covenant.sign')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('covenant.members.notSigned')}</Typography.Text>
              ),
          },
          {
            title: t('covenant.members.scoreStatus'),
            key: 'score',
            width: 260,
            render: (_, m) => (
              <>
                <Tag color={SCORE_COLORS[m.scoreStatus]}>{t(`covenant.scoreStatus.${m.scoreStatus}`)}</Tag>
                {m.submittedAt && <Typography.Text type="secondary">{formatDateTimeVi(m.submittedAt)}</Typography.Text>}
              </>
            ),
          },
          ...(showTotals
            ? [{ title: t('covenant.members.total'), key: 'total', width: 120, align: 'right' as const, render: (_: unknown, m: Member) => points(m.total) }]
            : []),
        ]}
      />
    </Card>
  );
}
