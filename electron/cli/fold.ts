/** Lower case without diacritics: "Åtgärd" → "atgard", "Växjö" → "vaxjo". For forgiving look-ups. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
