/**
 * The SDG titles a component shows come on demand, in the element's language (see `loadSdgTitles`
 * in `src/sdg.ts`): a component renders with the short goal titles first, and again once the full
 * titles are there.
 */
import { loadSdgTitles, sdgTitlesLoaded } from '../../src/sdg.js';

/**
 * Whether the SDG titles for `lang` are loaded. When they are not, starts loading them and asks
 * `host` to update once they are. A load that fails leaves the host as it is (with short titles);
 * the next update tries again.
 */
export function sdgTitlesReady(host: { requestUpdate(): void }, lang: string): boolean {
  if (sdgTitlesLoaded(lang)) return true;
  loadSdgTitles(lang).then(
    () => host.requestUpdate(),
    () => {},
  );
  return false;
}
