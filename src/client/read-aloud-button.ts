/** Shows the read-aloud controls where the browser can speak; the reader itself loads on the first press. */
export function setUpReadAloudButton(root: Document): void {
  const panel = root.querySelector<HTMLElement>('[data-read-aloud]');
  if (!panel || !('speechSynthesis' in window)) return;
  const play = panel.querySelector<HTMLButtonElement>('[data-action="play"]')!;
  const start = async () => {
    play.removeEventListener('click', start);
    const { setUpReadAloud } = await import('./read-aloud');
    setUpReadAloud(root)?.play();
  };
  play.addEventListener('click', start);
  panel.hidden = false;
}
