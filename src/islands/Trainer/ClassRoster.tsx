import { useEffect, useState } from 'preact/hooks';
import { loadRoster, saveRoster, type RosterState } from '../../client/storage/roster-store';
import { newClassId, type ClassRecord } from '../../lib/trainer/roster';
import { fill } from '../../lib/text/fill';
import { useMounted } from '../use-mounted';
import { Field } from '../Field';
import { ClassDetail } from './ClassDetail';
import { useCatalogue } from '../use-catalogue';
import type { RosterStrings } from './strings';
import type { Locale } from '../../lib/i18n/locales';

interface Props {
  strings: RosterStrings;
  locale: Locale;
  noScript: string;
}

/** The trainer's classes, kept on this device only. */
export default function ClassRoster({ strings, locale, noScript }: Props) {
  const mounted = useMounted();
  const catalogue = useCatalogue(locale);
  const [state, setState] = useState<RosterState | undefined>();
  const [openId, setOpenId] = useState<string | undefined>();
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => setState(loadRoster()), []);

  if (!mounted || !state) return <p>{noScript}</p>;
  const commit = (classes: ClassRecord[]) => {
    const roster = { ...state.roster, classes };
    setState({ ...state, roster, mode: saveRoster(roster, state.mode) });
  };
  const create = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    if (!name) return setError(strings.nameRequired);
    const record = {
      id: newClassId(new Date(), Math.random),
      name,
      date: String(data.get('date') ?? ''),
      place: String(data.get('place') ?? '').trim(),
      learners: [],
    };
    setError('');
    commit([...state.roster.classes, record]);
    setOpenId(record.id);
    form.reset();
  };
  const open = state.roster.classes.find((record) => record.id === openId);

  return (
    <div class="roster">
      {state.mode === 'memory' && <p class="storage-notice">{strings['storage.memory']}</p>}
      {state.mode === 'read-only' && <p class="storage-notice">{strings['storage.readOnly']}</p>}
      {state.dropped > 0 && <p class="storage-notice">{fill(strings['storage.dropped'], { count: state.dropped })}</p>}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      <h2>{strings.classes}</h2>
      {state.roster.classes.length === 0 ? (
        <p>{strings.none}</p>
      ) : (
        <ul class="roster__classes">
          {state.roster.classes.map((record) => (
            <li>
              <button
                type="button"
                class="link-button"
                aria-current={record.id === openId}
                onClick={() => setOpenId(record.id)}
              >
                {record.name}
              </button>{' '}
              <span class="meta">
                {[record.date, record.place].filter(Boolean).join(' · ')} ·{' '}
                {fill(strings.learners, { count: record.learners.length })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <ClassDetail
          key={open.id}
          record={open}
          catalogue={catalogue === 'error' ? undefined : catalogue}
          strings={strings}
          locale={locale}
          onChange={(next) => commit(state.roster.classes.map((record) => (record.id === next.id ? next : record)))}
          onDelete={() => {
            commit(state.roster.classes.filter((record) => record.id !== open.id));
            setOpenId(undefined);
            setStatus(fill(strings.deleted, { name: open.name }));
          }}
        />
      )}
      <form class="panel" onSubmit={create} noValidate>
        <h2>{strings.newClass}</h2>
        <Field id="class-name" label={strings.className} error={error}>
          {(control) => <input {...control} name="name" maxLength={80} required />}
        </Field>
        <div class="field-row">
          <div>
            <Field id="class-date" label={strings.classDate}>
              {(control) => <input {...control} name="date" type="date" />}
            </Field>
          </div>
          <div>
            <Field id="class-place" label={strings.classPlace}>
              {(control) => <input {...control} name="place" maxLength={80} />}
            </Field>
          </div>
        </div>
        <button class="button">{strings.create}</button>
      </form>
    </div>
  );
}
