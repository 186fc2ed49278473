/**
 * The trainer hub's on/off switch for trainer mode. Its own module, so lesson pages (which
 * only read the setting, in trainer-mode.ts) do not carry it.
 */
import { readSetting, writeSetting } from '../storage/settings';

/** The hub's on/off switch; the status line says what it does, for screen readers too. */
export function setUpTrainerSwitch(button: HTMLButtonElement, status: HTMLElement): void {
  const show = (on: boolean) => {
    button.setAttribute('aria-pressed', String(on));
    status.textContent = (on ? status.dataset['on'] : status.dataset['off']) ?? '';
    document.documentElement.toggleAttribute('data-trainer', on);
  };
  show(readSetting('trainer') === true);
  button.hidden = false;
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    writeSetting('trainer', on);
    show(on);
  });
}
