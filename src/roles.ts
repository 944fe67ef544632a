/**
 * The order in which roles are listed. A module of its own, with no other code: the map's view
 * (`views/city-map.ts`) needs the order without the query API (`atlas.ts`), which the CDN build then
 * keeps in the validator's lazy chunk instead of a chunk shared with the map.
 */
import type { MembershipRole } from './schema/index.js';

/** The order in which a city's roles in a network are listed: the most responsible first. */
export const MEMBERSHIP_ROLE_ORDER: readonly MembershipRole[] = ['lead', 'seat', 'coordinator', 'co-chair', 'host', 'pilot', 'member', 'participant', 'partner'];
