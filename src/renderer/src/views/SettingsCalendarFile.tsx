import { useState } from 'react';
import { IcsImportButton, importedMessage } from '../components/IcsImportButton';
import type { Settings } from '../../../shared/domain/settings';
import { ExportButton } from '../components/ExportButton';
import { Field } from '../components/Field';
import { api, messageOf } from '../state/api';
import { useApp } from '../state/context';
import type { SaveSection } from './SettingsView';

/** Calendar files: import an .ics (file or URL), the .ics kept current, and a one-shot export. */
export function SettingsCalendarFile({ settings, save }: { settings: Settings; save: SaveSection }) {
  const { act, say } = useApp();
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState('');
  const [path, setPath] = useState(settings.icsExportPath);
  const [pathError, setPathError] = useState<string | null>(null);

  const importUrl = async () => {
    if (!/^https:\/\/\S+$/i.test(url.trim())) return setUrlError('Use an https:// address of an .ics calendar.');
    setUrlError('');
    try {
      const result = await api().importIcsUrl({ url: url.trim() });
      await act(async () => result.overview);
      say(importedMessage(result));
    } catch (e) {
      setUrlError(messageOf(e));
    }
  };
  const choose = async () => {
    try {
      const chosen = await api().chooseIcsExportPath({});
      if (!chosen.supported) return setPathError('Type the file path here; this window cannot open a file dialog.');
      if (chosen.path) {
        setPath(chosen.path);
        setPathError(await save({ icsExportPath: chosen.path }, 'Tactful will keep that file current.'));
      }
    } catch (e) {
      setPathError(messageOf(e));
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="ics-title">
      <h2 id="ics-title">Calendar files (.ics)</h2>
      <div className="row">
        <p className="grow">Import interviews from any calendar app that exports .ics.</p>
        <IcsImportButton />
      </div>
      <form
        className="row"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void importUrl();
        }}
      >
        <Field label="Or read a calendar address" error={urlError || undefined}>
          {(p) => <input {...p} type="url" placeholder="https://…/calendar.ics" value={url} onChange={(e) => setUrl(e.target.value)} />}
        </Field>
        <button type="submit" className="button">
          Import from address
        </button>
      </form>
      <form
        className="row"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save({ icsExportPath: path.trim() }, path.trim() ? 'Tactful will keep that file current.' : 'Stopped updating the file.').then(setPathError);
        }}
      >
        <Field label="Keep this .ics file current" error={pathError ?? undefined} hint="Rewritten after every change; subscribe to it from your calendar app. Leave empty for none.">
          {(p) => <input {...p} value={path} placeholder="/home/you/tactful.ics" onChange={(e) => setPath(e.target.value)} />}
        </Field>
        <button type="button" className="button" onClick={() => void choose()}>
          Choose…
        </button>
        <button type="submit" className="button">
          Save
        </button>
      </form>
      <div className="row">
        <p className="grow muted">Or save every planned step once, to import anywhere.</p>
        <ExportButton label="Export…" />
      </div>
    </section>
  );
}
