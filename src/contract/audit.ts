import { z } from 'zod';
import { IdSchema, PageQuerySchema, pageOf } from './common.js';

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: IdSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.string().describe('Ví dụ unit.create, unit.close, session.sign_in'),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const ListAuditQuerySchema = PageQuerySchema.extend({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
});
export const AuditPageSchema = pageOf(AuditEntrySchema);
