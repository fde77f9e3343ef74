import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBodySchema } from '../../contract/errors.js';
import { ExportQuerySchema, ImportQuerySchema, ImportSummarySchema, type FileFormat, type ImportSummary } from '../../contract/units.js';
import type { ServiceContext } from '../context.js';
import type { OutputFile } from '../render/tabular.js';
import type { Actor } from './actor.js';
import { requireActor } from './auth.js';
import { acceptFileUploads, sendFile, uploadedFile } from './file-upload.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

/** What one kind of record offers for spreadsheets: export, an import template, and import. */
export interface TransferSpec {
  /** e.g. "/api/units": routes are <base>/export, <base>/import-template, <base>/import. */
  base: string;
  tags: string[];
  summaries: { export: string; template: string; import: string };
  descriptions?: { export?: string; import?: string };
  exportFile(ctx: ServiceContext, actor: Actor, format: FileFormat): Promise<OutputFile>;
  template(ctx: ServiceContext, actor: Actor, format: FileFormat): Promise<OutputFile>;
  importFile(
    ctx: ServiceContext,
    actor: Actor,
    file: ReturnType<typeof uploadedFile>,
    options: { dryRun: boolean },
  ): Promise<ImportSummary>;
}

/** The three spreadsheet routes of one kind of record, the same shape for every kind. */
export const transferRoutes =
  (ctx: ServiceContext, spec: TransferSpec): FastifyPluginAsyncZod =>
  async (app) => {
    acceptFileUploads(app);
    const { base, tags, summaries, descriptions } = spec;
    app.get(`${base}/export`, {
      schema: { tags, summary: summaries.export, description: descriptions?.export, querystring: ExportQuerySchema, response: errors },
      handler: async (request, reply) => sendFile(reply, await spec.exportFile(ctx, requireActor(request), request.query.format)),
    });
    app.get(`${base}/import-template`, {
      schema: { tags, summary: summaries.template, querystring: ExportQuerySchema, response: errors },
      handler: async (request, reply) => sendFile(reply, await spec.template(ctx, requireActor(request), request.query.format)),
    });
    app.post(`${base}/import`, {
      schema: {
        tags,
        summary: summaries.import,
        description: descriptions?.import,
        querystring: ImportQuerySchema,
        response: { 200: ImportSummarySchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        const file = uploadedFile(request.body, request.headers['content-type'], request.query.format);
        return spec.importFile(ctx, actor, file, { dryRun: request.query.dryRun });
      },
    });
  };
