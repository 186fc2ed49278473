/**
 * A light Indonesian stemmer (after Tala, 2003: rule-based, no dictionary) and stop
 * words, for the instant finder. Search needs consistency more than linguistics: the
 * same rules run on the index and the query, so "pembayaran", "membayar" and "bayar"
 * meet at "bayar". Stems shorter than four letters are refused to avoid collisions.
 */
const MIN_STEM = 4;

const PARTICLES = ['kah', 'lah', 'pun', 'tah'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const VOWEL = /^[aiueo]/;

function stripEnd(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * First-order prefixes, with the sound the prefix swallowed restored (menulis → tulis,
 * memakai → pakai). Returns the stem and whether the prefix makes nouns (peN-, ke-),
 * which pair with -an; verb prefixes (meN-, di-, ter-) pair with -kan.
 */
function stripFirstPrefix(word: string): { stem: string; noun: boolean } | undefined {
  const rules: [RegExp, (rest: string) => string][] = [
    [/^meny(?=[aiueo])/, (rest) => `s${rest}`],
    [/^peny(?=[aiueo])/, (rest) => `s${rest}`],
    [/^meng/, (rest) => rest],
    [/^peng/, (rest) => rest],
    [/^mem(?=[aiueo])/, (rest) => `p${rest}`],
    [/^pem(?=[aiueo])/, (rest) => `p${rest}`],
    [/^men(?=[aiueo])/, (rest) => `t${rest}`],
    [/^pen(?=[aiueo])/, (rest) => `t${rest}`],
    [/^mem/, (rest) => rest],
    [/^pem/, (rest) => rest],
    [/^men/, (rest) => rest],
    [/^pen/, (rest) => rest],
    [/^me/, (rest) => rest],
    [/^di/, (rest) => rest],
    [/^ter/, (rest) => rest],
  ];
  for (const [pattern, restore] of rules) {
    const match = word.match(pattern);
    if (!match) continue;
    const stem = restore(word.slice(match[0].length));
    if (stem.length >= MIN_STEM) return { stem, noun: /^(pe|ke)/.test(match[0]) };
  }
  return undefined;
}

function stripSecondPrefix(word: string): string | undefined {
  if (/^[bp]elajar/.test(word)) return word.slice(3);
  for (const prefix of ['ber', 'per', 'be', 'pe', 'se']) {
    if (!word.startsWith(prefix)) continue;
    const stem = word.slice(prefix.length);
    if (stem.length >= MIN_STEM && (prefix.length > 2 || !VOWEL.test(stem))) return stem;
  }
  return undefined;
}

/**
 * Roots that look prefixed but are not, common in this curriculum. "ke-" is not
 * stripped at all: kendaraan, kecamatan and keluarga are roots far more often here.
 */
const ROOTS = new Set([
  'digital',
  'dinas',
  'disdukcapil',
  'diskon',
  'diskusi',
  'penting',
  'pesan',
  'perlu',
  'member',
  'mesin',
  'media',
  'menu',
  'meter',
]);

export function stem(input: string): string {
  let word = input.toLowerCase();
  if (word.length <= MIN_STEM || /\d/.test(word) || ROOTS.has(word)) return word;
  word = stripEnd(word, PARTICLES);
  word = stripEnd(word, POSSESSIVES);
  const first = stripFirstPrefix(word);
  if (first) {
    word = stripEnd(first.stem, first.noun ? ['an'] : ['kan']);
    return stripSecondPrefix(word) ?? word;
  }
  const second = stripSecondPrefix(word);
  return stripEnd(second ?? word, ['kan', 'an']);
}

/** Words that carry no meaning for finding a lesson, including how people begin a question. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `ada adalah agar akan aku anda apa apakah atau bagaimana bagi bahwa banyak bila bisa buat cara caranya dan dapat
  dari dengan di dia harus hingga ia ingin ini itu jadi jika juga kalau kami kamu kan kapan ke kenapa kita lagi lah
  maka mana masih mau mengapa mereka nya oleh pada para per perlu saat saja saya sebagai secara sedang sehingga
  sekarang semua seperti sih siapa sudah supaya tapi tentang tidak untuk yaitu yang ya gimana gmn gak nggak dong deh
  the a an to of for and or in on how what is my i`
    .split(/\s+/)
    .filter(Boolean),
);
