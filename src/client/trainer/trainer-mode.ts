/**
 * Trainer mode shows TrainerNotes. It is switched with ?pelatih=1 (on) or ?pelatih=0
 * (off) in any lesson address, and remembered on this device.
 */
import { readSetting, writeSetting } from '../storage/settings';

export function applyTrainerMode(): void {
  const flag = new URLSearchParams(location.search).get('pelatih');
  if (flag === '1' || flag === '0') writeSetting('trainer', flag === '1');
  const on = flag === '1' || (flag !== '0' && readSetting('trainer') === true);
  document.documentElement.toggleAttribute('data-trainer', on);
}
