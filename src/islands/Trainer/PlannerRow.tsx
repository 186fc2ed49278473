import { clampMinutes, type AgendaRow } from '../../lib/trainer/session';
import { fill } from '../../lib/text/fill';
import { Field } from '../Field';
import type { PlannerStrings } from './strings';

interface Props {
  row: AgendaRow;
  index: number;
  last: boolean;
  title: string;
  strings: PlannerStrings;
  onMinutes: (minutes: number) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

/** One line of the planned agenda: its times, its minutes, and buttons to move or remove it. */
export function PlannerRow({ row, index, last, title, strings, onMinutes, onMove, onRemove }: Props) {
  return (
    <li class="planner__item" data-row={index}>
      <span class="planner__time">
        {row.start}–{row.end}
      </span>
      <span class="planner__title">{title}</span>
      <span class="planner__controls">
        <Field id={`planner-minutes-${index}`} label={fill(strings.minutesFor, { title })} labelClass="visually-hidden">
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              value={row.item.minutes}
              onChange={(e) => onMinutes(clampMinutes(Number(e.currentTarget.value)))}
            />
          )}
        </Field>
        <button
          type="button"
          class="button button--small"
          data-action="up"
          aria-label={`${strings.up}: ${title}`}
          aria-disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="button button--small"
          data-action="down"
          aria-label={`${strings.down}: ${title}`}
          aria-disabled={last}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          class="button button--small button--secondary"
          data-action="remove"
          aria-label={`${strings.remove}: ${title}`}
          onClick={onRemove}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
