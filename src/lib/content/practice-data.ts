/**
 * Practice data that can belong to no one. A 16-digit number is read as a NIK or KK: its
 * first two digits are a province code, and no province has 99. A mobile number must be
 * masked (0812-xxxx-1111) unless it is an agency's number on the official list. An email
 * address uses a name reserved for examples (RFC 2606, RFC 6761) or an official host.
 */
export interface PracticeFinding {
  line: number;
  kind: 'nik' | 'phone' | 'email';
  value: string;
}

const SIXTEEN_DIGITS = /(?<![\d])\d{16}(?![\d])/g;
// 08…, +62 8…, 62 8…, with spaces or hyphens, possibly masked with x.
const MOBILE = /(?<![\w+])(?:\+62|62|0)[ -]?8[\dxX][\dxX -]{6,14}[\dxX](?![\dxX])/g;
const EMAIL = /[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b/gi;
const RESERVED_DOMAINS = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/i;

const PRACTICE_NIK_PREFIX = '99';

/** 0812-3456 → 081234566; +62 812… → 0812…: one spelling to compare numbers by. */
export function normalisePhone(value: string): string {
  const digits = value.replace(/[^\dxX]/g, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

function isReservedEmailDomain(domain: string): boolean {
  return RESERVED_DOMAINS.test(domain);
}

export function findPracticeData(
  text: string,
  officialHosts: ReadonlySet<string>,
  officialNumbers: ReadonlySet<string>,
): PracticeFinding[] {
  const findings: PracticeFinding[] = [];
  text.split('\n').forEach((line, index) => {
    const at = index + 1;
    for (const [value] of line.matchAll(SIXTEEN_DIGITS)) {
      if (!value.startsWith(PRACTICE_NIK_PREFIX)) findings.push({ line: at, kind: 'nik', value });
    }
    for (const [value] of line.matchAll(MOBILE)) {
      const number = normalisePhone(value);
      if (/x/i.test(number) || officialNumbers.has(number)) continue;
      findings.push({ line: at, kind: 'phone', value: value.trim() });
    }
    for (const match of line.matchAll(EMAIL)) {
      const domain = match[1]!.toLowerCase();
      if (isReservedEmailDomain(domain) || officialHosts.has(domain)) continue;
      findings.push({ line: at, kind: 'email', value: match[0] });
    }
  });
  return findings;
}
