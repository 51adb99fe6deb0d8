// Who is calling: decodes the next-auth session cookie and reloads the user,
// so a deactivated account or a changed role takes effect at the next request.
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { AppError } from '@/lib/domain/errors';
import type { Actor, Role } from '@/lib/domain/types';
import { db } from '../db';
import { authSecret } from './secret';

export async function currentActor(req: NextRequest | Request): Promise<Actor | null> {
  const token = await getToken({ req: req as NextRequest, secret: authSecret() });
  const id = typeof token?.sub === 'string' ? token.sub : null;
  if (!id) return null;
  return actorById(id);
}

export async function actorById(id: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id }, select: { id: true, role: true, name: true, email: true, active: true } });
  if (!user || !user.active) return null;
  return { id: user.id, role: user.role as Role, name: user.name, email: user.email };
}

export async function requireActor(req: NextRequest | Request): Promise<Actor> {
  const actor = await currentActor(req);
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return actor;
}
