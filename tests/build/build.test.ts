import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent, replaceIn } from './build-site';

const BUILD_TIMEOUT = 120_000;
const lessonFile = (content: string) => path.join(content, 'lessons/id/kode-otp-rahasia.mdx');
/** The line that text put before the lesson's first "## " heading starts on. */
const lineOfFirstHeading = (file: string) => readFileSync(file, 'utf8').split('\n## ')[0]!.split('\n').length + 1;
/** Builds with one component placed before the sample lesson's first heading; `line` is where it starts. */
function buildWithComponent(markup: string) {
  let line = 0;
  const result = buildWithContent((content) => {
    line = lineOfFirstHeading(lessonFile(content));
    replaceIn(lessonFile(content), /\n## /, `\n${markup}\n\n## `);
  });
  return { ...result, line };
}

describe('npm run build', () => {
  it('refuses to build with the editor switched on, so the editor can never ship', () => {
    const { status, output } = buildWithContent(undefined, { LANGKAH_AUTHOR: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain('LANGKAH_AUTHOR=1 starts the editor and is for `npm run author` only');
  });

  it(
    'builds the bundled lessons into pages for both languages',
    () => {
      const { status, output, outDir } = buildWithContent();
      expect(status, output).toBe(0);
      const lesson = readFileSync(path.join(outDir, 'pelajaran/kode-otp-rahasia/index.html'), 'utf8');
      expect(lesson).toContain('<html lang="id"');
      // Readable without JavaScript: the quiz's answers are plain HTML behind <details>.
      expect(lesson).toContain('<details class="quiz-answer"><summary>Lihat jawaban</summary>');
      expect(lesson).not.toMatch(/<script(?![^>]*(type="module"|type="application\/json"))[^>]*src=/i);
      // The authors' editor never reaches learners: no page, script, index, precache or sitemap names it.
      const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
        /\.(html|js|json|xml|webmanifest)$/.test(file),
      );
      expect(files.length).toBeGreaterThan(100);
      for (const file of files)
        expect(readFileSync(path.join(outDir, file), 'utf8'), file).not.toMatch(/keystatic|react-dom/i);
      const english = readFileSync(path.join(outDir, 'en/pelajaran/kode-otp-rahasia/index.html'), 'utf8');
      expect(english).toContain('<html lang="en"');
      expect(readdirSync(path.join(outDir, 'en/pelajaran'))).toEqual(readdirSync(path.join(outDir, 'pelajaran')));
      // The offline page is in every install: it lists no lessons itself, so it stays small at any size.
      expect(readFileSync(path.join(outDir, 'offline/index.html'), 'utf8')).not.toMatch(/\/pelajaran\/[a-z0-9-]+\//);
      // On-demand modules are bundled apart from Vite: what it replaces must be replaced there too, or
      // "Simpan bagian inti saja" reads import.meta.env, which a browser does not have.
      for (const file of readdirSync(path.join(outDir, 'lazy')))
        expect(readFileSync(path.join(outDir, 'lazy', file), 'utf8'), file).not.toMatch(
          /import\.meta\.env|__ZIM_EDITION__/,
        );
    },
    BUILD_TIMEOUT,
  );

  it(
    'above the precache cap, the worker installs the shell only; long lists continue on pages that go with the pack',
    () => {
      const { status, output, outDir } = buildWithContent(() => {}, {
        LANGKAH_PRECACHE_CAP: '10',
        LANGKAH_LIST_PAGE_SIZE: '4',
      });
      expect(status, output).toBe(0);
      expect(output).toContain('over 10: precaching the shell only');
      const precached = [...readFileSync(path.join(outDir, 'sw.js'), 'utf8').matchAll(/url:[`"]([^`"]+)[`"]/g)].map(
        (match) => match[1],
      );
      expect(precached).toEqual(expect.arrayContaining(['/', '/offline/', '/en/offline/', '/jalur/aman-digital/']));
      // Nothing that grows with the catalogue: lessons, the finder's index, the catalogue, the path packs.
      expect(
        precached.filter((url) => /\/pelajaran\/|\/data\/(finder-|katalog-|packs\/)|\/pagefind\/fragment\//.test(url!)),
      ).toEqual([]);

      // aman-digital has 16 lessons: four pages of 4, numbered on, linked both ways.
      const page = (n: string) => readFileSync(path.join(outDir, `jalur/aman-digital/${n}index.html`), 'utf8');
      expect(readdirSync(path.join(outDir, 'jalur/aman-digital')).sort()).toEqual(['2', '3', '4', 'index.html']);
      expect(page('')).toContain('href="/jalur/aman-digital/2/" rel="next"');
      expect(page('2/')).toMatch(/<ol class="card-list" start="5"/);
      expect(page('2/')).toContain('href="/jalur/aman-digital/" rel="prev"');
      expect(page('2/')).toContain('href="/jalur/aman-digital/3/" rel="next"');
      expect(page('2/')).toContain('<title>Aman digital · Halaman 2 dari 4');
      expect(page('2/')).toContain('Halaman 2 dari 4 · Pelajaran 5–8');
      expect((page('4/').match(/<li>\s*<article class="card"/g) ?? []).length).toBe(4);
      // A service's lessons page the same way: iasc has 5.
      const service = readFileSync(path.join(outDir, 'layanan/iasc/2/index.html'), 'utf8');
      expect((service.match(/<li>\s*<article class="card"/g) ?? []).length).toBe(1);
      expect(service).toContain('href="/layanan/iasc/" rel="prev"');
      // The first pages are in the shell; the later ones go offline with the path, as its lessons do, or when read.
      expect(precached).toEqual(expect.arrayContaining(['/jalur/aman-digital/', '/layanan/iasc/']));
      expect(precached.filter((url) => /^\/(en\/)?(jalur|layanan)\/[^/]+\/\d+\//.test(url!))).toEqual([]);
      const pack = JSON.parse(readFileSync(path.join(outDir, 'data/packs/id/aman-digital.json'), 'utf8'));
      expect(pack.urls.slice(0, 3)).toEqual([
        '/jalur/aman-digital/2/',
        '/jalur/aman-digital/3/',
        '/jalur/aman-digital/4/',
      ]);
      expect(pack.urls).toHaveLength(19);
      // A lesson's breadcrumb leads back to the page that lists it: the 8th lesson is on page 2.
      const eighth = readFileSync(path.join(outDir, pack.urls[3 + 7].slice(1), 'index.html'), 'utf8');
      expect(eighth).toContain('href="/jalur/aman-digital/2/"');
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails on a misspelled field in the one content-problem format: the file, the field and the fix',
    () => {
      const { status, output } = buildWithContent((content) => replaceIn(lessonFile(content), /^summary:/m, 'sumary:'));
      expect(status).not.toBe(0);
      // The same block as every other content error, not Astro's own schema message.
      expect(output).toContain(
        [
          'lessons/id/kode-otp-rahasia.mdx',
          '  field: summary',
          '  problem: This field is missing.',
          '  fix: Compare the frontmatter with the lesson example in content/README.md, section 1.',
        ].join('\n'),
      );
      expect(output).toContain(
        [
          'lessons/id/kode-otp-rahasia.mdx',
          '  field: (file)',
          '  problem: Unknown field "sumary" Did you mean "summary"? Allowed fields here: id, title, summary, path, pillar, services, level, minutes, objectives, prerequisites, sources, verified, quiz, draft.',
          '  fix: Compare the frontmatter with the lesson example in content/README.md, section 1.',
        ].join('\n'),
      );
      expect(output).not.toContain('InvalidContentEntryDataError');
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails on an unknown path, naming the file and the paths that exist',
    () => {
      const { status, output } = buildWithContent((content) =>
        replaceIn(lessonFile(content), /^path: aman-digital$/m, 'path: aman-digitl'),
      );
      expect(status).not.toBe(0);
      expect(output).toContain('lessons/id/kode-otp-rahasia.mdx');
      expect(output).toContain('The path "aman-digitl" does not exist.');
      expect(output).toContain('Did you mean "aman-digital"?');
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails on links to a host off the allowlist, naming the lesson, each link with its line, and the fix',
    () => {
      let line = 0;
      const { status, output } = buildWithContent((content) => {
        line = lineOfFirstHeading(lessonFile(content));
        replaceIn(
          lessonFile(content),
          /\n## /,
          '\nDaftar di [sini](https://pkh3.online/daftar).\n\n<OfficialLink href="https://pkh3.online/masuk">Masuk</OfficialLink>\n\n## ',
        );
      });
      expect(status).not.toBe(0);
      const fix = (host: string) =>
        `fix: Link to an official page instead, or, if "${host}" is official, add it to content/official-hosts.yaml with its owner and purpose. A news report may be cited in the frontmatter "sources" with kind: news.`;
      expect(output).toContain(`kode-otp-rahasia.mdx links to a page that is not official (2 problems):`);
      expect(output).toContain(`lessons/id/kode-otp-rahasia.mdx
  field: link to https://pkh3.online/daftar, line ${line}
  problem: The host "pkh3.online" is not on the list of official hosts.
  ${fix('pkh3.online')}`);
      expect(output).toContain(`lessons/id/kode-otp-rahasia.mdx
  field: <OfficialLink href="https://pkh3.online/masuk">, line ${line + 2}
  problem: The host "pkh3.online" is not on the list of official hosts.
  ${fix('pkh3.online')}`);
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails on a component used wrongly, naming the lesson, the component and its prop, the line and the fix',
    () => {
      const { status, output, line } = buildWithComponent(`<Check
  question="Siapa yang boleh tahu kode OTP?"
  choices={[{ text: "Hanya Anda", feedback: "Benar." }, { text: "Petugas bank", feedback: "Bukan." }]}
  answer="Anda"
/>`);
      expect(status).not.toBe(0);
      expect(output).toContain('<Check> in a lesson is not valid (1 problem):');
      expect(output).toContain(`lessons/id/kode-otp-rahasia.mdx
  field: <Check> answer, line ${line}
  problem: The answer "Anda" is not one of the choices. Copy the exact text of the right choice; the choices are: "Hanya Anda", "Petugas bank".
  fix: Compare it with the example of <Check> in content/README.md, section 3.`);
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails on a component left open, in the one content-problem format: the file, the line and the fix',
    () => {
      const { status, output, line } = buildWithComponent('<Steps>\n1. Buka aplikasi.');
      expect(status).not.toBe(0);
      expect(output).toContain(`lessons/id/kode-otp-rahasia.mdx
  field: (body), line ${line}
  problem: Expected a closing tag for \`<Steps>\`
  fix: Close every component you open (<Steps> … </Steps>, or <Term … />), and write props as in content/README.md, section 3. Lessons need no import or export lines.`);
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails on a drawn screen with an unknown part and no target, naming the lesson, the line and the fix',
    () => {
      const { status, output, line } = buildWithComponent(`<Screen
  app="WhatsApp"
  caption="Halaman Setelan"
  parts={[{ kind: 'slider', text: 'Akun' }]}
/>`);
      expect(status).not.toBe(0);
      expect(output).toContain('<Screen> in a lesson is not valid');
      expect(output).toMatch(
        new RegExp(
          `lessons/id/kode-otp-rahasia\\.mdx\\n {2}field: <Screen> parts(\\[0\\])?(\\.kind)?, line ${line}\\n {2}problem: .*one of text, row, field, button`,
        ),
      );
      expect(output).toContain('fix: Compare it with the example of <Screen> in content/README.md, section 3.');
    },
    BUILD_TIMEOUT,
  );

  it(
    'serves another region from content alone: its offices, notes and name, and none of Kutai Timur',
    () => {
      const { status, output, outDir } = buildWithContent((content) => {
        copyFileSync('tests/build/fixtures/region-contoh.yaml', path.join(content, 'region.yaml'));
        replaceIn(path.join(content, 'site.yaml'), 'name: Kabupaten Kutai Timur', 'name: Kabupaten Contoh Raya');
        replaceIn(path.join(content, 'site.yaml'), 'province: Kalimantan Timur', 'province: Provinsi Contoh');
      });
      expect(status, output).toBe(0);
      const page = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
      const region = page('wilayah/index.html');
      expect(region).toContain('Balai Layanan Contoh Raya');
      expect(region).toContain('<h1>Bantuan tatap muka di Contoh Raya</h1>');
      expect(page('en/wilayah/index.html')).toContain('A made-up service office for testing.');
      for (const file of ['wilayah/index.html', 'index.html', 'layanan/samsat/index.html', 'tentang/index.html']) {
        expect(page(file), file).not.toMatch(/Kutai Timur|Sangatta|Kaltim|Kalimantan Timur/);
      }
      expect(page('index.html')).toContain('Kabupaten Contoh Raya');
      expect(page('layanan/samsat/index.html')).toContain('Bayar di loket Samsat Contoh Raya.');
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails when a regional note names a service that does not exist',
    () => {
      const { status, output } = buildWithContent((content) =>
        replaceIn(path.join(content, 'region.yaml'), 'service: samsat', 'service: samsad'),
      );
      expect(status).not.toBe(0);
      expect(output).toContain('region.yaml');
      expect(output).toContain('notes[0].service');
      expect(output).toContain('Did you mean "samsat"?');
    },
    BUILD_TIMEOUT,
  );
  it(
    'fails on research talk, practice data that could be real, a date nobody earned and a missing trainer note: file, line or field, and fix',
    () => {
      let line = '';
      const { status, output } = buildWithContent(
        (content) => {
          const file = lessonFile(content);
          replaceIn(file, /^verified: .*$/m, 'verified: 2026-12-02');
          replaceIn(file, /<(\/?)TrainerNote>/g, '<$1Tip>');
          const text = readFileSync(file, 'utf8').trimEnd();
          writeFileSync(file, `${text}\n\nMenurut berita, NIK latihan 6408010101900001.\n`);
          line = `line ${text.split('\n').length + 2}`;
        },
        { LANGKAH_TODAY: '2026-12-02' },
      );
      expect(status).not.toBe(0);
      const file = 'lessons/id/kode-otp-rahasia.mdx';
      expect(output).toContain(`${file}
  field: verified
  problem: The lesson says it was checked on 2026-12-02, but its newest source was read on 2026-12-01. A lesson is checked against its sources, so it cannot be checked later than they were read.
  fix: Set "verified: 2026-12-01", or read the sources again and update their "checked" dates first.`);
      expect(output).toContain(`${file}
  field: ${line}
  problem: "Menurut berita" is research talk: a learner cannot act on what a source says or when it was read.
  fix: Tulis faktanya langsung ("CKG bisa dilakukan sekali setahun."), atau katakan di mana memastikannya ("Pastikan di puskesmas."). Sources go in "sources".`);
      expect(output).toContain(`${file}
  field: ${line}
  problem: The practice number 6408010101900001 starts with the region code 640801, so it could be a real person's NIK or KK.
  fix: Start practice NIKs and KK numbers with 99, which is no province's code, for example 9900000101900001.`);
      expect(output).toContain(`${file}
  field: (body)
  problem: The lesson has no trainer note, so a trainer has nothing to prepare from.
  fix: Add a <TrainerNote> saying how to run the practice in class and which questions come up.`);
    },
    BUILD_TIMEOUT,
  );
  it(
    'fails on a broken side file with the file, the field and the fix, like every other content error',
    () => {
      const { status, output } = buildWithContent((content) =>
        replaceIn(
          path.join(content, 'synonyms.yaml'),
          /^ {2}ikd identitas kependudukan digital:\n.*$/m,
          '  ikd identitas kependudukan digital: ktp digital',
        ),
      );
      expect(status).not.toBe(0);
      expect(output).toMatch(
        /synonyms\.yaml\n {2}field: id\.ikd identitas kependudukan digital\n {2}problem: .+\n {2}fix: Compare the field with the example in content\/README\.md, section 4\./,
      );
    },
    BUILD_TIMEOUT,
  );
});
