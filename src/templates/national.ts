import type { Template } from '../model/template.js';
import { deepFreeze } from './freeze.js';

// The chart (Tillväxtverket, Reglab 2017-12-14) names three result levels; the
// library has six. "Effekt kort sikt" is the outcome right after the project
// (utfall), "medellång sikt" the behaviour after it (kortsiktiga), "lång sikt"
// the societal effect (långsiktiga). Levels the chart leaves empty get a
// placeholder box, so an instantiated plan is a whole chain that says what is missing.

const RESURSER = {
  id: 'resurser',
  level: 'resurser',
  text: 'Projektmedel, arbetstid och andra aktörers insatser',
  textEn: 'Project funds, working time and other actors’ efforts',
  placeholder: true,
} as const;

/** Investeringar i fysisk och digital infrastruktur: direktspår, effects arise in physical environments. */
export const INVESTERINGAR_INFRASTRUKTUR: Template = deepFreeze({
  id: 'investeringar-infrastruktur',
  name: 'Investeringar i fysisk och digital infrastruktur',
  nameEn: 'Investments in physical and digital infrastructure',
  track: 'direktspar',
  description:
    'Projekt som bidrar till att infrastruktur eller fysiska miljöer blir verklighet: bredband, test- och demomiljöer, miljöförbättringar.',
  keywords: [
    'infrastruktur',
    'investering',
    'investera',
    'bredband',
    'fiber',
    'anläggning',
    'anlägga',
    'ombyggnad',
    'nybyggnation',
    'byggnation',
    'upprustning',
    'lokaler',
    'testmiljö',
    'demomiljö',
    'test- eller demomiljö',
    'test- och demomiljö',
    'miljöförbättring',
    'cykelled',
    'cykelväg',
    'vägar',
    'hamn',
    'laddinfrastruktur',
    'laddstation',
  ],
  boxes: [
    RESURSER,
    {
      id: 'aktivitet',
      level: 'aktiviteter',
      text: 'Investeringar i fysisk och digital infrastruktur',
      textEn: 'Investments in physical and digital infrastructure',
    },
    {
      id: 'prestation',
      level: 'prestationer',
      text: 'Bidrag till realisering av infrastruktur/miljö',
      textEn: 'Contribution to realising infrastructure/environments',
      indicators: [
        {
          id: 'gjorda-investeringar-antal',
          name: 'Gjorda investeringar (antal)',
          nameEn: 'Investments made (number)',
          kind: 'count',
          unit: 'investeringar',
          mandatory: true,
        },
        {
          id: 'gjorda-investeringar-kronor',
          name: 'Gjorda investeringar (kronor)',
          nameEn: 'Investments made (SEK)',
          kind: 'sek',
          unit: 'kr',
          mandatory: true,
        },
      ],
    },
    {
      id: 'utfall',
      level: 'utfall',
      text: 'Ökad servicegrad/tillgänglighet för medborgare och näringsliv',
      textEn: 'Higher level of service/accessibility for citizens and business',
    },
    {
      id: 'kortsiktig',
      level: 'kortsiktiga',
      text: 'Hur medborgare och näringsliv använder den ökade servicegraden/tillgängligheten (tomt i den nationella kedjan)',
      textEn:
        'How citizens and business use the higher level of service/accessibility (empty in the national chain)',
      placeholder: true,
    },
    {
      id: 'langsiktig',
      level: 'langsiktiga',
      text: 'Effekter av ökad servicegrad/tillgänglighet',
      textEn: 'Effects of the higher level of service/accessibility',
    },
  ],
  links: chain(['resurser', 'aktivitet', 'prestation', 'utfall', 'kortsiktig', 'langsiktig']),
} satisfies Template);

/** Utveckling av kunskap, strategier och planeringsunderlag: utvecklings- och samverkansspår. */
export const KUNSKAP_STRATEGIER: Template = deepFreeze({
  id: 'kunskap-strategier',
  name: 'Utveckling av kunskap, strategier och planeringsunderlag',
  nameEn: 'Developing knowledge, strategies and planning data',
  track: 'utvecklings-och-samverkansspar',
  description:
    'Projekt som tar fram underlag för styrning och prioritering: analyser, kartläggningar, studier, strategier, handlingsplaner, regional uppföljning och utvärdering.',
  keywords: [
    'kunskapsunderlag',
    'planeringsunderlag',
    'underlag',
    'strategi',
    'handlingsplan',
    'analys',
    'omvärldsanalys',
    'kartläggning',
    'kartlägga',
    'studie',
    'förstudie',
    'utredning',
    'utreda',
    'uppföljning',
    'utvärdering',
    'statistik',
    'prognos',
    'scenario',
    'rapport',
  ],
  boxes: [
    RESURSER,
    {
      id: 'aktivitet',
      level: 'aktiviteter',
      text: 'Utveckling av kunskap, strategier och planeringsunderlag',
      textEn: 'Developing knowledge, strategies and planning data',
    },
    {
      id: 'prestation',
      level: 'prestationer',
      text: 'Underlag utvecklas och sprids',
      textEn: 'Knowledge base is developed and disseminated',
      indicators: [
        {
          id: 'antal-kunskapsunderlag',
          name: 'Antal framtagna kunskapsunderlag',
          nameEn: 'Number of knowledge bases produced',
          kind: 'count',
          unit: 'underlag',
          mandatory: true,
        },
      ],
    },
    {
      id: 'utfall',
      level: 'utfall',
      text: 'Ökad kunskap: bättre underlag för styrning/prioritering',
      textEn: 'More knowledge: a better basis for steering/prioritising',
    },
    {
      id: 'kortsiktig',
      level: 'kortsiktiga',
      text: 'Tillämpning av ny kunskap i ordinarie verksamhet eller i framtida projekt',
      textEn: 'New knowledge applied in regular operations or in future projects',
    },
    {
      id: 'langsiktig',
      level: 'langsiktiga',
      text: 'Vad tillämpningen av den nya kunskapen ger samhället (tomt i den nationella kedjan)',
      textEn: 'What applying the new knowledge gives society (empty in the national chain)',
      placeholder: true,
    },
  ],
  links: chain(['resurser', 'aktivitet', 'prestation', 'utfall', 'kortsiktig', 'langsiktig']),
} satisfies Template);

/** Utveckling av varor och tjänster, indirekt (företagsfrämjare, myndigheter m.fl.): utvecklings- och samverkansspår. */
export const VAROR_TJANSTER_INDIREKT: Template = deepFreeze({
  id: 'varor-tjanster-indirekt',
  name: 'Utveckling av varor och tjänster, indirekt (företagsfrämjare, myndigheter m.fl.)',
  nameEn: 'Developing goods and services, indirectly (business promoters, public agencies etc.)',
  track: 'utvecklings-och-samverkansspar',
  description:
    'Projekt som utvecklar och testar metoder, verksamhets- och affärsmodeller hos intermediärer: företagsfrämjare, myndigheter, kommuner, kluster.',
  keywords: [
    'företagsfrämjare',
    'företagsfrämjarna',
    'främjare',
    'främjarna',
    'främjaraktör',
    'främjarsystem',
    'främjandesystem',
    'innovationsstödsystem',
    'inkubator',
    'science park',
    'klusterorganisation',
    'kluster',
    'myndighet',
    'kommuner',
    'organisationer',
    'metodutveckling',
    'metoder',
    'verksamhetsmodell',
    'affärsmodell',
    'arbetssätt',
    'samverkansplattform',
  ],
  boxes: [
    RESURSER,
    {
      id: 'aktivitet',
      level: 'aktiviteter',
      text: 'Utveckling av varor och tjänster (indirekt: företagsfrämjare, myndigheter m.fl.)',
      textEn: 'Developing goods and services (indirectly: business promoters, public agencies etc.)',
    },
    {
      id: 'prestation',
      level: 'prestationer',
      text: 'Metoder/verksamhets- och affärsmodeller utvecklas och testas',
      textEn: 'Methods/operating and business models are developed and tested',
      indicators: [
        {
          id: 'antal-deltagande-organisationer',
          name: 'Antal deltagande organisationer',
          nameEn: 'Number of participating organisations',
          kind: 'count',
          unit: 'organisationer',
          mandatory: true,
        },
      ],
    },
    {
      id: 'utfall',
      level: 'utfall',
      text: 'Ökad kunskap om metoder/verksamhets- och affärsmodeller',
      textEn: 'More knowledge of methods/operating and business models',
    },
    {
      id: 'kortsiktig',
      level: 'kortsiktiga',
      text: 'Tillämpning av metoder/verksamhets- och affärsmodeller i ordinarie verksamhet eller i framtida projekt',
      textEn: 'Methods/operating and business models applied in regular operations or in future projects',
    },
    {
      id: 'langsiktig',
      level: 'langsiktiga',
      text: 'Vad tillämpningen av metoderna och modellerna ger samhället (tomt i den nationella kedjan)',
      textEn: 'What applying the methods and models gives society (empty in the national chain)',
      placeholder: true,
    },
  ],
  links: chain(['resurser', 'aktivitet', 'prestation', 'utfall', 'kortsiktig', 'langsiktig']),
} satisfies Template);

/** Utveckling av varor och tjänster, direkt (entreprenörer och företag): insatsspår. */
export const VAROR_TJANSTER_DIREKT: Template = deepFreeze({
  id: 'varor-tjanster-direkt',
  name: 'Utveckling av varor och tjänster, direkt (entreprenörer och företag)',
  nameEn: 'Developing goods and services, directly (entrepreneurs and firms)',
  track: 'insatsspar',
  description:
    'Projekt där entreprenörer och företag själva deltar: rådgivning, coachning, informationsinsatser till SMF, exportfrämjande.',
  keywords: [
    'rådgivning',
    'coachning',
    'coaching',
    'affärsutveckling',
    'affärsrådgivning',
    'informationsinsatser till smf',
    'exportfrämjande',
    'export',
    'nya marknader',
    'företagscheck',
    'innovationscheck',
    'mentor',
    'nyföretagande',
    'nystartade',
    'startup',
    'deltagande företag',
    'företagsutveckling',
    'företagsstöd',
  ],
  boxes: [
    RESURSER,
    {
      id: 'aktivitet',
      level: 'aktiviteter',
      text: 'Utveckling av varor och tjänster (direkt: entreprenörer och företag)',
      textEn: 'Developing goods and services (directly: entrepreneurs and firms)',
    },
    {
      id: 'prestation',
      level: 'prestationer',
      text: 'Entreprenörer/företag deltar i projekt',
      textEn: 'Entrepreneurs/firms take part in the project',
      indicators: [
        {
          id: 'antal-deltagande-foretag',
          name: 'Antal deltagande företag (och org.nr)',
          nameEn: 'Number of participating firms (with organisation numbers)',
          kind: 'count',
          unit: 'företag',
          mandatory: true,
        },
      ],
    },
    { id: 'utfall', level: 'utfall', text: 'Ökad förmåga', textEn: 'Greater capability' },
    { id: 'kortsiktig', level: 'kortsiktiga', text: 'Förändrat beteende', textEn: 'Changed behaviour' },
    {
      id: 'langsiktig',
      level: 'langsiktiga',
      text: 'Effekter av förändrat beteende (konkurrenskraft)',
      textEn: 'Effects of changed behaviour (competitiveness)',
    },
  ],
  links: chain(['resurser', 'aktivitet', 'prestation', 'utfall', 'kortsiktig', 'langsiktig']),
} satisfies Template);

/** The four national templates, in the chart's order (left to right). */
export const NATIONAL_TEMPLATES: readonly Template[] = Object.freeze([
  INVESTERINGAR_INFRASTRUKTUR,
  KUNSKAP_STRATEGIER,
  VAROR_TJANSTER_INDIREKT,
  VAROR_TJANSTER_DIREKT,
]);

function chain(ids: readonly string[]): { from: string; to: string }[] {
  return ids.slice(1).map((to, i) => ({ from: ids[i]!, to }));
}
