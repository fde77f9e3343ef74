/** Roll-up and dashboard requests, one after another, as a leader opening them repeatedly. */
import type { ApiUser } from './lib/http.js';

export async function probe(user: ApiUser, path: string, count: number, until?: () => boolean): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < count && !(until?.() ?? false); i++) {
    const t = performance.now();
    await user.expect(200, 'GET', path);
    ms.push(performance.now() - t);
  }
  return ms;
}
