/**
 * Words about sources, news and review dates in what a learner reads. A reader with low
 * confidence cannot act on "one source says": the lesson states the fact, or says where to
 * confirm it, and the source goes in `sources`.
 */
const MONTHS =
  'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december';

export interface TalkPattern {
  pattern: RegExp;
  /** A plain rewrite, in the lesson's own language. */
  rewrite: string;
}

const STATE_ID =
  'Tulis faktanya langsung ("CKG bisa dilakukan sekali setahun."), atau katakan di mana memastikannya ("Pastikan di puskesmas.").';
const STATE_EN =
  'State the fact plainly ("You can have the check once a year."), or say where to confirm it ("Ask at the puskesmas.").';
const DATE_ID = 'Hapus tanggal pemeriksaan dari teks: tanggal itu ada di "verified" dan di "checked" setiap sumber.';
const DATE_EN = 'Take the review date out of the text: it belongs in "verified" and in each source\'s "checked".';

export const RESEARCH_TALK: readonly TalkPattern[] = [
  { pattern: /\bmenurut (?:sumber|berita|laporan|media|artikel)\b/giu, rewrite: STATE_ID },
  { pattern: /\b(?:satu|salah satu|beberapa|sebagian|dua|ada) sumber\b/giu, rewrite: STATE_ID },
  { pattern: /\bsumber (?:terbaru|kami|yang ada|berita|tahun)\b/giu, rewrite: STATE_ID },
  { pattern: /\bsumber(?:-sumber)?(?: \p{L}+){0,3} berbeda(?: pendapat)?\b/giu, rewrite: STATE_ID },
  { pattern: new RegExp(String.raw`\bberita (?:tahun |bulan )?(?:\d{4}|${MONTHS})\b`, 'giu'), rewrite: STATE_ID },
  { pattern: /\bsaran ini (?:dari|berasal)\b/giu, rewrite: STATE_ID },
  { pattern: /\bditinjau\b/giu, rewrite: DATE_ID },
  { pattern: /\b(?:diperiksa|dicek) (?:pada|tanggal) \d/giu, rewrite: DATE_ID },
  {
    pattern:
      /\baccording to (?:a |one |our |the |some |recent |several )?(?:sources?|reports?|news|media|articles?)\b/giu,
    rewrite: STATE_EN,
  },
  { pattern: /\b(?:one|some|several|two) sources?\b/giu, rewrite: STATE_EN },
  { pattern: /\b(?:our|recent|latest) (?:sources?|research)\b/giu, rewrite: STATE_EN },
  { pattern: /\bsources? (?:say|says|said|differ|disagree)\b/giu, rewrite: STATE_EN },
  {
    pattern: new RegExp(String.raw`\bnews (?:reports? |articles? )?(?:from|of|in) (?:\d{4}|${MONTHS})\b`, 'giu'),
    rewrite: STATE_EN,
  },
  { pattern: new RegExp(String.raw`\b(?:reviewed|checked) (?:on|in) (?:\d|${MONTHS})`, 'giu'), rewrite: DATE_EN },
  { pattern: new RegExp(String.raw`\bas of (?:\d|${MONTHS})`, 'giu'), rewrite: DATE_EN },
];

export interface TalkFinding {
  /** 1-based line in the file. */
  line: number;
  phrase: string;
  rewrite: string;
}

/** Each research phrase in `text`, with its line; lines the caller blanked (sources) are skipped. */
export function findResearchTalk(text: string): TalkFinding[] {
  // Each pattern scans the whole text once (no pattern crosses a line): a lesson has hundreds of lines.
  const matches = RESEARCH_TALK.flatMap(({ pattern, rewrite }) =>
    [...text.matchAll(pattern)].map((match) => ({ start: match.index, phrase: match[0], rewrite })),
  ).sort((a, b) => a.start - b.start);
  const findings: TalkFinding[] = [];
  // "Menurut berita Februari" is one phrase, not two: overlapping matches are reported once.
  let reachedTo = -1;
  let line = 1;
  let lineEnd = text.indexOf('\n');
  for (const { start, phrase, rewrite } of matches) {
    if (start < reachedTo) continue;
    reachedTo = start + phrase.length;
    while (lineEnd !== -1 && lineEnd < start) {
      line++;
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    findings.push({ line, phrase, rewrite });
  }
  return findings;
}
