import { writeSetting } from '../client/progress-store';

interface NameFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (name: string) => void;
}

/** The learner's name or initials, kept only on this device; shared by the progress page and the certificate. */
export function NameField({ id, label, hint, value, onChange }: NameFieldProps) {
  return (
    <>
      <label for={id}>{label}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        value={value}
        maxLength={60}
        autoComplete="name"
        aria-describedby={`${id}-hint`}
        onInput={(event) => {
          onChange(event.currentTarget.value);
          writeSetting('name', event.currentTarget.value);
        }}
      />
    </>
  );
}
