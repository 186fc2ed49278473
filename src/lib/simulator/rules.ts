/**
 * Input rules for practice simulators. Each returns an error code and the numbers an
 * error message needs ("NIK harus 16 angka; Anda mengetik 15"), or nothing when valid.
 * Messages live in the UI dictionaries so they can be friendly in both languages.
 */
export const RULES = ['nik', 'kk', 'email', 'phone', 'otp', 'pin', 'text', 'date'] as const;
export type RuleName = (typeof RULES)[number];

export interface RuleError {
  code: string;
  vars?: Record<string, number>;
}

const digitsOnly = (value: string) => value.replace(/[\s.-]/g, '');

function sixteenDigits(value: string, name: 'nik' | 'kk'): RuleError | undefined {
  const digits = digitsOnly(value);
  if (!/^\d*$/.test(digits)) return { code: `${name}.digits` };
  if (digits.length !== 16) return { code: `${name}.length`, vars: { count: digits.length } };
  if (/^0+$/.test(digits)) return { code: `${name}.zeros` };
  return undefined;
}

export function validate(rule: RuleName, raw: string): RuleError | undefined {
  const value = raw.trim();
  if (value === '') return { code: 'required' };
  switch (rule) {
    case 'nik':
    case 'kk':
      return sixteenDigits(value, rule);
    case 'email':
      // Deliberately plain: what a person can check by eye (one @, a dot after it, no spaces).
      return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value) ? undefined : { code: 'email' };
    case 'phone': {
      const digits = digitsOnly(value).replace(/^\+62/, '0').replace(/^62/, '0');
      if (!/^\d+$/.test(digits)) return { code: 'phone.digits' };
      if (!digits.startsWith('08')) return { code: 'phone.start' };
      return digits.length >= 10 && digits.length <= 13
        ? undefined
        : { code: 'phone.length', vars: { count: digits.length } };
    }
    case 'otp':
    case 'pin': {
      const digits = digitsOnly(value);
      if (!/^\d+$/.test(digits)) return { code: `${rule}.digits` };
      if (digits.length !== 6) return { code: `${rule}.length`, vars: { count: digits.length } };
      if (
        rule === 'pin' &&
        (/^(\d)\1{5}$/.test(digits) || '0123456789'.includes(digits) || '9876543210'.includes(digits))
      ) {
        return { code: 'pin.easy' };
      }
      return undefined;
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : { code: 'date' };
    case 'text':
      return undefined;
  }
}
