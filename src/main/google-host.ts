import type { StoreData } from '../shared/domain/store';
import type { GoogleSyncHost } from './google/host';
import type { TactfulService } from './services/tactful';

/**
 * The engine as Google sync sees it. The OAuth client may come from the environment
 * (TACTFUL_GOOGLE_CLIENT_ID / _SECRET) instead of Settings; the environment wins.
 */
export function googleHostFor(service: TactfulService, env: Record<string, string | undefined>): GoogleSyncHost {
  const withEnv = (data: StoreData): StoreData => {
    const clientId = env.TACTFUL_GOOGLE_CLIENT_ID;
    const clientSecret = env.TACTFUL_GOOGLE_CLIENT_SECRET;
    if (!clientId && !clientSecret) return data;
    const google = { ...data.settings.google, ...(clientId ? { clientId } : {}), ...(clientSecret ? { clientSecret } : {}) };
    return { ...data, settings: { ...data.settings, google } };
  };
  return {
    read: () => withEnv(service.read()),
    update: (mutate) => service.update(mutate),
    ingest: (batch) => void service.ingest(batch),
    reminders: () => service.reminders(),
    now: () => service.now(),
  };
}
