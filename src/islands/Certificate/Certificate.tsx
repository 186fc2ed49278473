import { useEffect, useState } from 'preact/hooks';
import { getProgress } from '../../client/storage/progress-store';
import { readSetting } from '../../client/storage/settings';
import { NameField } from '../NameField';
import { completionOf, encodeCompletion } from '../../lib/codes/completion';
import { completedPaths } from '../../lib/progress/catalogue';
import { useCatalogue } from '../use-catalogue';
import { fill } from '../../lib/text/fill';
import { useMounted } from '../use-mounted';
import type { CertificateStrings } from './strings';
import { localeTag, type Locale } from '../../lib/i18n/locales';

interface Props {
  strings: CertificateStrings;
  locale: Locale;
  siteName: string;
  region: string;
}

/** A printable, honestly self-issued record of what this device shows the learner has completed. */
export default function Certificate({ strings, locale, siteName, region }: Props) {
  const mounted = useMounted();
  const [name, setName] = useState('');
  const loaded = useCatalogue(locale);
  const catalogue = loaded === 'error' ? undefined : loaded;
  useEffect(() => setName(String(readSetting('name') ?? '')), []);

  if (!mounted) return <p>{strings.noScript}</p>;
  if (!catalogue) return <p>{strings.loading}</p>;
  const progress = getProgress();
  const completion = completionOf(progress, name, (id) => Boolean(catalogue.lessons[id]));
  const lessons = completion.completed;
  const paths = completedPaths(catalogue, progress);
  const today = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'long' }).format(new Date());

  return (
    <>
      <div class="certificate-controls no-print">
        <NameField
          id="certificate-name"
          label={strings.nameLabel}
          hint={strings.nameHint}
          value={name}
          onChange={setName}
        />
        <p>
          <button type="button" class="button" onClick={() => window.print()}>
            {strings.print}
          </button>
        </p>
      </div>
      <article class="certificate" aria-label={strings.heading}>
        <p class="certificate__site">
          {siteName} · {region}
        </p>
        <h2 class="certificate__heading">{strings.heading}</h2>
        <p>{strings.awardedTo}</p>
        <p class="certificate__name">{name.trim() || strings.noName}</p>
        {paths.length > 0 && (
          <>
            <h3>{strings.completedPaths}</h3>
            <ul>
              {paths.map((slug) => (
                <li key={slug}>{catalogue.paths.find((path) => path.slug === slug)!.title}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{fill(strings.completedLessons, { count: lessons.length })}</h3>
        {lessons.length > 0 ? (
          <ul class="certificate__lessons">
            {lessons.map((id) => (
              <li key={id}>{catalogue.lessons[id]!.title}</li>
            ))}
          </ul>
        ) : (
          <p>{strings.none}</p>
        )}
        <p>{fill(strings.date, { date: today })}</p>
        {lessons.length > 0 && (
          <p>
            {strings.code} <strong class="code">{encodeCompletion(completion)}</strong>
          </p>
        )}
        <p class="certificate__note">{strings.selfIssued}</p>
      </article>
    </>
  );
}
