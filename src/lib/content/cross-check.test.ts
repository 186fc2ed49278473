import { describe, expect, it } from 'vitest';
import { crossCheck, type CrossCheckInput, type LessonRef } from './cross-check';

const lesson = (overrides: Partial<LessonRef> = {}): LessonRef => ({
  file: `content/lessons/id/${overrides.slug ?? 'kode-otp-rahasia'}.mdx`,
  locale: 'id',
  slug: 'kode-otp-rahasia',
  id: 6,
  path: 'aman-digital',
  services: [],
  prerequisites: [],
  ...overrides,
});

function input(overrides: Partial<CrossCheckInput> = {}): CrossCheckInput {
  return {
    lessons: [
      lesson(),
      lesson({ slug: 'aktivasi-ktp-digital-ikd', id: 16, path: 'layanan-kependudukan', services: ['ikd'] }),
    ],
    paths: [
      { file: 'content/paths/aman-digital.yaml', slug: 'aman-digital', lessons: ['kode-otp-rahasia'] },
      {
        file: 'content/paths/layanan-kependudukan.yaml',
        slug: 'layanan-kependudukan',
        lessons: ['aktivasi-ktp-digital-ikd'],
      },
    ],
    services: [{ file: 'content/services/ikd.yaml', slug: 'ikd', hosts: ['web.dukcapil.kemendagri.go.id'] }],
    officialHosts: new Set(['web.dukcapil.kemendagri.go.id']),
    officialHostsFile: 'content/official-hosts.yaml',
    ...overrides,
  };
}

describe('crossCheck', () => {
  it('finds nothing wrong in content that fits together', () => {
    expect(crossCheck(input())).toEqual([]);
  });

  it('rejects a path that names an unknown lesson, suggesting the near miss', () => {
    const base = input();
    const problems = crossCheck({
      ...base,
      paths: [{ ...base.paths[0]!, lessons: ['kode-otp-rahasia', 'kode-otp-rahsia'] }, base.paths[1]!],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/paths/aman-digital.yaml',
        field: 'lessons[1]',
        fix: expect.stringContaining('Did you mean "kode-otp-rahasia"?'),
      }),
    ]);
  });

  it('rejects a lesson that names an unknown path, service or prerequisite', () => {
    const base = input();
    const problems = crossCheck({
      ...base,
      lessons: [lesson({ path: 'aman-digitl', services: ['ikdd'], prerequisites: ['tidak-ada', 'kode-otp-rahasia'] })],
    });
    const fields = problems.map((problem) => `${problem.file}#${problem.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'content/lessons/id/kode-otp-rahasia.mdx#path',
        'content/lessons/id/kode-otp-rahasia.mdx#services[0]',
        'content/lessons/id/kode-otp-rahasia.mdx#prerequisites[0]',
        'content/lessons/id/kode-otp-rahasia.mdx#prerequisites[1]',
      ]),
    );
    expect(problems.find((problem) => problem.field === 'path')?.fix).toContain('Did you mean "aman-digital"?');
  });

  it('rejects two lessons with one id and proposes a free one', () => {
    const base = input();
    const problems = crossCheck({
      ...base,
      lessons: [...base.lessons, lesson({ slug: 'kenali-situs-resmi-pemerintah', id: 6 })],
      paths: [{ ...base.paths[0]!, lessons: ['kode-otp-rahasia', 'kenali-situs-resmi-pemerintah'] }, base.paths[1]!],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/lessons/id/kenali-situs-resmi-pemerintah.mdx',
        field: 'id',
        message: expect.stringContaining('content/lessons/id/kode-otp-rahasia.mdx'),
        fix: expect.stringContaining('17'),
      }),
    ]);
  });

  it('rejects a translation without an original, and one with another id', () => {
    const base = input();
    const problems = crossCheck({
      ...base,
      lessons: [
        ...base.lessons,
        lesson({ locale: 'en', slug: 'kode-otp-rahasi', file: 'content/lessons/en/kode-otp-rahasi.mdx' }),
        lesson({ locale: 'en', id: 7, file: 'content/lessons/en/kode-otp-rahasia.mdx' }),
      ],
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/lessons/en/kode-otp-rahasi.mdx', field: '(file name)' }),
      expect.objectContaining({ file: 'content/lessons/en/kode-otp-rahasia.mdx', field: 'id', fix: 'Set "id: 6".' }),
    ]);
  });

  it('rejects a lesson its path does not list, and a lesson listed under the wrong path', () => {
    const base = input();
    const problems = crossCheck({
      ...base,
      paths: [
        { ...base.paths[0]!, lessons: ['kode-otp-rahasia', 'aktivasi-ktp-digital-ikd'] },
        { ...base.paths[1]!, lessons: ['kode-otp-rahasia'] },
      ],
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('belongs to the path "layanan-kependudukan"'),
      expect.stringContaining('already listed'),
    ]);
  });

  it('rejects a service host that is not on the official list', () => {
    const problems = crossCheck(input({ officialHosts: new Set() }));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/services/ikd.yaml', field: 'hosts[0]' })]);
  });
});
