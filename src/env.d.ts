declare namespace App {
  interface Locals {
    /** Set by the lesson page so author components know the lesson and language they render in. */
    lesson?: { id: number; slug: string; locale: 'id' | 'en' };
    /** Per-page counters, so generated element ids and Steps keys are stable from build to build. */
    counters?: Record<string, number>;
  }
}
