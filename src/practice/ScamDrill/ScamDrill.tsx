/**
 * A scam drill as the server renders it. Without JavaScript it lists every message with its
 * verdict and red flags behind "Pesan ini aman atau penipuan?". <ld-drill> (drill-element.ts)
 * turns the same markup into one message at a time that the learner judges first.
 */
import type { ScamDrillData } from '../../schemas/exercise';
import { fill } from '../../lib/text/fill';
import { DRILL_LIVE_KEYS, type DrillStrings } from './strings';

export interface ScamDrillProps {
  drill: ScamDrillData;
  strings: DrillStrings;
}
type Message = ScamDrillData['messages'][number];

export default function ScamDrill({ drill, strings }: ScamDrillProps) {
  const live = Object.fromEntries(DRILL_LIVE_KEYS.map((key) => [key, strings[key]]));
  return (
    <ld-drill class="drill" data-id={drill.id} data-strings={JSON.stringify(live)}>
      <ol class="drill-list">
        {drill.messages.map((message, index) => (
          <li key={index} data-verdict={message.verdict}>
            <MessageCard message={message} strings={strings} />
            <details class="drill-answer">
              <summary>{strings.answer}</summary>
              <div>
                <p>
                  <strong>
                    {fill(strings.itWas, { verdict: message.verdict === 'scam' ? strings.scam : strings.safe })}
                  </strong>
                </p>
                {message.flags.length > 0 && (
                  <>
                    <p>{strings.flags}</p>
                    <ul>
                      {message.flags.map((flag) => (
                        <li key={flag}>{flag}</li>
                      ))}
                    </ul>
                  </>
                )}
                <p>{message.explanation}</p>
              </div>
            </details>
          </li>
        ))}
      </ol>
    </ld-drill>
  );
}

/** One message as it arrives on the phone. */
function MessageCard({ message, strings }: { message: Message; strings: DrillStrings }) {
  return (
    <figure class={`drill-message drill-message--${message.channel}`}>
      <figcaption>
        <span class="drill-channel">{strings[`channel.${message.channel}`]}</span> <strong>{message.from}</strong>
      </figcaption>
      <p>{message.text}</p>
      {message.attachment && (
        <p class="drill-attachment">
          {strings.attachment} <strong>{message.attachment}</strong>
        </p>
      )}
      {message.link && (
        <p class="drill-link">
          {strings.link} <span class="host">{message.link}</span>
        </p>
      )}
    </figure>
  );
}
