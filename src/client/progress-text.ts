/** The few words progress marks need, in the page's language: smaller than shipping a dictionary. */
const TEXT = {
  id: {
    notStarted: 'Belum dimulai',
    started: 'Sedang dipelajari',
    completed: 'Selesai',
    markDone: 'Tandai selesai',
    doneOn: 'Anda menyelesaikan pelajaran ini pada {date}.',
    count: '{done} dari {total} pelajaran selesai',
    continue: 'Lanjutkan belajar',
  },
  en: {
    notStarted: 'Not started',
    started: 'In progress',
    completed: 'Done',
    markDone: 'Mark as done',
    doneOn: 'You finished this lesson on {date}.',
    count: '{done} of {total} lessons done',
    continue: 'Continue learning',
  },
};
export type ProgressText = (typeof TEXT)['id'];

export function progressText(): ProgressText {
  return document.documentElement.lang === 'en' ? TEXT.en : TEXT.id;
}

export function formatDay(time: number): string {
  const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(time);
}
