// Plain-text tidying: newline and space normalisation that keeps paragraph structure.

/**
 * Normalise plain text: CRLF to LF, NFC, no control characters, spaces collapsed within lines,
 * lines trimmed, runs of blank lines reduced to one line break. Paragraphs stay one per line.
 */
export function tidyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
