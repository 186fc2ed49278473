/**
 * <Screen> as the server renders it: a picture of the app's screen with its text equivalent,
 * one place marked with a numbered "Ketuk di sini", and a caption naming the screen. No script.
 */
import type { ScreenData, ScreenPart } from '../../schemas/screen';
import { describe, Frame, Part, type Zone, type ZoneWrap } from './Drawing';
import type { ScreenStrings } from './strings';

export interface ScreenProps {
  screen: ScreenData;
  strings: ScreenStrings;
}

/** What the target says, for the picture's text equivalent. */
export function zoneText(part: ScreenPart, zone: Zone, strings: ScreenStrings): string {
  if (part.kind === 'permission') return zone === 'deny' ? (part.deny ?? strings.deny) : (part.allow ?? strings.allow);
  if (part.kind === 'listing')
    return zone === 'publisher' ? part.publisher : zone === 'install' ? (part.button ?? strings.install) : part.name;
  if (part.kind === 'field') return part.label;
  if (part.kind === 'tabs' || part.kind === 'nav') return part.items[part.selected] ?? part.items[0]!;
  if (part.kind === 'address') return part.host;
  return part.text;
}

export default function Screen({ screen, strings }: ScreenProps) {
  const at = screen.parts.findIndex((part) => part.target);
  const target = screen.parts[at]!;
  const zone: Zone = target.target === true || !target.target ? 'self' : target.target;
  const callout = screen.callout ?? strings.tapHere;
  const mark: ZoneWrap = (where, content, className) =>
    where === zone ? (
      <span class={`${className} is-target`}>
        {content}
        <span class="screen__callout">
          <span class="screen__number">1</span> {callout}
        </span>
      </span>
    ) : (
      <span class={className}>{content}</span>
    );
  const label = describe(screen.app, screen.parts, `${callout}: ${zoneText(target, zone, strings)}`, strings);
  return (
    <figure class="screen" data-pagefind-ignore>
      <Frame app={screen.app} tone={screen.tone} bar={screen.bar} label={{ role: 'img', 'aria-label': label }}>
        {screen.parts.map((part, index) => (
          <Part key={index} part={part} strings={strings} wrap={index === at ? mark : undefined} />
        ))}
      </Frame>
      <figcaption>{screen.caption}</figcaption>
    </figure>
  );
}
