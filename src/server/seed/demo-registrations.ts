/**
 * Đăng ký thi đua of the demo's 2024 movement, made in March 2024: most units registered and were
 * approved, a few are waiting, one was returned, and some never sent theirs.
 */
import { CreateRegistrationBodySchema } from '../../contract/reporting.js';
import type { ServiceContext } from '../context.js';
import type { Actor } from '../http/actor.js';
import { approveRegistration, createRegistration, returnRegistration, submitRegistration } from '../modules/registrations/registrations.service.js';

type Outcome = 'approved' | 'pending' | 'returned' | 'not_sent';

/** Unit code suffix under TUACHUA → what became of its registration (units not listed did not register). */
const REGISTRATIONS_2024: Record<string, Outcome> = {
  VP: 'approved',
  PNV: 'approved',
  PTCKH: 'approved',
  PTP: 'approved',
  PVHTT: 'approved',
  PGDDT: 'approved',
  PLDTBXH: 'approved',
  PYT: 'pending',
  TT: 'approved',
  MUONGBANG: 'approved',
  MUONGDUN: 'approved',
  HUOISO: 'approved',
  SINCHAI: 'approved',
  SINHPHINH: 'pending',
  TRUNGTHU: 'pending',
  LAOXAPHINH: 'returned',
  XANHE: 'not_sent',
  TAPHIN: 'not_sent',
};

const at = (ctx: ServiceContext, iso: string): ServiceContext => ({ ...ctx, now: () => new Date(iso) });

export async function seedDemoRegistrations(
  ctx: ServiceContext,
  { unitId, unitName, movementId, indicatorIds, officer }: { unitId: (code: string) => string; unitName: (id: string) => string; movementId: string; indicatorIds: Map<string, string>; officer: Actor },
): Promise<void> {
  let day = 4;
  for (const [suffix, outcome] of Object.entries(REGISTRATIONS_2024)) {
    const id = unitId(`TUACHUA.${suffix}`);
    const name = unitName(id);
    const isCommune = name.startsWith('Xã') || name.startsWith('Thị trấn');
    const commitments = isCommune
      ? [
          { text: 'Giảm tỷ lệ hộ nghèo theo chuẩn đa chiều từ 4 điểm % trở lên', indicatorId: indicatorIds.get('GIAM_TY_LE_HO_NGHEO')!, value: 4 },
          { text: 'Xử lý ít nhất 60% hồ sơ công việc trên môi trường mạng', indicatorId: indicatorIds.get('HO_SO_TREN_MANG')!, value: 60 },
          { text: 'Trồng mới cây xanh phân tán, cây hoa ban dọc các tuyến đường liên thôn', indicatorId: indicatorIds.get('CAY_TRONG_MOI')!, value: null },
        ]
      : [
          { text: 'Xử lý ít nhất 80% hồ sơ công việc trên môi trường mạng', indicatorId: indicatorIds.get('HO_SO_TREN_MANG')!, value: 80 },
          { text: 'Giữ vững danh hiệu cơ quan đạt chuẩn văn hóa công sở', indicatorId: indicatorIds.get('VAN_HOA_CONG_SO')!, value: null },
        ];
    const titles = [
      { award: 'Tập thể lao động tiên tiến', nomineeKind: 'collective' as const, nomineeName: name },
      ...(suffix === 'PNV' ? [{ award: 'Chiến sĩ thi đua cơ sở', nomineeKind: 'person' as const, nomineeName: 'Lò Thị Hạnh' }] : []),
    ];
    const when = `2024-03-${String(day).padStart(2, '0')}T09:00:00+07:00`;
    day = Math.min(day + 1, 28);
    const { registration } = await createRegistration(at(ctx, when), null, CreateRegistrationBodySchema.parse({ movementId, unitId: id, year: 2024, commitments, titles }));
    if (outcome === 'not_sent') continue;
    const sent = await submitRegistration(at(ctx, when), officer, registration.id, registration.version);
    if (outcome === 'approved') await approveRegistration(at(ctx, '2024-03-29T15:00:00+07:00'), officer, sent.id, sent.version);
    if (outcome === 'returned') {
      await returnRegistration(at(ctx, '2024-03-29T15:00:00+07:00'), officer, sent.id, sent.version, 'Đề nghị bổ sung chỉ tiêu giảm nghèo cụ thể cho từng thôn, bản và danh hiệu đăng ký của cá nhân.');
    }
  }
}
