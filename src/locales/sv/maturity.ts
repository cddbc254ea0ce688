import type { MaturityWords } from '../maturity-words.js';

const share = (count: number, total: number) =>
  total === 0 ? '' : ` (${Math.round((100 * count) / total)} %)`;

/** Swedish words of the maturity model (mognadsmodellen). */
export const svMaturityWords: MaturityWords = {
  heading: 'Mognad i arbetet med effektkedjor',
  stage: {
    1: {
      name: 'Från det okända',
      explanation: 'Låg kunskap: effektkedjorna är ännu inte ett gemensamt arbetssätt.',
    },
    2: {
      name: 'Det repeterbara',
      explanation: 'Planerna följer de gemensamma mallarna, så arbetet kan upprepas från plan till plan.',
    },
    3: {
      name: 'Tillfredsställande prestation',
      explanation:
        'Indikatorerna har utgångsvärden och mål, så det går att säga vad som är ett bra resultat.',
    },
    4: {
      name: 'Processen mäts och mätningen styr',
      explanation:
        'Indikatorerna mäts i tid och planerna revideras med angivna skäl när mätningen visar att något behöver ändras.',
    },
    5: {
      name: 'Optimerad',
      explanation:
        'Arbetet är stabilt och står för sig självt: planernas resultat räknas in i strategins indikatorer och möter intressenternas krav.',
    },
  },
  criterion: {
    templates: 'Mallar följs',
    baselines: 'Utgångsvärden finns',
    targets: 'Målvärden finns',
    measured: 'Mätningar i tid',
    revisions: 'Revideringar med skäl',
    rollups: 'Sammanställning till strategin',
  },
  fact: {
    templates: (c, t) => `${c} av ${t} planer följer en mall${share(c, t)}`,
    baselines: (c, t) => `${c} av ${t} indikatorer har utgångsvärde${share(c, t)}`,
    targets: (c, t) => `${c} av ${t} indikatorer har målvärde${share(c, t)}`,
    measured: (c, t) => `${c} av ${t} indikatorer är mätta i år eller i fjol${share(c, t)}`,
    revisions: (c, t) => `${c} av ${t} planer har en revidering med angivet skäl${share(c, t)}`,
    rollups: (c, t) => `${c} av ${t} indikatorer i strategin får bidrag från planerna${share(c, t)}`,
  },
  column: { stage: 'Steg', criterion: 'Kriterium', fact: 'Underlag', met: 'Uppfyllt' },
  yes: 'ja',
  no: 'nej',
  current: (stage, name) => `Regionen är på steg ${stage} av 5: ${name}.`,
  next: (stage, name, needs) => `Till steg ${stage} (${name}) behövs: ${needs.join('; ')}.`,
  top: 'Regionen är på det högsta steget; håll fast vid arbetssättet.',
  rule: (threshold) =>
    `Ett kriterium är uppfyllt när minst ${threshold} % av planerna eller indikatorerna klarar det; ett steg är nått när dess kriterier och alla lägre stegs kriterier är uppfyllda.`,
};
