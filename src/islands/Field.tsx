import type { ComponentChildren } from 'preact';

/** What the control inside a Field carries so that assistive technology reads its hint and error with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

export interface FieldProps {
  /** The control's id; the hint and the error take `${id}-hint` and `${id}-error`. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** Shown, and the control marked invalid, only while it is not empty. */
  error?: string | undefined;
  /** Ids of other text that describes the control (a live status line), read after the hint and the error. */
  describedBy?: string | undefined;
  /** A hidden or larger label; the plain label takes no class. */
  labelClass?: string | undefined;
  /** Renders the input, select or textarea; spread `control` onto it. */
  children: (control: ControlProps) => ComponentChildren;
}

/**
 * A labelled control in GOV.UK Frontend's order: label, hint, error, control. It renders
 * no wrapper, so the layouts that place labels and inputs (field rows, fieldsets) keep working.
 */
export function Field({ id, label, hint, error, describedBy, labelClass, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (described) control['aria-describedby'] = described;
  if (error) control['aria-invalid'] = 'true';
  return (
    <>
      <label for={id} class={labelClass}>
        {label}
      </label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="form-error" role="alert" id={errorId}>
          {error}
        </p>
      )}
      {children(control)}
    </>
  );
}

/** A code is typed as read aloud from another screen: no autocorrect, capitals on. */
const CODE_INPUT = {
  class: 'code-input',
  autoComplete: 'off',
  autoCapitalize: 'characters',
  spellcheck: false,
} as const;

export type TextFieldProps = Omit<FieldProps, 'children' | 'describedBy' | 'labelClass'> & {
  value: string;
  onValue: (value: string) => void;
  type?: 'date' | 'time' | undefined;
  maxLength?: number | undefined;
  /** A completion or transfer code. */
  code?: boolean | undefined;
};

/** A Field with a plain text, date or time input whose value the island keeps. */
export function TextField({ value, onValue, type, maxLength, code = false, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          {...(code ? CODE_INPUT : {})}
          type={type}
          value={value}
          maxLength={maxLength}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
