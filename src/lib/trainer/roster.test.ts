import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCompletion } from '../codes/completion';
import { addLearner, lessonColumns, parseRoster, type ClassRecord } from './roster';
import { separatorFor, toCsv } from './csv';

const empty: ClassRecord = { id: 'k1', name: 'Kelas Sangatta', date: '2026-12-03', place: 'Balai desa', learners: [] };
const siti = encodeCompletion({ completed: [6, 7], initials: 'Siti Rahma' });
const now = new Date('2026-12-03T02:00:00Z');

describe('addLearner', () => {
  it('reads the code into a row with initials and lessons', () => {
    const result = addLearner(empty, siti.toLowerCase(), '', now);
    expect(result.ok && result.learner).toMatchObject({ name: 'SR', initials: 'SR', completed: [6, 7] });
  });

  it('names the mistake in a mistyped code and adds nothing', () => {
    const typo = siti.replace(/^(.{5})(.)/, (_, head: string, char: string) => head + (char === 'A' ? 'B' : 'A'));
    expect(addLearner(empty, typo, '', now)).toEqual({ ok: false, error: 'checksum' });
    expect(addLearner(empty, 'HALO!', '', now)).toEqual({ ok: false, error: 'characters' });
  });

  it('keeps only the newest code of the same learner', () => {
    const first = addLearner(empty, siti, 'Siti', now);
    if (!first.ok) throw new Error('first add failed');
    const newer = encodeCompletion({ completed: [6, 7, 8], initials: 'SR' });
    const second = addLearner(first.record, newer, ' siti ', new Date('2026-12-03T03:00:00Z'));
    expect(second.ok && second.replaced).toBe(true);
    expect(second.ok && second.record.learners.map((learner) => learner.completed)).toEqual([[6, 7, 8]]);
    expect(second.ok && lessonColumns(second.record)).toEqual([6, 7, 8]);
  });
});

describe('parseRoster', () => {
  it('keeps readable classes and learners, and counts the rest', () => {
    const text = JSON.stringify({
      version: 1,
      classes: [
        {
          id: 'a',
          name: 'A',
          learners: [
            { name: 'SR', code: siti },
            { name: 'X', code: 'NOT-A-CODE' },
          ],
        },
        { name: 'no id' },
      ],
    });
    const parsed = parseRoster(text);
    expect(parsed.ok && parsed.dropped).toBe(2);
    expect(parsed.ok && parsed.roster.classes[0]?.learners[0]?.completed).toEqual([6, 7]);
  });

  it('refuses text that is not a roster, and holds a newer version read-only', () => {
    expect(parseRoster('{"progress":1}')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseRoster('not json')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseRoster('{"version":9,"classes":[]}')).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF, quotes separators and defuses formulas', () => {
    const csv = toCsv(
      [
        ['Nama', 'Catatan'],
        ['Ayu; Putri', '=SUM(A1)'],
        ['Budi "B"', 'baris\nbaru'],
      ],
      ';',
    );
    expect(csv).toBe('\uFEFF"Nama";"Catatan"\r\n"Ayu; Putri";"\'=SUM(A1)"\r\n"Budi ""B""";"baris\nbaru"\r\n');
  });

  it('keeps a formula inside one quoted cell whichever separator the spreadsheet splits on', () => {
    const table = fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 }), { maxLength: 5 });
    fc.assert(
      fc.property(table, fc.constantFrom<',' | ';'>(',', ';'), (rows, separator) => {
        const csv = toCsv(rows, separator).slice(1);
        for (const other of [',', ';']) {
          for (const line of csv.split('\r\n').filter(Boolean)) {
            for (const cell of splitCsvLine(line, other)) expect(cell).not.toMatch(/^[=+\-@]/);
          }
        }
      }),
    );
    expect(splitCsvLine(toCsv([['x;=1+1']], ',').slice(1, -2), ';')).toEqual(["x;'=1+1"]);
  });

  it('uses ";" where the decimal separator is a comma, as spreadsheets there expect', () => {
    expect(separatorFor('id-ID')).toBe(';');
    expect(separatorFor('en-GB')).toBe(',');
  });
});

/** A spreadsheet's reading of one CSV line: a quoted cell is one cell, whatever it holds. */
function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) cell += char;
    else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  return [...cells, cell];
}
