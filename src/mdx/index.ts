/**
 * The components lesson authors may use in MDX, without importing them. Documented for
 * authors in content/README.md; the lesson page passes this map to every lesson.
 */
import Check from './Check.astro';
import Important from './Important.astro';
import Link from './Link.astro';
import OfficialLink from './OfficialLink.astro';
import ScamDrill from './ScamDrill.astro';
import Simulator from './Simulator.astro';
import Screen from './Screen.astro';
import Steps from './Steps.astro';
import TapPractice from './TapPractice.astro';
import Term from './Term.astro';
import Tip from './Tip.astro';
import TrainerNote from './TrainerNote.astro';
import Warning from './Warning.astro';

export const mdxComponents = {
  a: Link,
  Check,
  Important,
  OfficialLink,
  ScamDrill,
  Screen,
  Simulator,
  Steps,
  TapPractice,
  Term,
  Tip,
  TrainerNote,
  Warning,
};
