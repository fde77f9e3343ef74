import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../../contract/errors.js';
import type { Role } from '../../../contract/roles.js';
import type { ChangePasswordBody, Session, SignInBody } from '../../../contract/users.js';
import type { ServiceContext } from '../../context.js';
import { effectivePermissions, type Actor } from '../../http/actor.js';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../http/passwords.js';
import { appendAudit, scopeCoversEverything } from '../audit/audit.service.js';
import { findUser, setPasswordHash, touchSignIn } from '../users/users.repo.js';
import { toUser } from '../users/users.service.js';
import * as repo from './session.repo.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 30;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/** Resolves a session cookie to the acting user; null when unknown, expired or the user is disabled. */
export async function resolveSession(ctx: ServiceContext, token: string): Promise<ResolvedSession | null> {
  const row = await repo.findSessionUser(ctx.db, hashToken(token));
  if (!row || !row.active) return null;
  if (new Date(row.expiresAt).getTime() <= ctx.now().getTime()) return null;
  return {
    csrfToken: row.csrfToken,
    actor: {
      userId: row.userId,
      username: row.username,
      fullName: row.fullName,
      roles: row.roles as Role[],
      unitId: row.unitId,
      scopeUnitId: row.scopeUnitId,
      scopePath: row.scopePath,
    },
  };
}


/** The session as the web app reads it. */
export async function getSessionView(ctx: ServiceContext, actor: Actor, csrfToken: string): Promise<Session> {
  const user = await findUser(ctx.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Phiên đăng nhập không còn hiệu lực');
  const permissions = effectivePermissions(actor);
  // The log's menu only for whom it opens (see listAudit).
  const readsAudit = permissions.includes('audit:read') && (await scopeCoversEverything(ctx.db, actor));
  return { user: toUser(user), permissions: readsAudit ? permissions : permissions.filter((p) => p !== 'audit:read'), csrfToken };
}

/**
 * Signs in with username and password. Failures are counted per username and per address
 * in the database (shared by every process), and past the limit the answer is 429.
 */
export async function signIn(
  ctx: ServiceContext,
  body: SignInBody,
  meta: { ip: string; userAgent: string | null },
): Promise<{ token: string; session: Session }> {
  const since = new Date(ctx.now().getTime() - FAILURE_WINDOW_MS).toISOString();
  // The attempt is recorded as failed before the password is checked, so parallel guesses
  // count against each other: only the first ones within the limit reach verification.
  const attemptId = await repo.recordAttempt(ctx.db, body.username, meta.ip, ctx.now().toISOString());
  const [byUser, byIp] = [
    await repo.countRecentFailures(ctx.db, 'username', body.username, since, attemptId),
    await repo.countRecentFailures(ctx.db, 'ip', meta.ip, since, attemptId),
  ];
  if (byUser > MAX_FAILURES_PER_USERNAME || byIp > MAX_FAILURES_PER_IP) {
    // A refused attempt is not a guess: it does not extend the lock-out.
    await repo.deleteAttempt(ctx.db, attemptId);
    throw new AppError('RATE_LIMITED', 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.');
  }
  const user = await repo.findUserForSignIn(ctx.db, body.username);
  const ok = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !ok || !user.active) {
    throw new AppError(
      'UNAUTHENTICATED',
      user && ok && !user.active ? 'Tài khoản đã bị khóa' : 'Tên đăng nhập hoặc mật khẩu không đúng',
    );
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await ctx.db.transaction(async (tx) => {
    await repo.markAttemptSucceeded(tx, attemptId);
    await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(ctx.now().getTime() + SESSION_TTL_MS).toISOString(),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await touchSignIn(tx, user.id);
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'session.sign_in',
      entityType: 'user',
      entityId: user.id,
      after: { ip: meta.ip },
    });
  });
  await repo.deleteExpiredSessions(ctx.db, ctx.now().toISOString());
  const actor = (await resolveSession(ctx, token))!.actor;
  return { token, session: await getSessionView(ctx, actor, csrfToken) };
}

export async function signOut(ctx: ServiceContext, token: string): Promise<void> {
  await repo.deleteSession(ctx.db, hashToken(token));
}

/** Changes the actor's own password; other sessions of the user are ended. */
export async function changePassword(
  ctx: ServiceContext,
  actor: Actor,
  token: string,
  body: ChangePasswordBody,
): Promise<void> {
  const user = await repo.findUserForSignIn(ctx.db, actor.username);
  if (!user || !(await verifyPassword(body.currentPassword, user.passwordHash))) {
    throw new AppError('INVALID_INPUT', 'Mật khẩu hiện tại không đúng', {
      currentPassword: 'Mật khẩu hiện tại không đúng',
    });
  }
  if (body.currentPassword === body.newPassword) {
    throw new AppError('INVALID_INPUT', 'Mật khẩu mới phải khác mật khẩu hiện tại', {
      newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại',
    });
  }
  const hash = await hashPassword(body.newPassword);
  await ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, actor.userId, hash);
    await repo.deleteOtherSessions(tx, actor.userId, hashToken(token));
    await appendAudit(tx, {
      actorUserId: actor.userId,
      action: 'user.change_password',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}
