import { eq } from 'drizzle-orm';
import type { Role } from '../../contract/roles.js';
import type { ServiceContext } from '../context.js';
import { orgUnits, users } from '../db/schema.js';
import type { Actor } from '../http/actor.js';

/** A demo user as an actor, so timelines and the audit log name who did what. */
export async function demoActor(ctx: ServiceContext, username: string): Promise<Actor> {
  const [row] = await ctx.db
    .select({ user: users, scopePath: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.scopeUnitId))
    .where(eq(users.username, username));
  if (!row) throw new Error(`demo: no user ${username}`);
  const { user } = row;
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    roles: user.roles as Role[],
    unitId: user.unitId,
    scopeUnitId: user.scopeUnitId,
    scopePath: row.scopePath,
  };
}
