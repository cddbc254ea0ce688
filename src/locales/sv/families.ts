import type { familiesCodes } from '../../findings/catalog/families.js';
import { type MessageTable, q, show } from '../message.js';

/** Swedish messages of plan families (ramprojekt and delprojekt). */
export const svFamilies: MessageTable<keyof typeof familiesCodes> = {
  FAMILY_UNKNOWN_PARENT: {
    text: (d) =>
      `Delprojektet ${q(d.plan)} hör till ramprojektet ${q(d.parent)}, som inte finns bland planerna.`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : 'Rätta id:t i parent, eller granska filen tillsammans med filen där ramprojektet finns.',
  },
  FAMILY_CYCLE: {
    text: (d) =>
      `Planerna hör till varandra i en slinga: ${(Array.isArray(d.cycle) ? d.cycle : []).map((id) => q(id)).join(' → ')}.`,
    hint: () =>
      'Ett delprojekt kan inte vara ramprojekt för sitt eget ramprojekt; ta bort parent i en av planerna.',
  },
  FAMILY_CHILD_PERIOD_OUTSIDE: {
    text: (d) =>
      `Delprojektet ${q(d.plan)} pågår ${show(d.from)}–${show(d.to)}, utanför ramprojektet ${q(d.parent)} (${show(d.parentFrom)}–${show(d.parentTo)}).`,
    hint: () => 'Lägg delprojektets period inom ramprojektets, eller förläng ramprojektet.',
  },
  FAMILY_CHILD_GOAL_NOT_SERVED: {
    text: (d) =>
      `Rutan ${q(d.box)} i delprojektet ${q(d.plan)} kopplar till målet ${q(d.goal)}, som ramprojektet ${q(d.parent)} inte bidrar till (ramprojektets mål: ${q(d.parentGoals)}).`,
    hint: () =>
      'Koppla till ett av ramprojektets mål eller ett mål som bryter ner dem, eller lägg till målet i ramprojektet.',
  },
  FAMILY_ROLLUP_MISMATCH: {
    text: (d) =>
      d.what === 'kind'
        ? `Indikatorn ${q(d.indicator)} i delprojektet ${q(d.child)} är av typen ${q(d.found)}, men ramprojektet ${q(d.plan)} summerar den som ${q(d.expected)}.`
        : `Indikatorn ${q(d.indicator)} i delprojektet ${q(d.child)} räknas i ${q(d.found)}, men ramprojektet ${q(d.plan)} summerar den i ${q(d.expected)}.`,
    hint: () => 'Ge delprojektets indikator samma typ och enhet som ramprojektets.',
  },
  FAMILY_ROLLUP_WITHOUT_CHILDREN: {
    text: (d) =>
      Number(d.children) === 0
        ? `Indikatorn ${q(d.indicator)} i ${q(d.plan)} ska summeras från delprojekten, men planen har inga delprojekt.`
        : `Indikatorn ${q(d.indicator)} i ramprojektet ${q(d.plan)} ska summeras från delprojekten, men inget av dem har en indikator med det id:t.`,
    hint: () => 'Ge delprojekten en indikator med samma id, eller ta bort fromChildren.',
  },
};
