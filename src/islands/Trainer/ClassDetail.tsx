import { useState } from 'preact/hooks';
import type { CatalogueData } from '../../lib/progress/catalogue';
import { addLearner, countKnown, lessonColumns, type ClassRecord, type Learner } from '../../lib/trainer/roster';
import { separatorFor, toCsv } from '../../lib/trainer/csv';
import { fill } from '../../lib/text/fill';
import { downloadFile } from '../../client/download';
import { Field, TextField } from '../Field';
import { lessonTitle } from '../use-catalogue';
import { Scanner, canScan } from './Scanner';
import type { RosterStrings } from './strings';
import type { Locale } from '../../lib/i18n/locales';

interface Props {
  record: ClassRecord;
  catalogue: CatalogueData | undefined;
  strings: RosterStrings;
  locale: Locale;
  onChange: (record: ClassRecord) => void;
  onDelete: () => void;
}

/** One class: add learners by completion code, see who finished what, export it. */
export function ClassDetail({ record, catalogue, strings, locale, onChange, onDelete }: Props) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [scanning, setScanning] = useState(false);
  const [separator, setSeparator] = useState(() => separatorFor(navigator.language || locale));
  // Ids the catalogue does not have are never counted as done, nor given a column.
  const known = (id: number) => !catalogue || Boolean(catalogue.lessons[id]);
  const columns = lessonColumns(record, known);
  const titleOf = (id: number) => (catalogue ? lessonTitle(catalogue, id, `#${id}`) : `#${id}`);
  const quizOf = (learner: Learner) => (learner.quiz === undefined ? strings.quizNone : `${learner.quiz}%`);

  const add = (typed: string) => {
    const result = addLearner(record, typed, name, new Date());
    if (!result.ok) {
      setStatus('');
      return setError(strings[`codeError.${result.error}`]);
    }
    setError('');
    setCode('');
    setName('');
    onChange(result.record);
    setStatus(
      fill(result.replaced ? strings.replacedLearner : strings.addedLearner, {
        name: result.learner.name,
        count: countKnown(result.learner, known).done,
      }),
    );
  };
  const exportCsv = () => {
    const header = [
      strings.name,
      strings.initials,
      strings.code,
      strings.added,
      strings.doneCount,
      strings.unknownColumn,
      strings.quiz,
      ...columns.map((id) => `${id} ${titleOf(id)}`),
    ];
    const rows = record.learners.map((learner) => [
      learner.name,
      learner.initials,
      learner.code,
      learner.added.slice(0, 16).replace('T', ' '),
      countKnown(learner, known).done,
      countKnown(learner, known).unknown,
      learner.quiz === undefined ? '' : learner.quiz,
      ...columns.map((id) => (learner.completed.includes(id) ? 1 : 0)),
    ]);
    const file = `${
      record.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'kelas'
    }${record.date ? `-${record.date}` : ''}.csv`;
    downloadFile(file, new Blob([toCsv([header, ...rows], separator)], { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <section class="roster__class panel" aria-labelledby="class-title">
      <h2 id="class-title">{record.name}</h2>
      <p class="meta">{[record.date, record.place].filter(Boolean).join(' · ')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add(code);
        }}
        noValidate
      >
        <h3>{strings.addTitle}</h3>
        <TextField
          code
          id="learner-code"
          label={strings.code}
          hint={strings.codeHint}
          error={error}
          value={code}
          onValue={setCode}
        />
        <TextField
          id="learner-name"
          label={strings.learnerName}
          hint={strings.learnerNameHint}
          value={name}
          maxLength={60}
          onValue={setName}
        />
        <p class="button-row">
          <button class="button">{strings.addLearner}</button>
          {canScan() && (
            <button
              type="button"
              class="button button--secondary"
              aria-pressed={scanning}
              onClick={() => setScanning(!scanning)}
            >
              {scanning ? strings.scanStop : strings.scan}
            </button>
          )}
        </p>
        {scanning && (
          <Scanner
            label={strings.scan}
            onCode={(text) => {
              setScanning(false);
              add(text);
            }}
            onError={() => {
              setScanning(false);
              setError(strings.scanError);
            }}
          />
        )}
      </form>
      <p role="status">{status}</p>
      {record.learners.length === 0 ? (
        <p>{strings.noLearners}</p>
      ) : (
        <>
          <p class="hint">{strings.selfReported}</p>
          <div class="table-scroll" role="region" aria-labelledby="roster-caption" tabIndex={0}>
            <table class="roster__table">
              <caption id="roster-caption">{fill(strings.tableCaption, { name: record.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.name}</th>
                  <th scope="col">{strings.doneCount}</th>
                  <th scope="col">{strings.quiz}</th>
                  {columns.map((id) => (
                    <th scope="col">{titleOf(id)}</th>
                  ))}
                  <th scope="col">
                    <span class="visually-hidden">{strings.removeLearner}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {record.learners.map((learner) => (
                  <tr>
                    <th scope="row">{learner.name}</th>
                    <td>
                      {countKnown(learner, known).done}
                      {countKnown(learner, known).unknown > 0 && (
                        <span class="meta">
                          {' '}
                          ({fill(strings.unknownCount, { count: countKnown(learner, known).unknown })})
                        </span>
                      )}
                    </td>
                    <td>{quizOf(learner)}</td>
                    {columns.map((id) => (
                      <td>{learner.completed.includes(id) ? '✓' : ''}</td>
                    ))}
                    <td>
                      <button
                        type="button"
                        class="button button--small button--secondary"
                        aria-label={`${strings.removeLearner}: ${learner.name}`}
                        onClick={() =>
                          onChange({ ...record, learners: record.learners.filter((other) => other !== learner) })
                        }
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div class="field-row">
        <div>
          <Field id="csv-separator" label={strings.separator}>
            {(control) => (
              <select
                {...control}
                value={separator}
                onChange={(e) => setSeparator(e.currentTarget.value === ';' ? ';' : ',')}
              >
                <option value=",">{strings.separatorComma}</option>
                <option value=";">{strings.separatorSemicolon}</option>
              </select>
            )}
          </Field>
        </div>
        <button type="button" class="button" onClick={exportCsv} disabled={record.learners.length === 0}>
          {strings.export}
        </button>
      </div>
      <p>
        <button
          type="button"
          class="button button--danger"
          onClick={() => confirm(fill(strings.deleteConfirm, { name: record.name })) && onDelete()}
        >
          {strings.delete}
        </button>
      </p>
    </section>
  );
}
