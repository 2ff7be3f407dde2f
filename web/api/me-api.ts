// The caller's own profile (GET and PATCH /api/me): who they are, and the display name printed on their
// attestation and shown to their teachers.
import { Me } from '../../contracts/me.ts';
import { type ApiClient, readJson } from './api-client.ts';

export async function fetchMe(api: ApiClient): Promise<Me> {
  return Me.parse(await readJson(await api.api.me.$get()));
}

/** Sets the display name, or takes it back with null; the server trims it and refuses what it cannot show. */
export async function saveDisplayName(api: ApiClient, displayName: string | null): Promise<Me> {
  return Me.parse(await readJson(await api.api.me.$patch({ json: { displayName } })));
}
