import type { pdfCodes } from '../../findings/catalog/pdf.js';
import { type MessageTable, show } from '../message.js';

/** English messages of PDF printing. */
export const enPdf: MessageTable<keyof typeof pdfCodes> = {
  PDF_PRINT_FAILED: {
    text: (d) => `Chromium could not print the PDF: ${show(d.reason)}.`,
    hint: () => 'Try again; otherwise write an HTML file (-o file.html) and print it from the browser.',
  },
};
