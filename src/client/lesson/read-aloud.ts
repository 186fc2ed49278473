/**
 * Reads the lesson's title and text block by block with speechSynthesis, highlighting
 * the block being read. One utterance per block keeps pause, stop and speed responsive
 * and lets the highlight follow the voice.
 */
import { pronounce, type Pronunciations } from '../../lib/read-aloud/pronounce';

const BLOCKS = 'h1, .lead, .prose :is(h2, h3, p, li, td)';
const SKIP = '.trainer-note, .exercise, .check, .term-pop, .read-aloud, details, .steps-status';

export function setUpReadAloud(root: Document): { play: () => void } | undefined {
  const panel = root.querySelector<HTMLElement>('[data-read-aloud]');
  const article = root.querySelector<HTMLElement>('article.lesson');
  if (!panel || !article || !('speechSynthesis' in window)) return undefined;
  const synth = window.speechSynthesis;
  const strings = JSON.parse(panel.dataset['strings']!) as Record<'pause' | 'resume' | 'reading' | 'stopped', string>;
  const table = JSON.parse(panel.dataset['pronounce']!) as Pronunciations;
  const lang = panel.dataset['lang']!;
  const button = (action: string) => panel.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  const speed = panel.querySelector<HTMLSelectElement>('[data-action="speed"]')!;
  const status = panel.querySelector<HTMLElement>('[data-read-status]')!;
  let blocks: HTMLElement[] = [];
  let position = -1;
  let paused = false;

  const highlight = (block?: HTMLElement) => {
    article.querySelector('.is-reading')?.classList.remove('is-reading');
    block?.classList.add('is-reading');
    block?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  const setPlaying = (playing: boolean) => {
    button('pause').disabled = !playing;
    button('stop').disabled = !playing;
    button('pause').textContent = strings.pause;
    paused = false;
  };
  const stop = (message = strings.stopped) => {
    position = -1;
    synth.cancel();
    highlight();
    setPlaying(false);
    status.textContent = message;
  };
  const speak = (index: number) => {
    const block = blocks[index];
    if (!block) return stop();
    position = index;
    const utterance = new SpeechSynthesisUtterance(pronounce(block.innerText, table));
    utterance.lang = lang;
    utterance.rate = Number(speed.value);
    const voice = synth.getVoices().find((candidate) => candidate.lang.replace('_', '-').startsWith(lang.slice(0, 2)));
    if (voice) utterance.voice = voice;
    utterance.onstart = () => highlight(block);
    // Only move on if this utterance is still the current one (not stopped or restarted).
    utterance.onend = () => {
      if (position === index) speak(index + 1);
    };
    synth.speak(utterance);
  };

  const play = () => {
    blocks = [...article.querySelectorAll<HTMLElement>(BLOCKS)].filter(
      (block) => !block.closest(SKIP) && block.innerText.trim() !== '',
    );
    synth.cancel();
    setPlaying(true);
    status.textContent = strings.reading;
    speak(0);
  };
  button('play').addEventListener('click', play);
  button('pause').addEventListener('click', () => {
    paused = !paused;
    if (paused) synth.pause();
    else synth.resume();
    button('pause').textContent = paused ? strings.resume : strings.pause;
  });
  button('stop').addEventListener('click', () => stop());
  speed.addEventListener('change', () => {
    if (position < 0) return;
    const current = position;
    position = -1;
    synth.cancel();
    speak(current);
  });
  addEventListener('pagehide', () => synth.cancel());
  return { play };
}
