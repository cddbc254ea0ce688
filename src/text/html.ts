const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Script text made safe to inline in a `<script>` element: no `</script` can end it early. */
export function inlineScript(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1');
}
