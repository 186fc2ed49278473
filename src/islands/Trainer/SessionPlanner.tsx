import { useEffect, useRef, useState } from 'preact/hooks';
import { agenda, decodeSession, emptySession, encodeSession, moveItem } from '../../lib/trainer/session';
import type { Session, SessionItem } from '../../lib/trainer/session';
import { fill } from '../../lib/text/fill';
import { siteUrl } from '../../client/site-url';
import { useMounted } from '../use-mounted';
import { Field, TextField } from '../Field';
import { PlannerRow } from './PlannerRow';
import { ShareSession } from './ShareSession';
import { lessonTitle, useCatalogue } from '../use-catalogue';
import type { PlannerStrings } from './strings';
import type { Locale } from '../../lib/i18n/locales';

interface Props {
  strings: PlannerStrings;
  locale: Locale;
  /** The shared agenda page's path; the link takes this site's own address, wherever it is deployed. */
  agendaPath: string;
  noScript: string;
}

/** Plans a class: lessons and breaks in order, with minutes. The plan lives in the page's fragment. */
export default function SessionPlanner({ strings, locale, agendaPath, noScript }: Props) {
  const mounted = useMounted();
  const catalogue = useCatalogue(locale);
  const [session, setSession] = useState<Session>(emptySession);
  const [skipped, setSkipped] = useState(0);
  const [status, setStatus] = useState('');
  const [copied, setCopied] = useState(false);
  const focusNext = useRef<string | undefined>();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const decoded = decodeSession(location.hash);
    if (decoded) {
      setSession(decoded.session);
      setSkipped(decoded.skipped);
    }
  }, []);
  const fragment = encodeSession(session);
  useEffect(() => {
    if (mounted) history.replaceState(null, '', `#${fragment}`);
    if (focusNext.current) list.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = undefined;
  }, [fragment, mounted]);

  if (!mounted) return <p>{noScript}</p>;
  if (catalogue === undefined) return <p role="status">{strings.loading}</p>;
  if (catalogue === 'error') return <p role="alert">{strings.catalogueError}</p>;

  const titleOf = (item: SessionItem) =>
    item.kind === 'break' ? strings.break : lessonTitle(catalogue, item.id, strings.unknownLesson);
  const update = (change: Partial<Session>) => setSession((current) => ({ ...current, ...change }));
  const setItems = (items: SessionItem[]) => update({ items });
  const addItems = (items: SessionItem[], label: string) => {
    setItems([...session.items, ...items]);
    setStatus(fill(strings.added, { title: label }));
  };
  const move = (index: number, step: -1 | 1) => {
    const target = index + step;
    if (target < 0 || target >= session.items.length) return;
    setItems(moveItem(session.items, index, step));
    // Keep the keyboard where it was: on the same button of the moved row.
    focusNext.current = `[data-row="${target}"] [data-action="${step < 0 ? 'up' : 'down'}"]`;
    setStatus(fill(strings.moved, { title: titleOf(session.items[index]!), position: target + 1 }));
  };
  const remove = (index: number) => {
    const title = titleOf(session.items[index]!);
    setItems(session.items.filter((_, i) => i !== index));
    focusNext.current = `[data-row="${Math.min(index, session.items.length - 2)}"] [data-action="remove"]`;
    setStatus(fill(strings.removed, { title }));
  };
  const lessonItem = (id: number): SessionItem => ({
    kind: 'lesson',
    id,
    minutes: catalogue.lessons[String(id)]?.minutes ?? 10,
  });
  const plan = agenda(session);
  const shareUrl = `${new URL(siteUrl(agendaPath), location.href).href}#${fragment}`;

  return (
    <div class="planner">
      {skipped > 0 && <p class="form-error">{fill(strings.skipped, { count: skipped })}</p>}
      <fieldset>
        <legend>{strings.about}</legend>
        <TextField
          id="session-title"
          label={strings.title}
          value={session.title}
          maxLength={80}
          onValue={(title) => update({ title })}
        />
        <div class="field-row">
          <div>
            <TextField
              id="session-date"
              label={strings.date}
              type="date"
              value={session.date}
              onValue={(date) => update({ date })}
            />
          </div>
          <div>
            <TextField
              id="session-start"
              label={strings.start}
              type="time"
              value={session.start}
              onValue={(start) => update({ start: start || '09:00' })}
            />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{strings.add}</legend>
        <form
          class="field-row"
          onSubmit={(event) => {
            event.preventDefault();
            const path = catalogue.paths.find((entry) => entry.slug === new FormData(event.currentTarget).get('path'));
            if (path) addItems(path.lessons.map(lessonItem), path.title);
          }}
        >
          <div>
            <Field id="add-path" label={strings.addPath}>
              {(control) => (
                <select {...control} name="path">
                  {catalogue.paths.map((path) => (
                    <option value={path.slug}>{path.title}</option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <button class="button button--secondary">{strings.addPathButton}</button>
        </form>
        <form
          class="field-row"
          onSubmit={(event) => {
            event.preventDefault();
            const id = Number(new FormData(event.currentTarget).get('lesson'));
            addItems([lessonItem(id)], lessonTitle(catalogue, id, strings.unknownLesson));
          }}
        >
          <div>
            <Field id="add-lesson" label={strings.addLesson}>
              {(control) => (
                <select {...control} name="lesson">
                  {catalogue.paths.map((path) => (
                    <optgroup label={path.title}>
                      {path.lessons.map((id) => (
                        <option value={id}>{lessonTitle(catalogue, id, strings.unknownLesson)}</option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <button class="button button--secondary">{strings.addLessonButton}</button>
        </form>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => addItems([{ kind: 'break', minutes: 15 }], strings.break)}
        >
          {strings.addBreak}
        </button>
      </fieldset>
      <p class="visually-hidden" role="status">
        {status}
      </p>
      <h2>{strings.agenda}</h2>
      {session.items.length === 0 ? (
        <p>{strings.empty}</p>
      ) : (
        <ol class="planner__items" ref={list}>
          {plan.rows.map((row, index) => {
            const title = titleOf(row.item);
            return (
              <PlannerRow
                key={`${index}-${title}`}
                row={row}
                index={index}
                last={index === session.items.length - 1}
                title={title}
                strings={strings}
                onMinutes={(minutes) =>
                  setItems(session.items.map((item, i) => (i === index ? { ...item, minutes } : item)))
                }
                onMove={(step) => move(index, step)}
                onRemove={() => remove(index)}
              />
            );
          })}
        </ol>
      )}
      <p>
        <strong>{fill(strings.total, { minutes: plan.totalMinutes, end: plan.end })}</strong>
      </p>
      {session.items.length > 0 && (
        <ShareSession shareUrl={shareUrl} strings={strings} copied={copied} onCopied={setCopied} />
      )}
    </div>
  );
}
