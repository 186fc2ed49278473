/**
 * A phone screen drawn in HTML and CSS (screen.css) from an author's list of parts: no image
 * to go stale or weigh on a 2G link. <Screen> draws it as a picture with one place marked
 * "Ketuk di sini"; "Ketuk yang benar" (TapPractice.tsx) turns some parts into real buttons.
 * Everything inside is a span, so a part can sit inside a <button>.
 */
import type { ComponentChildren } from 'preact';
import type { ScreenPart, TapPracticeData } from '../../schemas/screen';
import type { ScreenStrings } from './strings';

/** Where a part is tapped: the whole part, or one of a prompt's or listing's two buttons. */
export type Zone = 'self' | 'allow' | 'deny' | 'install' | 'publisher';
/** Draws a zone of a part: plainly, marked as the target, or as a practice button. */
export type ZoneWrap = (zone: Zone, content: ComponentChildren, className: string) => ComponentChildren;
/** A part as either component holds it: with a target (Screen) or choices (TapPractice). */
export type DrawnPart = ScreenPart | TapPracticeData['parts'][number];
const plain: ZoneWrap = (_zone, content, className) => <span class={className}>{content}</span>;

interface FrameProps {
  app: string;
  tone: string;
  bar: boolean;
  children: ComponentChildren;
  /** role="img" with a text equivalent for a picture; a group for a practice. */
  label: Record<string, string>;
}

export function Frame({ app, tone, bar, label, children }: FrameProps) {
  return (
    <span class={`screen__phone screen--${tone}`} data-screen={app} {...label}>
      <span class="screen__status" aria-hidden="true">
        09.41
      </span>
      {bar && (
        <span class="screen__bar" aria-hidden="true">
          {app}
        </span>
      )}
      <span class="screen__body">{children}</span>
    </span>
  );
}

export function Part({
  part,
  strings,
  wrap = plain,
}: {
  part: DrawnPart;
  strings: ScreenStrings;
  wrap?: ZoneWrap | undefined;
}) {
  const kind = `screen__part screen__part--${part.kind}`;
  switch (part.kind) {
    case 'text':
      return wrap('self', part.text, `${kind} screen__text--${part.size}`);
    case 'row':
      return wrap(
        'self',
        <>
          <span class="screen__row-text">{part.text}</span>
          {part.detail && <span class="screen__detail">{part.detail}</span>}
        </>,
        kind,
      );
    case 'field':
      return wrap(
        'self',
        <>
          <span class="screen__label">{part.label}</span>
          <span class="screen__input">{part.value ?? ''}</span>
        </>,
        kind,
      );
    case 'button':
      return wrap('self', part.text, `${kind} screen__button--${part.style}`);
    case 'tabs':
    case 'nav':
      return wrap(
        'self',
        part.items.map((item, index) => (
          <span key={item} class={index === part.selected ? 'is-selected' : undefined}>
            {item}
          </span>
        )),
        kind,
      );
    case 'permission':
      return (
        <span class={kind}>
          <span class="screen__dialog-text">{part.text}</span>
          {wrap('allow', part.allow ?? strings.allow, 'screen__dialog-button')}
          {wrap('deny', part.deny ?? strings.deny, 'screen__dialog-button')}
        </span>
      );
    case 'listing':
      return wrap(
        'self',
        <>
          <span class="screen__app-icon" aria-hidden="true" />
          <span class="screen__listing-name">{part.name}</span>
          {wrap('publisher', part.publisher, 'screen__publisher')}
          {wrap('install', part.button ?? strings.install, 'screen__install')}
        </>,
        kind,
      );
    case 'chat':
    case 'sms':
      return wrap(
        'self',
        <>
          {part.from && <span class="screen__from">{part.from}</span>}
          <span>{part.text}</span>
          {part.kind === 'chat' && part.file && <span class="screen__file">{part.file}</span>}
          {part.link && <span class="screen__link">{part.link}</span>}
        </>,
        `${kind}${part.kind === 'chat' && part.mine ? ' screen__part--mine' : ''}`,
      );
    case 'address':
      return wrap(
        'self',
        <>
          <span class="screen__lock" aria-hidden="true" />
          <strong>{part.host}</strong>
          {part.path}
        </>,
        kind,
      );
  }
}

/** The words a screen reader hears for a drawn screen: the app, what it shows, and the callout on the target. */
export function describe(app: string, parts: DrawnPart[], callout: string | undefined, strings: ScreenStrings): string {
  const words = parts.flatMap((part) => {
    switch (part.kind) {
      case 'text':
      case 'row':
      case 'button':
      case 'permission':
        return [part.text];
      case 'field':
        return [part.label];
      case 'tabs':
      case 'nav':
        return [part.items.join(', ')];
      case 'listing':
        return [`${part.name}, ${strings.publisher} ${part.publisher}`];
      case 'chat':
      case 'sms':
        return [[part.from, part.text, part.link].filter(Boolean).join(': ')];
      case 'address':
        return [`${part.host}${part.path ?? ''}`];
    }
  });
  const picture = strings.picture.replace('{app}', app);
  return `${[`${picture}: ${words.join('. ')}`, callout].filter(Boolean).join('. ')}.`;
}
