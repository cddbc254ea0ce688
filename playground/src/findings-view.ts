import type { Finding, Language } from 'effektkedja';
import type { UiWords } from './words.js';

/** Lists the findings as buttons; `onPick` gets the finding the user chose. */
export function renderFindings(
  list: HTMLOListElement,
  findings: readonly Finding[],
  lang: Language,
  words: UiWords,
  onPick: (finding: Finding, item: HTMLButtonElement) => void,
): void {
  list.replaceChildren();
  for (const finding of findings) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `ek-finding sev-${finding.severity}`;
    button.dataset.code = finding.code;
    if (finding.location.line !== undefined) button.dataset.line = String(finding.location.line);
    if (finding.location.box !== undefined) button.dataset.box = finding.location.box;

    const head = document.createElement('span');
    head.className = 'ek-finding-head';
    head.append(
      span('sev', words.severity[finding.severity]),
      span('code', finding.code),
      ...(finding.location.line !== undefined ? [span('where', words.line(finding.location.line))] : []),
    );
    button.append(head, span('msg', finding.message[lang]));
    if (finding.hint) button.append(span('hint', finding.hint[lang]));
    button.addEventListener('click', () => onPick(finding, button));
    item.append(button);
    list.append(item);
  }
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}
