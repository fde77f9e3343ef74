import { PATHS } from '../../app/paths.js';

/** The query parameter of the sessions list that keeps one council's sessions. */
export const COUNCIL_PARAM = 'hoiDong';

export function sessionListPath(councilId?: string): string {
  return councilId ? `${PATHS.councilSessions}?${COUNCIL_PARAM}=${councilId}` : PATHS.councilSessions;
}
