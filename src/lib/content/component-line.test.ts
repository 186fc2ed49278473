import { describe, expect, it } from 'vitest';
import { componentLine } from './component-line';

const lesson = `---
title: Contoh
---

Kode <Term id="otp">OTP</Term> itu rahasia, begitu juga <Term id='pin'>PIN</Term>.

<Check
  question="Siapa yang boleh tahu kode OTP?"
  choices={[{ text: "Anda", feedback: "Benar => ya." }, { text: "Bank", feedback: "Bukan." }]}
  answer="Anda"
/>

<Check question="Apa itu PIN?" choices={[]} answer="x" />
`;

describe('componentLine', () => {
  it('finds the tag that sets the prop to the value, however its props are quoted or spread over lines', () => {
    expect(componentLine(lesson, 'Check', { prop: 'question', value: 'Apa itu PIN?' })).toBe(13);
    expect(componentLine(lesson, 'Check', { prop: 'question', value: 'Siapa yang boleh tahu kode OTP?' })).toBe(7);
    expect(componentLine(lesson, 'Term', { prop: 'id', value: 'pin' })).toBe(5);
  });

  it('reads what follows the closing ">" as text, not as props of the tag', () => {
    const text = 'Ketik <Term id="otp">OTP</Term>, bukan id="pin".';
    expect(componentLine(text, 'Term', { prop: 'id', value: 'pin' })).toBeUndefined();
    expect(componentLine(lesson, 'Check', { prop: 'answer', value: 'x' })).toBe(13);
  });

  it('names no line when nothing tells the tags apart', () => {
    expect(componentLine(lesson, 'Check')).toBeUndefined();
    expect(componentLine(lesson, 'Term', { prop: 'id', value: 'nik' })).toBeUndefined();
    expect(componentLine('Intro.\n\n<ScamDrill id="a" messages={[]} />', 'ScamDrill')).toBe(3);
  });
});
