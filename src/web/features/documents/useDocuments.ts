import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Assignment,
  CreateAssignmentInput,
  CreateDocumentBody,
  Delivery,
  DocDirection,
  DocStatus,
  DocType,
  Document,
  DocumentFile,
  DocumentSummary,
  IssueDocumentBody,
  ParsedDocument,
  UpdateDocumentBody,
} from '../../../contract/documents.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export type DocumentListParams = {
  q?: string;
  direction?: DocDirection;
  docType?: DocType;
  status?: DocStatus;
  year?: number;
  limit?: number;
  offset?: number;
};

export type InboxItem = Delivery & { document: DocumentSummary };

export const documentKeys = {
  all: ['documents'] as const,
  list: (params: DocumentListParams) => ['documents', 'list', params] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  inbox: (status: 'unread' | 'all') => ['documents', 'inbox', status] as const,
  assignments: (documentId: string) => ['documents', 'assignments', documentId] as const,
};

export function useDocumentList(params: DocumentListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: documentKeys.list(params),
    queryFn: () => api.get<Page<DocumentSummary>>('/api/documents', params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: documentKeys.detail(id ?? ''),
    queryFn: () => api.get<Document>(`/api/documents/${id}`),
    enabled: Boolean(id),
  });
}

export function useInbox(status: 'unread' | 'all') {
  return useQuery({
    queryKey: documentKeys.inbox(status),
    queryFn: () => api.get<Page<InboxItem>>('/api/inbox', { status, limit: 100 }),
    placeholderData: keepPreviousData,
  });
}

export function useAssignments(documentId: string) {
  return useQuery({
    queryKey: documentKeys.assignments(documentId),
    queryFn: () => api.get<{ items: Assignment[] }>('/api/assignments', { documentId }),
  });
}

function useInvalidateDocuments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: documentKeys.all });
}

/** Parses pasted text (JSON) or an uploaded .txt/.docx file (raw body) into the parse format. */
export function useParseDocument() {
  return useMutation({
    mutationFn: (input: { text: string } | { file: File; contentType: string }) =>
      'text' in input
        ? api.post<ParsedDocument>('/api/documents/parse', { text: input.text })
        : api.upload<ParsedDocument>('/api/documents/parse', input.file, input.contentType),
  });
}

export function useCreateDocument() {
  const invalidate = useInvalidateDocuments();
  return useMutation({ mutationFn: (body: CreateDocumentBody) => api.post<Document>('/api/documents', body), onSuccess: invalidate });
}

export function useUpdateDocument(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({ mutationFn: (body: UpdateDocumentBody) => api.patch<Document>(`/api/documents/${id}`, body), onSettled: invalidate });
}

export function useIssueDocument(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({ mutationFn: (body: IssueDocumentBody) => api.post<Document>(`/api/documents/${id}/issue`, body), onSettled: invalidate });
}

export function useReceiveDocument() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: ({ documentId, unitId }: { documentId: string; unitId: string }) => api.post<Delivery>(`/api/documents/${documentId}/receive`, { unitId }),
    onSuccess: invalidate,
  });
}

export function useUploadDocumentFile(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: ({ file, contentType }: { file: File; contentType: string }) =>
      api.upload<DocumentFile>(`/api/documents/${id}/files`, file, contentType, { name: file.name }),
    onSuccess: invalidate,
  });
}

export function useCreateAssignment(documentId: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (body: CreateAssignmentInput) => api.post<Assignment>(`/api/documents/${documentId}/assignments`, body),
    onSuccess: invalidate,
  });
}
