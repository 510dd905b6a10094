/**
 * The letter a shortcut key stands for. On a non-Latin layout (Arabic) the key marked B types
 * another character: the shortcut follows the physical key ("KeyB"), so it works on any layout, and
 * falls back to the character where the browser gives no physical key.
 */
export function shortcutLetter(input: { key: string; code?: string }): string {
  return /^Key[A-Z]$/.test(input.code ?? '') ? input.code!.slice(3).toLowerCase() : input.key.toLowerCase();
}
