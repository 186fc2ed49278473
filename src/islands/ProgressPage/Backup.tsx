import { useState } from 'preact/hooks';
import type { StoreState } from '../../client/storage/progress-store';
import type { CatalogueData } from '../../lib/progress/catalogue';
import type { Progress } from '../../lib/progress/model';
import { parseProgressText } from '../../lib/progress/parse';
import { downloadFile } from '../../client/download';
import { Field } from '../Field';
import { useMergePreview } from './MergePreview';
import type { ProgressStrings } from './strings';

interface Props {
  state: StoreState;
  catalogue: CatalogueData | undefined;
  strings: ProgressStrings;
}

const MAX_IMPORT_BYTES = 1_000_000;

export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `langkah-digital-kemajuan-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function download(progress: Progress): void {
  const body = JSON.stringify({ ...progress, app: 'langkah-digital', exportedAt: new Date().toISOString() }, null, 2);
  downloadFile(exportFileName(new Date()), new Blob([body], { type: 'application/json' }));
}

/** Export to a file and import one back, merging and never losing anything. */
export function Backup({ state, catalogue, strings }: Props) {
  const [error, setError] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const { preview, offer } = useMergePreview(state, catalogue, strings, () => setInputKey((key) => key + 1));

  const read = async (file: File | undefined) => {
    setError('');
    offer(undefined);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setError(strings['importError.too-big']);
    const result = parseProgressText(await file.text());
    if (!result.ok) return setError(strings[`importError.${result.reason}`]);
    offer(result.progress);
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{strings.backupTitle}</h2>
      <p>{strings.backupIntro}</p>
      <p>
        <button type="button" class="button" onClick={() => download(state.progress)}>
          {strings.export}
        </button>
      </p>
      <div class="file-field">
        <Field id="import-file" label={strings.import} hint={strings.importChoose} error={error}>
          {(control) => (
            <input
              {...control}
              key={inputKey}
              type="file"
              accept=".json,application/json"
              onChange={(event) => void read(event.currentTarget.files?.[0])}
            />
          )}
        </Field>
      </div>
      {preview}
    </section>
  );
}
