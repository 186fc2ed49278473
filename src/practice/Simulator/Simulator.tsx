/**
 * A practice simulator as the server renders it. Without JavaScript it says what each screen
 * asks for. The practice itself, a phone with one form per screen, waits in a <template>
 * that <ld-sim> (sim-element.ts) puts in its place and checks as the learner goes.
 */
import type { RuleName } from '../../lib/simulator/rules';
import { fill } from '../../lib/text/fill';
import type { SimulatorData } from '../../schemas/exercise';
import { SIMULATOR_MARKUP_KEYS, type SimulatorStrings } from './strings';

export interface SimulatorProps {
  sim: SimulatorData;
  /** The strings this simulator can show: the page filters out messages for rules it does not use. */
  strings: Partial<SimulatorStrings> & Pick<SimulatorStrings, (typeof SIMULATOR_MARKUP_KEYS)[number]>;
}

type Screen = SimulatorData['screens'][number];
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

export default function Simulator({ sim, strings }: SimulatorProps) {
  const messages = Object.fromEntries(
    Object.entries(strings).filter(([key]) => !(SIMULATOR_MARKUP_KEYS as readonly string[]).includes(key)),
  );
  return (
    <ld-sim data-id={sim.id} data-strings={JSON.stringify(messages)}>
      <div class="sim">
        <p class="sim-banner">{strings.banner}</p>
        <p>
          <strong>{sim.title}</strong>
        </p>
        <ol>
          {sim.screens.map((screen, index) => (
            <li key={index}>
              <strong>{screen.title}</strong>
              {screen.intro && ` ${screen.intro}`}
              {screen.fields.length > 0 &&
                ` ${strings.fields} ${screen.fields.map((field) => field.label).join(', ')}.`}
            </li>
          ))}
        </ol>
        <p class="sim-hint">{strings.noScript}</p>
      </div>
      <template>
        <div class="sim">
          <p class="sim-banner">{strings.banner}</p>
          <div class="sim-phone" role="group" aria-label={sim.title}>
            <p class="sim-app">{sim.title}</p>
            {sim.screens.map((screen, index) => (
              <ScreenForm key={index} sim={sim} screen={screen} index={index} strings={strings} />
            ))}
            <div class="sim-screen" hidden>
              <h3 tabIndex={-1}>{strings.successTitle}</h3>
              <p>{sim.success}</p>
              <button type="button" class="button button--secondary">
                {strings.restart}
              </button>
            </div>
          </div>
        </div>
      </template>
    </ld-sim>
  );
}

interface ScreenProps extends SimulatorProps {
  screen: Screen;
  index: number;
}

function ScreenForm({ sim, screen, index, strings }: ScreenProps) {
  const id = (name: string) => `${sim.id}-${name}`;
  return (
    <form class="sim-screen" noValidate hidden={index > 0}>
      <p class="sim-step">{fill(strings.screenOf, { number: index + 1, total: sim.screens.length })}</p>
      <h3 tabIndex={-1}>{screen.title}</h3>
      {screen.intro && <p>{screen.intro}</p>}
      {screen.fields.map((field) => (
        <div class="sim-field" key={field.name}>
          <label for={id(field.name)}>{field.label}</label>
          {field.hint && (
            <p class="sim-hint" id={id(`${field.name}-hint`)}>
              {field.hint}
            </p>
          )}
          <input
            id={id(field.name)}
            name={field.name}
            {...(INPUT[field.rule] ?? { type: 'text', autoComplete: 'off' })}
            aria-describedby={field.hint ? id(`${field.name}-hint`) : undefined}
            data-rule={field.rule === 'text' ? undefined : field.rule}
            data-expect={field.expect}
          />
        </div>
      ))}
      {screen.selfie && (
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
        {screen.submit ?? (screen.selfie ? strings.selfieButton : strings.next)}
      </button>
    </form>
  );
}
