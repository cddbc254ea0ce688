import type { pdfCodes } from '../../findings/catalog/pdf.js';
import { type MessageTable, show } from '../message.js';

/** Swedish messages of PDF printing. */
export const svPdf: MessageTable<keyof typeof pdfCodes> = {
  PDF_PRINT_FAILED: {
    text: (d) => `Det gick inte att skriva ut PDF-filen i Chromium: ${show(d.reason)}.`,
    hint: () => 'Försök igen; skriv annars en HTML-fil (-o fil.html) och skriv ut den från webbläsaren.',
  },
};
