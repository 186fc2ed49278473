import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { strictObject } from './common';
import { lenient, schemaIssuesOf } from './lenient';

const schema = lenient(strictObject({ title: z.string(), minutes: z.coerce.number() }));

describe('lenient', () => {
  it('passes valid data through the schema, with no issues', async () => {
    const data = await schema.parseAsync({ title: 'Kode OTP', minutes: '5' });
    expect(data).toEqual({ title: 'Kode OTP', minutes: 5 });
    expect(schemaIssuesOf(data)).toEqual([]);
  });

  it('keeps a broken entry with its issues, so the build can name the file', async () => {
    const data = await schema.parseAsync({ tittle: 'Kode OTP', minutes: 5 });
    expect(schemaIssuesOf(data)).toMatchInlineSnapshot(`
      [
        {
          "message": "This field is missing.",
          "path": [
            "title",
          ],
        },
        {
          "message": "Unknown field "tittle" Did you mean "title"? Allowed fields here: title, minutes.",
          "path": [],
        },
      ]
    `);
  });
});
