/**
 * Security headers on every answer. The content security policy lets the page run only the app's
 * own scripts: a script slipped into a narrative or a file name cannot run even if it reached the
 * page unescaped. Styles may be inline because the component library writes its styles at run
 * time; images may be data: URLs (the icon, charts). The API's own documentation sets its own
 * policy for its pages.
 */
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const DOCS = /^\/api\/docs(\/|$)/;

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (!DOCS.test(request.url)) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    // Only over TLS (a proxy in front terminating it reports https): browsers ignore it otherwise.
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
  });
}
