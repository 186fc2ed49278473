import { useEffect, useState } from 'preact/hooks';
import { getProgress } from '../../client/storage/progress-store';
import { agenda, decodeSession, type DecodedSession } from '../../lib/trainer/session';
import { fill } from '../../lib/text/fill';
import { siteUrl } from '../../client/site-url';
import { useMounted } from '../use-mounted';
import { QrCode } from '../QrCode';
import { lessonTitle, useCatalogue } from '../use-catalogue';
import type { AgendaStrings } from './strings';
import { localeTag, type Locale } from '../../lib/i18n/locales';

interface Props {
  strings: AgendaStrings;
  locale: Locale;
  /** Lesson address with "{slug}" in it, in the reader's language. */
  lessonHref: string;
  noScript: string;
}

/** The agenda a trainer shared: read from the link's fragment, so it opens offline and on any phone. */
export default function SessionAgenda({ strings, locale, lessonHref, noScript }: Props) {
  const mounted = useMounted();
  const catalogue = useCatalogue(locale);
  const [decoded, setDecoded] = useState<DecodedSession | undefined>();
  const [url, setUrl] = useState('');
  useEffect(() => {
    const read = () => {
      setDecoded(decodeSession(location.hash));
      setUrl(location.href);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  if (!mounted) return <p>{noScript}</p>;
  if (!decoded) return <p>{strings.none}</p>;
  if (catalogue === undefined) return <p role="status">{strings.loading}</p>;
  if (catalogue === 'error') return <p role="alert">{strings.catalogueError}</p>;

  const { session, skipped } = decoded;
  const plan = agenda(session);
  const progress = getProgress();
  const date = session.date
    ? new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(
        new Date(`${session.date}T00:00:00Z`),
      )
    : '';
  return (
    <div class="agenda">
      {session.title && <h2 class="agenda__title">{session.title}</h2>}
      <p>
        {date && <>{date} · </>}
        {fill(strings.total, { start: session.start, end: plan.end, minutes: plan.totalMinutes })}
      </p>
      {skipped > 0 && <p class="form-error">{fill(strings.skipped, { count: skipped })}</p>}
      <ol class="agenda__items">
        {plan.rows.map((row) => {
          if (row.item.kind === 'break') {
            return (
              <li class="agenda__item agenda__item--break">
                <span class="agenda__time">{row.start}</span> {strings.break} ({row.item.minutes}′)
              </li>
            );
          }
          const lesson = catalogue.lessons[String(row.item.id)];
          const title = lessonTitle(catalogue, row.item.id, strings.unknownLesson);
          const done = progress.lessons[String(row.item.id)]?.status === 'completed';
          return (
            <li class="agenda__item">
              <span class="agenda__time">{row.start}</span>{' '}
              {lesson ? <a href={siteUrl(lessonHref.replace('{slug}', lesson.slug))}>{title}</a> : title} (
              {row.item.minutes}′)
              {done && <span class="tag"> ✓ {strings.done}</span>}
            </li>
          );
        })}
      </ol>
      <p class="no-print">
        <button type="button" class="button" onClick={() => print()}>
          {strings.print}
        </button>
      </p>
      <details class="agenda__qr" open>
        <summary>{strings.qrShow}</summary>
        <QrCode text={url} label={strings.qr} />
      </details>
    </div>
  );
}
