/** "Cetak": prints the lesson as a handout, after its QR code (print-only, lazily loaded) has arrived. */
export function setUpPrintButton(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-print]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const image = root.querySelector<HTMLImageElement>('.handout img');
    if (image) {
      image.loading = 'eager';
      await image.decode().catch(() => undefined);
    }
    print();
  });
}
