/** The lesson's practice elements, written by server-rendered Preact components. */
import 'preact';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'ld-quiz': HTMLAttributes<HTMLElement>;
      'ld-drill': HTMLAttributes<HTMLElement>;
      'ld-sim': HTMLAttributes<HTMLElement>;
      'ld-tap': HTMLAttributes<HTMLElement>;
    }
  }
}
