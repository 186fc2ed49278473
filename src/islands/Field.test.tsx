// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Field, type FieldProps } from './Field';

afterEach(cleanup);

function renderField(props: Omit<FieldProps, 'children' | 'id' | 'label'>): HTMLInputElement {
  render(
    <form>
      <Field id="class-name" label="Nama kelas" {...props}>
        {(control) => <input {...control} name="name" />}
      </Field>
    </form>,
  );
  return screen.getByLabelText<HTMLInputElement>('Nama kelas');
}

const describedBy = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

describe('Field', () => {
  it('ties the label to the control, and gives no description or invalid mark when there is neither hint nor error', () => {
    const input = renderField({});
    expect(input.id).toBe('class-name');
    expect(input.name).toBe('name');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('describes the control by its hint, and is not marked invalid without an error', () => {
    const input = renderField({ hint: 'Contoh: Kelas Sangatta' });
    expect(describedBy(input)).toEqual(['Contoh: Kelas Sangatta']);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('describes the control by the hint, then the error, and marks it invalid while the error shows', () => {
    const input = renderField({ hint: 'Contoh: Kelas Sangatta', error: 'Isi nama kelas.' });
    expect(describedBy(input)).toEqual(['Contoh: Kelas Sangatta', 'Isi nama kelas.']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Isi nama kelas.');
  });

  it('shows the label, hint and error before the control, in that order', () => {
    renderField({ hint: 'Contoh: Kelas Sangatta', error: 'Isi nama kelas.' });
    const order = [...document.querySelector('form')!.children].map(
      (node) => node.tagName + (node.className && `.${node.className}`),
    );
    expect(order).toEqual(['LABEL', 'P.field-hint', 'P.form-error', 'INPUT']);
  });

  it('reads other describing text after the hint and the error, and drops an empty error', () => {
    const input = renderField({ error: '', describedBy: 'finder-status' });
    expect(input.getAttribute('aria-describedby')).toBe('finder-status');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
