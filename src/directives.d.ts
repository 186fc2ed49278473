export {};

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the first focus, tap or key press inside the island. */
    'client:interaction'?: boolean;
  }
}
