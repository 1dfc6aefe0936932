import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { api, messageOf } from '../state/api';
import { useApp } from '../state/context';
import { SettingsCalendarFile } from './SettingsCalendarFile';
import { SettingsGoogle } from './SettingsGoogle';
import { SettingsPolicy } from './SettingsPolicy';
import { SettingsProfile } from './SettingsProfile';

/** Saves one section's patch; answers the error sentence to show beside that section, or null. */
export type SaveSection = (patch: Parameters<ReturnType<typeof api>['updateSettings']>[0]['patch'], done: string) => Promise<string | null>;

/** Settings, one section per concern, each saved on its own. */
export function SettingsView() {
  const { say } = useApp();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api()
      .getSettings({})
      .then(setSettings)
      .catch((e: unknown) => setError(messageOf(e)));
  }, []);

  const save: SaveSection = async (patch, done) => {
    try {
      setSettings(await api().updateSettings({ patch }));
      say(done);
      return null;
    } catch (e) {
      return messageOf(e);
    }
  };

  if (error) {
    return (
      <div className="view">
        <p className="problem" role="alert">
          Settings could not be loaded: {error}
        </p>
      </div>
    );
  }
  if (!settings) {
    return (
      <div className="view">
        <p role="status" className="loading">
          Loading settings…
        </p>
      </div>
    );
  }
  return (
    <div className="view settings-view">
      <SettingsGoogle settings={settings} save={save} />
      <SettingsCalendarFile settings={settings} save={save} />
      <SettingsPolicy settings={settings} save={save} />
      <SettingsProfile settings={settings} save={save} />
    </div>
  );
}
