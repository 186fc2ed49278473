import { describe, expect, it } from 'vitest';
import { formatIssues } from '../lib/content/format-issues';
import { simulatorSchema } from './exercise';

const screen = (name: string) => ({ title: 'Daftar', fields: [{ name, label: 'NIK', rule: 'nik' }] });

describe('simulator schema', () => {
  it('accepts fields with their own names across screens', () => {
    const sim = { id: 'latihan', title: 'Latihan', screens: [screen('nik'), screen('nik2')], success: 'Selesai.' };
    expect(simulatorSchema.safeParse(sim).success).toBe(true);
  });

  it('names the repeated field and how to fix it', () => {
    const sim = { id: 'latihan', title: 'Latihan', screens: [screen('nik'), screen('nik')], success: 'Selesai.' };
    const result = simulatorSchema.safeParse(sim);
    expect(result.success).toBe(false);
    expect(formatIssues(result.error!.issues)).toContain('screens[1].fields[0].name');
    expect(formatIssues(result.error!.issues)).toContain('"nik" is already a field of this simulator');
  });
});
