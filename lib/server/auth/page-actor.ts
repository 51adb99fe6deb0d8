// The signed-in user for server-rendered pages; sends everyone else to sign-in.
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/domain/types';
import { authOptions } from './auth-options';
import { actorById } from './current-actor';

export async function requirePageActor(): Promise<Actor> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  const actor = id ? await actorById(id) : null;
  if (!actor) redirect('/signin');
  return actor;
}
