/** A plain textarea with a line-number gutter: light enough to need no editor library. */
export interface Editor {
  readonly textarea: HTMLTextAreaElement;
  /** Replaces the text (as if the user had typed it). */
  setText(text: string): void;
  /** Selects a whole line (1-based) and scrolls it into view. */
  selectLine(line: number): void;
}

/** Wires the gutter to the textarea; `onChange` is called on every edit. */
export function createEditor(
  textarea: HTMLTextAreaElement,
  gutter: HTMLElement,
  onChange: () => void,
): Editor {
  let shown = 0;
  const renumber = (): void => {
    const count = textarea.value.split('\n').length;
    if (count !== shown) {
      let out = '';
      for (let i = 1; i <= count; i++) out += `${i}\n`;
      gutter.textContent = out;
      shown = count;
    }
    gutter.scrollTop = textarea.scrollTop;
  };
  textarea.addEventListener('input', () => {
    renumber();
    onChange();
  });
  textarea.addEventListener('scroll', () => {
    gutter.scrollTop = textarea.scrollTop;
  });
  // Tab indents (two spaces) instead of leaving the field; Escape then Tab leaves it.
  let escaped = false;
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      escaped = true;
      return;
    }
    if (event.key === 'Tab' && !event.shiftKey && !escaped && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      textarea.setRangeText('  ', textarea.selectionStart, textarea.selectionEnd, 'end');
      renumber();
      onChange();
    }
    escaped = false;
  });
  renumber();

  return {
    textarea,
    setText(text) {
      textarea.value = text;
      textarea.scrollTop = 0;
      renumber();
      onChange();
    },
    selectLine(line) {
      const text = textarea.value;
      let start = 0;
      for (let i = 1; i < line; i++) {
        const next = text.indexOf('\n', start);
        if (next === -1) break;
        start = next + 1;
      }
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      textarea.focus();
      textarea.setSelectionRange(start, end);
      const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 18;
      textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - textarea.clientHeight / 3);
      gutter.scrollTop = textarea.scrollTop;
    },
  };
}
