import type { Opportunity, Organisation } from '../matching';
import type { Language } from '../text';
import { SCHEME } from '../thesaurus';
import { pick, seededRandom } from './random';

// Realistic-looking profiles and needs: fixed sentence templates per language filled with
// thesaurus labels, so the texts exercise tagging, compounds and segmentation like real ones.

const CITIES = {
  nl: ['Gent', 'Antwerpen', 'Leuven', 'Hasselt', 'Eindhoven', 'Rotterdam', 'Delft', 'Brugge'],
  en: ['Ghent', 'Antwerp', 'Leuven', 'Hasselt', 'Eindhoven', 'Rotterdam', 'Delft', 'Bruges'],
  zh: ['石家庄', '西安', '成都', '重庆', '广州', '深圳', '佛山', '东莞'],
};
const REGIONS = ['Hebei', 'Shaanxi', 'Chengdu', 'Chongqing', 'Guangdong', 'Shenzhen'];
const SECTORS = {
  nl: ['de chemische industrie', 'gemeenten', 'de voedingsindustrie', 'industriële klanten', 'havenbedrijven'],
  en: ['the chemical industry', 'municipalities', 'food manufacturers', 'industrial clients', 'utilities'],
  zh: ['化工', '市政', '食品', '工业园区', '电力'],
};
const DISTRACTORS = {
  nl: [
    'Wij verkopen fietsen met carbon frames en onderhouden ze in onze werkplaats.',
    'Ons bureau ontwerpt logo’s, websites en verpakkingen voor winkels.',
    'Wij leveren kassasystemen en software voor de horeca in het Westland.',
  ],
  en: [
    'We sell aquarium filters, pumps and lighting to hobbyists.',
    'Our agency designs logos, websites and packaging for retailers.',
    'We run a chain of bakeries and coffee bars in the city centre.',
  ],
  zh: ['公司主营家用净水器和厨房电器的零售与安装。', '我们为餐饮企业提供收银系统和会员管理软件。', '本店经营进口红酒、橄榄油和休闲食品。'],
};

const TEMPLATES: Record<Language, (f: Record<string, string>) => string> = {
  en: (f) =>
    `${f.name} is a ${f.kind} based in ${f.city}. We specialise in ${f.a} and ${f.b} for ${f.sector}. ` +
    `Our engineers take ${f.c} projects from feasibility study to commissioning and operate ${f.n} installations. ` +
    `We also offer ${f.d}, training and after-sales service. ${f.extra}`,
  nl: (f) =>
    `${f.name} is een ${f.kind} uit ${f.city}. Wij zijn gespecialiseerd in ${f.a} en ${f.b} voor ${f.sector}. ` +
    `Onze ingenieurs begeleiden projecten rond ${f.c} van haalbaarheidsstudie tot oplevering en beheren ${f.n} installaties. ` +
    `Daarnaast bieden wij ${f.d}, opleiding en onderhoud aan. ${f.extra}`,
  zh: (f) =>
    `${f.name}成立于${f.year}年，总部位于${f.city}，专注于${f.a}和${f.b}，主要服务${f.sector}等行业。` +
    `公司拥有${f.c}核心技术和专业团队，已完成项目${f.n}个，并提供${f.d}运营服务。${f.extra}`,
};
const KINDS = {
  nl: ['ingenieursbureau', 'technologiebedrijf', 'kennisinstelling'],
  en: ['engineering firm', 'technology company', 'research institute'],
  zh: ['', '', ''],
};
const LANGUAGE_MIX: Language[] = ['en', 'en', 'en', 'nl', 'nl', 'zh'];

function label(random: () => number, lang: Language): string {
  return pick(random, pick(random, SCHEME.concepts).labels[lang]).text;
}

/** Concept labels from one theme, so a profile reads like one coherent business. */
function themedLabels(random: () => number, lang: Language, count: number): string[] {
  const theme = pick(random, SCHEME.themes);
  const inTheme = SCHEME.concepts.filter((c) => c.theme === theme);
  return Array.from({ length: count }, () => pick(random, pick(random, inTheme).labels[lang]).text);
}

export function generateOrganisations(count: number, seed = 1): Organisation[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const language = pick(random, LANGUAGE_MIX);
    const name = `Org ${i}`;
    if (random() < 0.1) return { id: `org-${i}`, name, language, description: `${pick(random, DISTRACTORS[language])} ${pick(random, DISTRACTORS[language])}` };
    const [a, b, c, d] = themedLabels(random, language, 4) as [string, string, string, string];
    const description = TEMPLATES[language]({
      name,
      kind: pick(random, KINDS[language]),
      city: pick(random, CITIES[language]),
      sector: pick(random, SECTORS[language]),
      year: String(1980 + Math.floor(random() * 44)),
      n: String(5 + Math.floor(random() * 200)),
      a,
      b,
      c,
      d,
      extra: random() < 0.5 ? label(random, language) : '',
    });
    return { id: `org-${i}`, name, language, description };
  });
}

const NEEDS: Record<Language, (a: string, b: string, region: string) => [string, string]> = {
  nl: (a, b, region) => [`${a} in ${region}`, `Bedrijven in ${region} zoeken oplossingen voor ${a}, met aandacht voor ${b}.`],
  en: (a, b, region) => [`${a} in ${region}`, `Companies in ${region} need solutions for ${a}, including ${b}.`],
  zh: (a, b, region) => [`${region}${a}`, `${region}企业需要${a}技术，同时关注${b}。`],
};

export function generateOpportunities(count: number, seed = 2): Opportunity[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const language = pick(random, LANGUAGE_MIX);
    const region = pick(random, REGIONS);
    const [a, b] = themedLabels(random, language, 2) as [string, string];
    const [title, description] = NEEDS[language](a, b, region);
    return { id: `opp-${i}`, title, description, language, region };
  });
}
