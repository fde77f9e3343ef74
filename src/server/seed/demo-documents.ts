import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateAssignmentBodySchema } from '../../contract/documents.js';
import { parseDocument } from '../../core/documents/parse-document.js';
import type { ServiceContext } from '../context.js';
import { createAssignment } from '../modules/assignments/assignments.service.js';
import { issueDocument } from '../modules/documents/documents-issue.service.js';
import { createDocument } from '../modules/documents/documents.service.js';
import { ROOT_DIR } from '../paths.js';

/**
 * The seed of the whole cycle: the district's real draft dispatch of 2024 (a public administrative
 * document), read by the parser, registered, then re-issued by the demo district as a numbered
 * dispatch with the reporting task it sets. The number and issue date are illustrative.
 */
export const SEED_DISPATCH_FILE = join(ROOT_DIR, 'src/server/seed/data/cong-van-tua-chua-2024-du-thao.txt');
const ISSUED_ON = '2024-10-21';

export interface DemoDocumentUnits {
  unitId: (code: string) => string;
  groupIds: string[];
}

export interface DemoDocuments {
  provincialId: string | null;
  dispatchId: string;
  assignmentId: string;
}

export async function seedDemoDocuments(ctx: ServiceContext, { unitId, groupIds }: DemoDocumentUnits): Promise<DemoDocuments> {
  const parsed = parseDocument(readFileSync(SEED_DISPATCH_FILE, 'utf8'));

  // The provincial dispatch the seed cites first, registered as received: its citation resolves.
  const [provincial] = parsed.references;
  let provincialId: string | null = null;
  if (provincial) {
    ({ id: provincialId } = await createDocument(ctx, null, {
      direction: 'incoming',
      ownerUnitId: unitId('TUACHUA.UBND'),
      docType: 'Công văn',
      number: provincial.number.split('/')[0]!,
      symbol: provincial.number.split('/').slice(1).join('/'),
      issuerName: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
      place: 'Điện Biên',
      issuedOn: provincial.date,
      receivedOn: '2024-04-26',
      subject:
        'đẩy mạnh các phong trào thi đua yêu nước lập thành tích thiết thực chào mừng Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và các ngày lễ lớn năm 2024',
      recipients: [],
      references: [],
      body: [],
      signer: null,
      distribution: [],
    }));
  }

  // The district's dispatch: the parsed draft with its Kính gửi turned into real recipients.
  const draft = await createDocument(ctx, null, {
    direction: 'outgoing',
    ownerUnitId: unitId('TUACHUA.UBND'),
    draftingUnitId: unitId('TUACHUA.PNV'),
    docType: 'Công văn',
    symbol: parsed.symbol ?? 'UBND-NV',
    // The draft misspells the district as "TỬA": the re-issue corrects it.
    issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
    place: parsed.place ?? 'Tủa Chùa',
    subject: parsed.subject ?? '',
    recipients: [
      { text: 'Các phòng, ban, ngành, đoàn thể huyện' },
      { text: 'UBND các xã, thị trấn' },
      ...groupIds.map((groupId) => ({ groupId })),
    ],
    references: parsed.references.map((r) => ({ number: r.number, date: r.date, kind: r.kind, issuer: r.issuer })),
    body: parsed.body,
    signer: parsed.signer,
    distribution: parsed.distribution,
  });
  const issued = await issueDocument(ctx, null, draft.id, { version: draft.version, issuedOn: ISSUED_ON });

  const [unitsReport] = parsed.deadlines;
  const assignment = await createAssignment(
    ctx,
    null,
    issued.id,
    CreateAssignmentBodySchema.parse({
      title: 'Báo cáo kết quả thực hiện các phong trào thi đua chào mừng Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và các ngày lễ lớn năm 2024',
      dueOn: unitsReport?.date ?? '2024-11-05',
    }),
  );
  return { provincialId, dispatchId: issued.id, assignmentId: assignment.id };
}
