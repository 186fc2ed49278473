import { useEffect, useRef, useState } from 'preact/hooks';
import { validate, type RuleName } from '../../lib/simulator/rules';
import { recordExercise } from '../../lib/progress/model';
import { updateProgress } from '../../client/progress-store';
import type { SimulatorData } from '../../schemas/exercise';
import { fill, lessonIdOf } from '../use-mounted';
import type { SimulatorStrings } from './strings';

export interface SimulatorProps {
  sim: SimulatorData;
  strings: SimulatorStrings;
}

type Field = SimulatorData['screens'][number]['fields'][number];
const INPUT: Partial<
  Record<RuleName, { type: string; inputMode?: 'numeric' | 'email' | 'tel'; autoComplete: string }>
> = {
  nik: { type: 'text', inputMode: 'numeric', autoComplete: 'off' },
  kk: { type: 'text', inputMode: 'numeric', autoComplete: 'off' },
  otp: { type: 'text', inputMode: 'numeric', autoComplete: 'one-time-code' },
  pin: { type: 'password', inputMode: 'numeric', autoComplete: 'off' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'off' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'off' },
  date: { type: 'date', autoComplete: 'off' },
};

function errorFor(field: Field, value: string, strings: SimulatorStrings): string | undefined {
  const error = validate(field.rule, value);
  if (error)
    return fill(strings[error.code as keyof SimulatorStrings] ?? strings.required, {
      label: field.label,
      ...error.vars,
    });
  if (field.expect && value.trim() !== field.expect)
    return fill(strings.expect, { label: field.label, value: field.expect });
  return undefined;
}

export default function Simulator({ sim, strings }: SimulatorProps) {
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [screen, setScreen] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [moved, setMoved] = useState(false);
  const done = screen >= sim.screens.length;
  const id = (name: string) => `${sim.id}-${name}`;

  // Focus follows the learner to each new screen, as a real app's would.
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [screen, moved]);

  const current = sim.screens[screen];
  const submit = (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const field of current?.fields ?? []) {
      const message = errorFor(field, values[field.name] ?? '', strings);
      if (message) found[field.name] = message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setMoved(true);
    setScreen(screen + 1);
    if (screen + 1 === sim.screens.length) {
      const lessonId = lessonIdOf(root.current);
      if (lessonId) updateProgress((progress) => recordExercise(progress, lessonId, sim.id, Date.now()));
    }
  };
  const errorList = Object.entries(errors);

  return (
    <div class="sim" ref={root}>
      <p class="sim-banner">{strings.banner}</p>
      <div class="sim-phone" role="group" aria-label={sim.title}>
        <p class="sim-app">{sim.title}</p>
        {done || !current ? (
          <div class="sim-screen">
            <h3 ref={heading} tabIndex={-1}>
              {strings.successTitle}
            </h3>
            <p>{sim.success}</p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setValues({});
                setErrors({});
                setScreen(0);
              }}
            >
              {strings.restart}
            </button>
          </div>
        ) : (
          <form class="sim-screen" noValidate onSubmit={submit}>
            <p class="sim-step">{fill(strings.screenOf, { number: screen + 1, total: sim.screens.length })}</p>
            <h3 ref={heading} tabIndex={-1}>
              {current.title}
            </h3>
            {current.intro && <p>{current.intro}</p>}
            {errorList.length > 0 && (
              <div class="sim-errors" role="alert" tabIndex={-1} ref={summary}>
                <p>
                  <strong>{fill(strings.errorSummary, { count: errorList.length })}</strong>
                </p>
                <ul>
                  {errorList.map(([name, message]) => (
                    <li key={name}>
                      <a href={`#${id(name)}`}>{message}</a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {current.fields.map((field) => {
              const error = errors[field.name];
              const describedBy = [field.hint && id(`${field.name}-hint`), error && id(`${field.name}-error`)]
                .filter(Boolean)
                .join(' ');
              return (
                <div class={`sim-field${error ? ' has-error' : ''}`} key={`${screen}-${field.name}`}>
                  <label for={id(field.name)}>{field.label}</label>
                  {field.hint && (
                    <p class="sim-hint" id={id(`${field.name}-hint`)}>
                      {field.hint}
                    </p>
                  )}
                  {error && (
                    <p class="sim-error" id={id(`${field.name}-error`)}>
                      {error}
                    </p>
                  )}
                  <input
                    id={id(field.name)}
                    name={field.name}
                    {...(INPUT[field.rule] ?? { type: 'text', autoComplete: 'off' })}
                    value={values[field.name] ?? ''}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={describedBy || undefined}
                    onInput={(event) => setValues({ ...values, [field.name]: event.currentTarget.value })}
                  />
                </div>
              );
            })}
            {current.selfie && (
              <div class="sim-selfie" role="img" aria-label={strings.selfie}>
                <svg aria-hidden="true" viewBox="0 0 24 24" width="64" height="64">
                  <path
                    fill="currentColor"
                    d="M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-5 0-9 2.5-9 5.5V22h18v-2.5c0-3-4-5.5-9-5.5z"
                  />
                </svg>
                <p>{strings.selfie}</p>
              </div>
            )}
            <button type="submit" class="button">
              {current.submit ?? (current.selfie ? strings.selfieButton : strings.next)}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
