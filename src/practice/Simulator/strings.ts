import { keys } from '../../lib/i18n/strings';

export const SIMULATOR_STRING_KEYS = [
  ...keys('banner screenOf next errorSummary selfie selfieButton successTitle restart required nik.length'),
  ...keys('nik.digits nik.zeros kk.length kk.digits kk.zeros email phone.digits phone.start phone.length'),
  ...keys('otp.length otp.digits pin.length pin.digits pin.easy date expect noScript fields'),
];
export type SimulatorStrings = Record<(typeof SIMULATOR_STRING_KEYS)[number], string>;

/** Words only the server's markup uses; every other string is a message <ld-sim> may write. */
export const SIMULATOR_MARKUP_KEYS = keys(
  'banner screenOf next selfie selfieButton successTitle restart noScript fields',
) satisfies (keyof SimulatorStrings)[];
