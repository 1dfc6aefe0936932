import { useRef } from 'react';
import { api, messageOf } from '../state/api';
import { useApp } from '../state/context';

/** What an import found, in one sentence. */
export function importedMessage(r: { events: number; interviews: number }): string {
  return `Read ${r.events} event${r.events === 1 ? '' : 's'}; found ${r.interviews} interview${r.interviews === 1 ? '' : 's'}. Check them in Review.`;
}

/** "Import an .ics file…": picks a file, reads it here, and hands its text to main. */
export function IcsImportButton() {
  const { act, say } = useApp();
  const file = useRef<HTMLInputElement>(null);
  const importFile = async (picked: File | undefined) => {
    if (!picked) return;
    try {
      const result = await api().importIcs({ fileName: picked.name, text: await picked.text() });
      await act(async () => result.overview);
      say(importedMessage(result));
    } catch (error) {
      say(messageOf(error), 'error');
    } finally {
      // The same file can be picked again after it was fixed.
      if (file.current) file.current.value = '';
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => file.current?.click()}>
        Import an .ics file…
      </button>
      <input
        ref={file}
        type="file"
        accept=".ics,text/calendar"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Choose an .ics file to import"
        data-testid="ics-file-input"
        onChange={(e) => void importFile(e.target.files?.[0])}
      />
    </>
  );
}
