import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AdjustScoreBody,
  Covenant,
  CovenantIndicatorSchema,
  CovenantLeadersSchema,
  CovenantListSchema,
  CovenantSummarySchema,
  CreateCovenantBodySchema,
  OpenVoteBodySchema,
  Ranking,
  SaveScoresBody,
  ScoreSuggestion,
  UnitScores,
  UpdateCovenantBodySchema,
  VoteChoiceSchema,
} from '../../../contract/covenants.js';
import { api } from '../../api/client.js';
import { CONTENT_TYPES, type FileFormat } from '../transfer/formats.js';
import type { CovenantStep } from './covenant-model.js';

export type CovenantSummary = z.infer<typeof CovenantSummarySchema>;
export type CovenantList = z.infer<typeof CovenantListSchema>;
export type CreateCovenantInput = z.input<typeof CreateCovenantBodySchema>;
export type UpdateCovenantInput = z.input<typeof UpdateCovenantBodySchema>;
export interface CovenantListParams {
  year?: number;
  groupId?: string;
}

/**
 * Everything about one covenant sits under its detail key, so one invalidation refreshes the
 * covenant, every unit's sheet and the ranking after any change.
 */
export const covenantKeys = {
  all: ['covenants'] as const,
  lists: ['covenants', 'list'] as const,
  list: (params: CovenantListParams) => ['covenants', 'list', params] as const,
  detail: (id: string) => ['covenants', 'detail', id] as const,
  scores: (id: string, unitId: string) => ['covenants', 'detail', id, 'scores', unitId] as const,
  ranking: (id: string) => ['covenants', 'detail', id, 'ranking'] as const,
};

const base = (id: string) => `/api/covenants/${id}`;

export function useCovenantList(params: CovenantListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: covenantKeys.list(params),
    queryFn: () => api.get<CovenantList>('/api/covenants', { year: params.year, groupId: params.groupId }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useCovenant(id: string) {
  return useQuery({ queryKey: covenantKeys.detail(id), queryFn: () => api.get<Covenant>(base(id)), enabled: Boolean(id) });
}

/** One member's sheet; other members' sheets answer 403 until scoring closes, so ask only when allowed. */
export function useUnitScores(id: string, unitId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: covenantKeys.scores(id, unitId),
    queryFn: () => api.get<UnitScores>(`${base(id)}/scores/${unitId}`),
    enabled: Boolean(id && unitId) && (options.enabled ?? true),
  });
}

/** Every member's sheet (after scoring closes, for the consolidation). */
export function useAllUnitScores(id: string, unitIds: readonly string[], enabled: boolean) {
  return useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: covenantKeys.scores(id, unitId),
      queryFn: () => api.get<UnitScores>(`${base(id)}/scores/${unitId}`),
      enabled,
    })),
  });
}

export function useCovenantRanking(id: string, enabled: boolean) {
  return useQuery({ queryKey: covenantKeys.ranking(id), queryFn: () => api.get<Ranking>(`${base(id)}/ranking`), enabled: Boolean(id) && enabled });
}

/** After any change: the covenant with its sheets and ranking, and the lists (counts, status). */
function useCovenantChanged() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([queryClient.invalidateQueries({ queryKey: covenantKeys.detail(id) }), queryClient.invalidateQueries({ queryKey: covenantKeys.lists })]);
}

export function useCreateCovenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCovenantInput) => api.post<Covenant>('/api/covenants', body),
    onSuccess: (covenant) => {
      queryClient.setQueryData(covenantKeys.detail(covenant.id), covenant);
      void queryClient.invalidateQueries({ queryKey: covenantKeys.lists });
    },
  });
}

/** Title, deadline, or (in draft) the whole criteria table. A stale version reloads the covenant. */
export function useUpdateCovenant(id: string) {
  const queryClient = useQueryClient();
  const changed = useCovenantChanged();
  return useMutation({
    mutationFn: (body: UpdateCovenantInput) => api.patch<Covenant>(base(id), body),
    onSuccess: (covenant) => queryClient.setQueryData(covenantKeys.detail(id), covenant),
    onSettled: () => changed(id),
  });
}

/** Mở chấm điểm, khóa chấm điểm, kết thúc: each sends the version the user saw. */
export function useCovenantStep(id: string) {
  const changed = useCovenantChanged();
  return useMutation({
    mutationFn: ({ step, version }: { step: CovenantStep; version: number }) => api.post<Covenant>(`${base(id)}/${step}`, { version }),
    onSettled: () => changed(id),
  });
}

export function useSignCovenant(id: string) {
  const changed = useCovenantChanged();
  return useMutation({ mutationFn: (unitId: string) => api.post<Covenant>(`${base(id)}/sign`, { unitId }), onSettled: () => changed(id) });
}

export function useSaveScores(id: string, unitId: string) {
  const queryClient = useQueryClient();
  const changed = useCovenantChanged();
  return useMutation({
    mutationFn: (body: SaveScoresBody) => api.put<UnitScores>(`${base(id)}/scores/${unitId}`, body),
    onSuccess: (sheet) => queryClient.setQueryData(covenantKeys.scores(id, unitId), sheet),
    onSettled: () => changed(id),
  });
}

export function useSubmitScores(id: string, unitId: string) {
  const queryClient = useQueryClient();
  const changed = useCovenantChanged();
  return useMutation({
    mutationFn: (version: number) => api.post<UnitScores>(`${base(id)}/scores/${unitId}/submit`, { version }),
    onSuccess: (sheet) => queryClient.setQueryData(covenantKeys.scores(id, unitId), sheet),
    onSettled: () => changed(id),
  });
}

/** Điều chỉnh điểm with a reason; the answer is the unit's sheet, and the ranking moves with it. */
export function useAdjustScore(id: string) {
  const queryClient = useQueryClient();
  const changed = useCovenantChanged();
  return useMutation({
    mutationFn: (body: AdjustScoreBody) => api.post<UnitScores>(`${base(id)}/adjustments`, body),
    onSuccess: (sheet) => queryClient.setQueryData(covenantKeys.scores(id, sheet.unitId), sheet),
    onSettled: () => changed(id),
  });
}

/** Imports the criteria table from an XLSX (or CSV) file: a dry run checks it, the real run replaces the table. */
export function useImportCriteria(id: string) {
  const changed = useCovenantChanged();
  return useMutation({
    mutationFn: ({ file, format, dryRun, version }: { file: File; format: FileFormat; dryRun: boolean; version: number }) =>
      api.upload<unknown>(`${base(id)}/criteria/import`, file, CONTENT_TYPES[format], { format, dryRun: String(dryRun), version }),
    onSuccess: (_result, { dryRun }) => (dryRun ? undefined : changed(id)),
  });
}

export const covenantFiles = {
  criteria: (id: string) => `${base(id)}/criteria.xlsx`,
  scores: (id: string) => `${base(id)}/scores.xlsx`,
  minutes: (id: string) => `${base(id)}/minutes.docx`,
};

type VoteChoice = z.infer<typeof VoteChoiceSchema>;
export type OpenVoteInput = z.input<typeof OpenVoteBodySchema>;
export type CovenantLeaders = z.infer<typeof CovenantLeadersSchema>;

/** Suy tôn: open the vote, cast a member's ballot, close it (which drafts the nominations). */
export function useOpenVote(id: string) {
  const changed = useCovenantChanged();
  return useMutation({ mutationFn: (body: OpenVoteInput) => api.post<Covenant>(`${base(id)}/vote`, body), onSettled: () => changed(id) });
}

export function useCastBallot(id: string) {
  const changed = useCovenantChanged();
  return useMutation({
    mutationFn: (body: { unitId: string; choice: VoteChoice }) => api.post<Covenant>(`${base(id)}/ballots`, body),
    onSettled: () => changed(id),
  });
}

export function useCloseVote(id: string) {
  const queryClient = useQueryClient();
  const changed = useCovenantChanged();
  return useMutation({
    mutationFn: (body: { version: number; bangKhenUnitIds: string[] }) => api.post<Covenant>(`${base(id)}/vote/close`, body),
    // The result drafts nominations: the commendation lists change too.
    onSettled: () => Promise.all([changed(id), queryClient.invalidateQueries({ queryKey: ['nominations'] }), queryClient.invalidateQueries({ queryKey: ['covenant-leaders'] })]),
  });
}

export function useCovenantLeaders(organiserUnitId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['covenant-leaders', organiserUnitId, year],
    queryFn: () => api.get<CovenantLeaders>('/api/covenant-leaders', { organiserUnitId, year }),
    enabled: Boolean(organiserUnitId),
  });
}

export function useProposeGovernmentFlags() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { organiserUnitId: string; year: number; unitIds: string[] }) => api.post<{ nominationIds: string[] }>('/api/covenant-leaders/government-flags', body),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['covenant-leaders'] }), queryClient.invalidateQueries({ queryKey: ['nominations'] })]),
  });
}

export type CovenantIndicator = z.infer<typeof CovenantIndicatorSchema>;

/** The report indicators a criterion may be tied to. */
export function useCovenantIndicators(id: string) {
  return useQuery({ queryKey: [...covenantKeys.detail(id), 'indicators'], queryFn: () => api.get<{ items: CovenantIndicator[] }>(`${base(id)}/indicators`) });
}

/** What the unit's accepted report figures earn on the tied criteria. */
export function useScoreSuggestions(id: string, unitId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...covenantKeys.scores(id, unitId), 'suggestions'],
    queryFn: () => api.get<{ items: ScoreSuggestion[] }>(`${base(id)}/scores/${unitId}/suggestions`),
    enabled,
  });
}

/** Evidence files change the sheet's content, not its version: the editor keeps unsaved scores. */
function useRefreshSheet(id: string, unitId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: covenantKeys.scores(id, unitId) });
}

export function useUploadEvidence(id: string, unitId: string) {
  const refresh = useRefreshSheet(id, unitId);
  return useMutation({
    mutationFn: ({ file, contentType, name, criterionId }: { file: Blob; contentType: string; name: string; criterionId: string }) =>
      api.upload<unknown>(`${base(id)}/scores/${unitId}/files`, file, contentType, { criterionId, name }),
    onSettled: refresh,
  });
}

export function useDeleteEvidence(id: string, unitId: string) {
  const refresh = useRefreshSheet(id, unitId);
  return useMutation({
    mutationFn: (fileId: string) => api.delete<unknown>(`${base(id)}/scores/${unitId}/files/${fileId}`),
    onSettled: refresh,
  });
}

export const evidenceFileUrl = (id: string, unitId: string, fileId: string) => `${base(id)}/scores/${unitId}/files/${fileId}`;
