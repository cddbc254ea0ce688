/**
 * Text that Markdown shows as written, in a heading, a paragraph or a table
 * cell: line breaks become spaces and every character with a meaning in
 * Markdown inside a line, HTML included, is escaped with a backslash (CommonMark
 * shows an escaped ASCII punctuation character literally). List and heading
 * markers need no escape: the text never starts a line of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ').replace(/[\\`*_[\]()<>#!|~&]/g, '\\$&');
}
