import { writeSetting } from '../client/storage/settings';
import { Field } from './Field';

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
    <Field id={id} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          value={value}
          maxLength={60}
          autoComplete="name"
          onInput={(event) => {
            onChange(event.currentTarget.value);
            writeSetting('name', event.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}
