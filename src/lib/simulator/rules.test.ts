import { describe, expect, it } from 'vitest';
import { validate } from './rules';

describe('simulator rules', () => {
  it('asks for something when a field is empty', () => {
    expect(validate('text', '   ')).toEqual({ code: 'required' });
  });

  it('counts the digits of a short or long NIK so the message can say how many', () => {
    expect(validate('nik', '640801010190000')).toEqual({ code: 'nik.length', vars: { count: 15 } });
    expect(validate('nik', '64080101019000011')).toEqual({ code: 'nik.length', vars: { count: 17 } });
    expect(validate('nik', '6408 0101 0190 0001')).toBeUndefined();
    expect(validate('nik', '64080101O1900001')).toEqual({ code: 'nik.digits' });
    expect(validate('kk', '0000000000000000')).toEqual({ code: 'kk.zeros' });
  });

  it('accepts plain email addresses and rejects the usual slips', () => {
    expect(validate('email', 'sari@contoh.id')).toBeUndefined();
    for (const wrong of ['sari', 'sari@contoh', 'sari @contoh.id', 'sari@@contoh.id']) {
      expect(validate('email', wrong)).toEqual({ code: 'email' });
    }
  });

  it('accepts Indonesian mobile numbers in local and +62 form', () => {
    expect(validate('phone', '0812-3456-7890')).toBeUndefined();
    expect(validate('phone', '+62 812 3456 7890')).toBeUndefined();
    expect(validate('phone', '0212345678')).toEqual({ code: 'phone.start' });
    expect(validate('phone', '08123')).toEqual({ code: 'phone.length', vars: { count: 5 } });
  });

  it('wants six digits for an OTP and a PIN that is not easy to guess', () => {
    expect(validate('otp', '123456')).toBeUndefined();
    expect(validate('otp', '12345')).toEqual({ code: 'otp.length', vars: { count: 5 } });
    expect(validate('pin', '111111')).toEqual({ code: 'pin.easy' });
    expect(validate('pin', '123456')).toEqual({ code: 'pin.easy' });
    expect(validate('pin', '583920')).toBeUndefined();
  });

  it('checks dates written as YYYY-MM-DD', () => {
    expect(validate('date', '1990-01-31')).toBeUndefined();
    expect(validate('date', '31-01-1990')).toEqual({ code: 'date' });
  });
});
