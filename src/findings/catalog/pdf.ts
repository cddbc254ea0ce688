import type { Severity } from '../severity.js';

/** Codes of PDF printing (Node) and their default severities. */
export const pdfCodes = {
  PDF_PRINT_FAILED: 'error',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries. */
export interface PdfDetails {
  readonly PDF_PRINT_FAILED: { readonly reason: string };
}
