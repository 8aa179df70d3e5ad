// Demo project from source document 004 ("Cooperation on a Sino-Dutch Low-carbon zone Shenzhen").
// English is the document's own wording (original); Dutch and Chinese are translations. Where the
// document gives no day, month or figure, none is given here: dates keep the document's precision.
import type { MultilingualText, Project } from '../../../../core/projects/model';

const en = (text: string, nl: string, zh: string): MultilingualText => ({ original: 'en', en: text, nl, zh });

const ORG = {
  twaGuangzhou: 'org-twa-guangzhou',
  shenzhenGovernment: 'org-shenzhen-government',
  ministryEli: 'org-nl-ministry-eli',
  ministryIm: 'org-nl-ministry-im',
  tuDelft: 'org-tu-delft',
  ngi: 'org-ngi-infrastructures',
  ndrc: 'org-ndrc',
  ndrcClimate: 'org-ndrc-climate-change-department',
  shenzhenDrc: 'org-shenzhen-drc',
  shenzhenEpb: 'org-shenzhen-epb',
  shenzhenItic: 'org-shenzhen-itic',
  longgang: 'org-longgang-district-government',
  shenzhenPlanning: 'org-shenzhen-uplrc',
  nlAgency: 'org-nl-agency',
  attacheNetwork: 'org-innovation-attache-network-china',
} as const;

const EXPERT_MEETING = 'p004-feasibility-expert-meeting';
const SIGNING_CEREMONY = 'p004-development-signing-ceremony';
const SHENZHEN = { name: en('Shenzhen', 'Shenzhen', '深圳'), countryCode: 'CN' };
const UNDETERMINED = { precision: 'undetermined' } as const;
const NETWORK = [ORG.twaGuangzhou, ORG.shenzhenGovernment, ORG.ministryEli, ORG.ministryIm, ORG.tuDelft, ORG.ngi];
const CHINESE_COUNTERPARTS = [
  ORG.ndrcClimate, ORG.shenzhenDrc, ORG.shenzhenEpb, ORG.shenzhenItic, ORG.longgang, ORG.shenzhenPlanning,
];

/** Every result of the document is reported with one qualitative indicator: the document names
 *  no figures, only whether the result has been reached. */
function result(n: number, type: 'output' | 'outcome', title: MultilingualText, indicator: MultilingualText): Project['results'][number] {
  return {
    id: `p004-result-${n}`,
    type,
    title,
    indicators: [{ id: `p004-result-${n}-indicator-1`, title: indicator, measure: 'qualitative', ascending: true, periods: [] }],
  };
}

export const project004: Project = {
  id: 'p004',
  // XE-EXAMPLE is IATI's reserved example prefix: this is demo data, not a published activity.
  iatiIdentifier: 'XE-EXAMPLE-CTB-004',
  title: en(
    'Cooperation on a Sino-Dutch Low-carbon zone Shenzhen',
    'Samenwerking rond een Chinees-Nederlandse koolstofarme zone in Shenzhen',
    '中荷深圳低碳区合作',
  ),
  purpose: en(
    'The purpose of the project is to set-up a Sino-Dutch cooperation framework for the joint development of a ‘low-carbon zone’ in Shenzhen with the involvement of the Dutch government as well as companies and research institutes and to start the implementation of the first government to government cooperation activities.',
    'Het doel van het project is een Chinees-Nederlands samenwerkingskader op te zetten voor de gezamenlijke ontwikkeling van een ‘koolstofarme zone’ in Shenzhen, met betrokkenheid van de Nederlandse overheid en van bedrijven en onderzoeksinstellingen, en te beginnen met de uitvoering van de eerste samenwerkingsactiviteiten van overheid tot overheid.',
    '本项目旨在建立中荷合作框架，在荷兰政府以及企业和研究机构的参与下共同开发深圳“低碳区”，并启动首批政府间合作活动的实施。',
  ),
  location: {
    countryCode: 'CN',
    region: en('Shenzhen', 'Shenzhen', '深圳市'),
    district: en('Longgang', 'Longgang', '龙岗区'),
  },
  // The card's theme "Low carbon/eco city".
  themes: ['low-carbon-urban-planning', 'eco-city'],
  // The card's status field is empty and its activities are all written as plans: pipeline.
  status: 1,
  dates: {},
  currency: 'EUR',
  budgetLines: [
    {
      id: 'p004-budget-total',
      label: en('Project budget', 'Projectbudget', '项目预算'),
      value: { amount: 150_000, currency: 'EUR' },
      // The card states the total only, no period and no commitment.
      status: 'indicative',
    },
  ],
  transactions: [],
  organisations: [
    { id: ORG.nlAgency, name: en('NL Agency', 'Agentschap NL', '荷兰政府服务局（NL Agency）'), iatiType: '10' },
    {
      id: ORG.attacheNetwork,
      name: en('Innovation Attaché network China', 'Innovatieattachénetwerk China', '荷兰驻华创新参赞网络'),
      iatiType: '10',
    },
    {
      id: ORG.twaGuangzhou,
      name: en('TWA Guangzhou', 'TWA Guangzhou (technisch-wetenschappelijk attaché)', '荷兰驻广州科技参赞处（TWA Guangzhou）'),
      iatiType: '10',
      parentId: ORG.attacheNetwork,
    },
    { id: ORG.shenzhenGovernment, name: en('Shenzhen government', 'Stadsbestuur van Shenzhen', '深圳市政府'), iatiType: '11' },
    {
      id: ORG.ministryEli,
      name: en(
        'Netherlands Ministry of Economic Affairs, Agriculture and Innovation (EL&I)',
        'Ministerie van Economische Zaken, Landbouw en Innovatie (EL&I)',
        '荷兰经济、农业与创新部（EL&I）',
      ),
      iatiType: '10',
    },
    {
      id: ORG.ministryIm,
      name: en(
        'Netherlands Ministry of Infrastructure and the Environment (I&M)',
        'Ministerie van Infrastructuur en Milieu (I&M)',
        '荷兰基础设施与环境部（I&M）',
      ),
      iatiType: '10',
    },
    { id: ORG.tuDelft, name: en('Delft University of Technology (TU Delft)', 'Technische Universiteit Delft (TU Delft)', '代尔夫特理工大学'), iatiType: '80' },
    { id: ORG.ngi, name: en('NGI infrastructures', 'NGI infrastructures', 'NGI infrastructures（下一代基础设施）'), iatiType: '80' },
    { id: ORG.ndrc, name: en('NDRC', 'NDRC (Nationale Commissie voor Ontwikkeling en Hervorming)', '国家发展和改革委员会'), iatiType: '10' },
    {
      id: ORG.ndrcClimate,
      name: en('NDRC Climate change department', 'NDRC, directie Klimaatverandering', '国家发展和改革委员会应对气候变化司'),
      iatiType: '10',
      parentId: ORG.ndrc,
    },
    { id: ORG.shenzhenDrc, name: en('Shenzhen DRC', 'Shenzhen DRC (Commissie voor Ontwikkeling en Hervorming)', '深圳市发展和改革委员会'), iatiType: '11', parentId: ORG.shenzhenGovernment },
    { id: ORG.shenzhenEpb, name: en('Shenzhen Environmental Protection Bureau', 'Milieubeschermingsbureau van Shenzhen', '深圳市环境保护局'), iatiType: '11', parentId: ORG.shenzhenGovernment },
    {
      id: ORG.shenzhenItic,
      name: en('Shenzhen Industry Trade and Information Technology Commission', 'Commissie voor Industrie, Handel en Informatietechnologie van Shenzhen', '深圳市经济贸易和信息化委员会'),
      iatiType: '11',
      parentId: ORG.shenzhenGovernment,
    },
    { id: ORG.longgang, name: en('Longgang District Government', 'Districtsbestuur van Longgang', '深圳市龙岗区人民政府'), iatiType: '11' },
    {
      id: ORG.shenzhenPlanning,
      name: en('Shenzhen Urban Planning and Land Resources Commission', 'Commissie voor Stedelijke Planning en Grondzaken van Shenzhen', '深圳市规划和国土资源委员会'),
      iatiType: '11',
      parentId: ORG.shenzhenGovernment,
    },
  ],
  people: [
    { id: 'person-tang-jie', name: 'TANG Jie', function: en('Vice-mayor of Shenzhen', 'Viceburgemeester van Shenzhen', '深圳市副市长'), organisationId: ORG.shenzhenGovernment },
  ],
  // The card names NL Agency and the Innovation Attaché network China; TWA Guangzhou, part of
  // the network, runs the meetings. The card does not say who funds, so no funding role is set.
  participations: [
    { id: 'p004-participation-nl-agency', organisationId: ORG.nlAgency, role: 2 },
    { id: 'p004-participation-attache-network', organisationId: ORG.attacheNetwork, role: 4 },
    { id: 'p004-participation-twa-guangzhou', organisationId: ORG.twaGuangzhou, role: 4 },
  ],
  bodies: [],
  documents: [],
  agreements: [
    {
      id: 'p004-agreement-mou-nl-ndrc',
      kind: 'mou',
      title: en(
        'MoU between the Netherlands Ministries and the NDRC',
        'MoU tussen de Nederlandse ministeries en de NDRC',
        '荷兰相关部委与国家发展和改革委员会之间的谅解备忘录',
      ),
      partyOrganisationIds: [ORG.ministryEli, ORG.ministryIm, ORG.ndrc],
      status: 'in-preparation',
      date: UNDETERMINED,
      signingActivityId: SIGNING_CEREMONY,
      note: en(
        'A MoU between the Netherlands Ministries and the NDRC is in the first place the responsibility of the concerning Ministries and will most likely encompass more than the eco-city cooperation. However, it is important to keep in touch about the link between an overall MoU and more specific agreements on the Shenzhen Eco-2-Zone.',
        'Een MoU tussen de Nederlandse ministeries en de NDRC is in de eerste plaats de verantwoordelijkheid van de betrokken ministeries en zal waarschijnlijk meer omvatten dan de eco-city-samenwerking. Het is echter belangrijk contact te houden over de koppeling tussen een overkoepelend MoU en specifiekere afspraken over de Shenzhen Eco-2-Zone.',
        '荷兰相关部委与国家发展和改革委员会之间的谅解备忘录首先由相关部委负责，其内容很可能不仅限于生态城市合作。但必须就总体谅解备忘录与深圳生态双区（Eco-2-Zone）具体协议之间的衔接保持沟通。',
      ),
    },
  ],
  phases: [
    {
      id: 'p004-feasibility',
      order: 1,
      name: en('Feasibility phase', 'Haalbaarheidsfase', '可行性阶段'),
      // The go/no-go decision is the expected outcome of the November 2011 expert meeting.
      gate: { status: 'pending', decisionActivityId: EXPERT_MEETING },
      activities: [
        {
          id: 'p004-feasibility-network-meetings',
          type: 'network-meeting',
          title: en('Regular contact and meetings with the relevant network', 'Regelmatig contact en overleg met het relevante netwerk', '与相关网络的定期联系和会议'),
          description: en(
            'During the feasibility phase regular meetings and contact will take place between TWA Guangzhou and relevant partners such as the Shenzhen government, the Netherlands Ministries, the business communities, TUDelft/NGI infrastructures in order to investigate the feasibility and facilitate the cooperation activities.',
            'Tijdens de haalbaarheidsfase vinden regelmatig overleg en contact plaats tussen TWA Guangzhou en relevante partners zoals het stadsbestuur van Shenzhen, de Nederlandse ministeries, het bedrijfsleven en TU Delft/NGI infrastructures, om de haalbaarheid te onderzoeken en de samenwerkingsactiviteiten te faciliteren.',
            '在可行性阶段，TWA Guangzhou将与深圳市政府、荷兰相关部委、企业界、代尔夫特理工大学/NGI infrastructures等相关合作伙伴定期会面和联系，以研究可行性并促进合作活动。',
          ),
          date: UNDETERMINED,
          recurring: true,
          tentative: false,
          status: 'planned',
          organisationIds: NETWORK,
          personIds: [],
          deliverables: [],
        },
        {
          id: 'p004-feasibility-delegation-visit',
          type: 'delegation-visit',
          title: en('Shenzhen delegation visit to The Netherlands', 'Bezoek van een delegatie uit Shenzhen aan Nederland', '深圳代表团访问荷兰'),
          description: en(
            'A delegation headed by vice-mayor TANG Jie will visit The Netherlands for 3 days to discuss the further cooperation and to see Dutch examples relevant for the developments in Shenzhen. EL&I en I&M will be visited in order to discuss the future cooperation, starting with the expert meeting in November. Also Delft University of Technology will play an important role in the program and will discuss the establishment of a joined research center.',
            'Een delegatie onder leiding van viceburgemeester TANG Jie bezoekt Nederland 3 dagen om de verdere samenwerking te bespreken en Nederlandse voorbeelden te zien die relevant zijn voor de ontwikkelingen in Shenzhen. EL&I en I&M worden bezocht om de toekomstige samenwerking te bespreken, te beginnen met de expertbijeenkomst in november. Ook de TU Delft speelt een belangrijke rol in het programma en bespreekt de oprichting van een gezamenlijk onderzoekscentrum.',
            '由唐杰副市长率领的代表团将访问荷兰3天，商讨进一步合作并考察与深圳发展相关的荷兰案例。代表团将拜访EL&I和I&M，商讨未来合作，首先是11月的专家会议。代尔夫特理工大学也将在日程中发挥重要作用，并商讨建立联合研究中心事宜。',
          ),
          date: { precision: 'day', start: '2011-09-18', end: '2011-09-22' },
          recurring: false,
          tentative: false,
          status: 'planned',
          place: { name: en('The Netherlands', 'Nederland', '荷兰'), countryCode: 'NL' },
          organisationIds: [ORG.shenzhenGovernment, ORG.ministryEli, ORG.ministryIm, ORG.tuDelft],
          personIds: ['person-tang-jie'],
          programme: {
            days: 3,
            sessions: [
              { id: 'p004-visit-eli', kind: 'meeting-block', title: en('Visit to EL&I: future cooperation, starting with the expert meeting in November', 'Bezoek aan EL&I: toekomstige samenwerking, te beginnen met de expertbijeenkomst in november', '拜访EL&I：未来合作，首先是11月的专家会议'), organisationIds: [ORG.ministryEli] },
              { id: 'p004-visit-im', kind: 'meeting-block', title: en('Visit to I&M: future cooperation, starting with the expert meeting in November', 'Bezoek aan I&M: toekomstige samenwerking, te beginnen met de expertbijeenkomst in november', '拜访I&M：未来合作，首先是11月的专家会议'), organisationIds: [ORG.ministryIm] },
              { id: 'p004-visit-tu-delft', kind: 'meeting-block', title: en('Delft University of Technology: establishment of a joined research center', 'TU Delft: oprichting van een gezamenlijk onderzoekscentrum', '代尔夫特理工大学：建立联合研究中心'), organisationIds: [ORG.tuDelft] },
              { id: 'p004-visit-examples', kind: 'site-visit', title: en('Dutch examples relevant for the developments in Shenzhen', 'Nederlandse voorbeelden die relevant zijn voor de ontwikkelingen in Shenzhen', '与深圳发展相关的荷兰案例'), organisationIds: [] },
            ],
          },
          deliverables: [
            {
              id: 'p004-deliverable-expert-meeting-agreement',
              title: en('Agreement on the expert meeting in November', 'Afspraak over de expertbijeenkomst in november', '就11月专家会议达成一致'),
              due: { precision: 'day', start: '2011-09-18', end: '2011-09-22' },
              status: 'planned',
              evidence: [],
            },
          ],
        },
        {
          id: EXPERT_MEETING,
          type: 'expert-meeting',
          title: en('Expert meeting in Shenzhen', 'Expertbijeenkomst in Shenzhen', '深圳专家会议'),
          description: en(
            'Experts from The Netherlands, including from EL&I, I&M will travel to Shenzhen to meet with Chinese counterparts from local and national government level (NDRC Climate change department; Shenzhen DRC, Shenzhen Environmental Protection Bureau, Shenzhen Industry Trade and Information Technology Commission, Longgang District Government, Shenzhen Urban Planning and Land Resources Commission). During the sessions, a detailed discussion will be held on the common areas of interest and cooperation models. The relevant expertise in the Dutch private sector will be showcased.',
            'Experts uit Nederland, onder meer van EL&I en I&M, reizen naar Shenzhen voor overleg met Chinese counterparts van lokale en nationale overheid (NDRC, directie Klimaatverandering; Shenzhen DRC, het Milieubeschermingsbureau van Shenzhen, de Commissie voor Industrie, Handel en Informatietechnologie van Shenzhen, het districtsbestuur van Longgang, de Commissie voor Stedelijke Planning en Grondzaken van Shenzhen). Tijdens de sessies worden de gemeenschappelijke interessegebieden en samenwerkingsmodellen uitvoerig besproken. De relevante expertise van het Nederlandse bedrijfsleven wordt gepresenteerd.',
            '来自荷兰的专家（包括EL&I和I&M的专家）将前往深圳，与中国地方和国家层面的政府对口部门（国家发展和改革委员会应对气候变化司；深圳市发展和改革委员会、深圳市环境保护局、深圳市经济贸易和信息化委员会、龙岗区人民政府、深圳市规划和国土资源委员会）会面。会议期间将详细讨论共同关注领域和合作模式，并展示荷兰私营部门的相关专长。',
          ),
          date: { precision: 'month', year: 2011, month: 11 },
          recurring: false,
          tentative: false,
          status: 'planned',
          place: SHENZHEN,
          organisationIds: [ORG.ministryEli, ORG.ministryIm, ...CHINESE_COUNTERPARTS],
          personIds: [],
          // A 3-day programme; the document does not say which session falls on which day.
          programme: {
            days: 3,
            sessions: [
              { id: 'p004-expert-meeting-plenary', kind: 'plenary', title: en('Plenary sessions', 'Plenaire sessies', '全体会议'), organisationIds: [] },
              { id: 'p004-expert-meeting-workgroups', kind: 'workgroup', title: en('Workgroup meetings', 'Werkgroepbijeenkomsten', '工作组会议'), organisationIds: [] },
              { id: 'p004-expert-meeting-site-visits', kind: 'site-visit', title: en('Site visits', 'Locatiebezoeken', '实地考察'), organisationIds: [] },
            ],
          },
          deliverables: [
            {
              id: 'p004-deliverable-go-no-go',
              title: en('Go/No go decision with regard to the further cooperation', 'Go/no-go-besluit over de verdere samenwerking', '关于进一步合作的“继续/终止”决定'),
              due: { precision: 'month', year: 2011, month: 11 },
              status: 'planned',
              evidence: [],
            },
            {
              id: 'p004-deliverable-common-understanding',
              title: en(
                'Common understanding about the most interesting subjects for cooperation, the role of knowledge institutes and private sector and about the next steps in developing the cooperation framework',
                'Gedeeld beeld van de interessantste onderwerpen voor samenwerking, de rol van kennisinstellingen en bedrijfsleven en de volgende stappen in de ontwikkeling van het samenwerkingskader',
                '就最值得合作的主题、知识机构和私营部门的作用以及制定合作框架的后续步骤达成共识',
              ),
              due: { precision: 'month', year: 2011, month: 11 },
              status: 'planned',
              evidence: [],
            },
          ],
        },
      ],
    },
    {
      id: 'p004-development',
      order: 2,
      name: en('Development phase', 'Ontwikkelingsfase', '发展阶段'),
      description: en(
        'The exact activities in this phase depend on the outcome of the feasibility phase.',
        'De precieze activiteiten in deze fase hangen af van de uitkomst van de haalbaarheidsfase.',
        '本阶段的具体活动取决于可行性阶段的结果。',
      ),
      gate: { status: 'pending' },
      activities: [
        {
          id: 'p004-development-network-meetings',
          type: 'network-meeting',
          title: en('Regular contact and meetings with the relevant network', 'Regelmatig contact en overleg met het relevante netwerk', '与相关网络的定期联系和会议'),
          description: en(
            // Verbatim: the card repeats "During the feasibility phase" in the development phase.
            'During the feasibility phase regular meetings and contact will take place between TWA Guangzhou and relevant partners such as the Shenzhen government, the Netherlands Ministries, the business communities, TUDelft/NGI infrastructures in order to investigate and develop the cooperation framework and to coordinate the cooperation.',
            'Tijdens de haalbaarheidsfase vinden regelmatig overleg en contact plaats tussen TWA Guangzhou en relevante partners zoals het stadsbestuur van Shenzhen, de Nederlandse ministeries, het bedrijfsleven en TU Delft/NGI infrastructures, om het samenwerkingskader te onderzoeken en te ontwikkelen en de samenwerking te coördineren.',
            '在可行性阶段，TWA Guangzhou将与深圳市政府、荷兰相关部委、企业界、代尔夫特理工大学/NGI infrastructures等相关合作伙伴定期会面和联系，以研究和制定合作框架并协调合作。',
          ),
          date: UNDETERMINED,
          recurring: true,
          tentative: true,
          status: 'planned',
          organisationIds: NETWORK,
          personIds: [],
          deliverables: [],
        },
        {
          id: 'p004-development-stakeholder-meeting',
          type: 'stakeholder-meeting',
          title: en('Stakeholder meeting in Shenzhen', 'Stakeholderbijeenkomst in Shenzhen', '深圳利益相关方会议'),
          description: en(
            'A meeting will be organized to work out in further details the cooperation framework and to discuss with all stakeholders the development of the eco-2-zone.',
            'Er wordt een bijeenkomst georganiseerd om het samenwerkingskader verder uit te werken en met alle stakeholders de ontwikkeling van de eco-2-zone te bespreken.',
            '将组织一次会议，进一步细化合作框架，并与所有利益相关方讨论生态双区（eco-2-zone）的发展。',
          ),
          date: { precision: 'quarter', year: 2012, quarter: 1 },
          recurring: false,
          tentative: true,
          status: 'planned',
          place: SHENZHEN,
          organisationIds: [],
          personIds: [],
          deliverables: [],
        },
        {
          id: 'p004-development-matchmaking',
          type: 'matchmaking-event',
          title: en(
            'Matchmaking for Chinese and Dutch companies, combined with the stakeholder meeting',
            'Matchmaking voor Chinese en Nederlandse bedrijven, gecombineerd met de stakeholderbijeenkomst',
            '与利益相关方会议合并举办的中荷企业对接活动',
          ),
          description: en(
            'Possibly the event could be combined with a matchmaking for Chinese and Dutch companies or presentations from the Dutch and Chinese private sector/knowledge institutes',
            'Mogelijk kan de bijeenkomst worden gecombineerd met matchmaking voor Chinese en Nederlandse bedrijven of presentaties van het Nederlandse en Chinese bedrijfsleven en kennisinstellingen.',
            '该活动可能与中荷企业对接活动或中荷私营部门/知识机构的介绍相结合。',
          ),
          date: { precision: 'quarter', year: 2012, quarter: 1 },
          recurring: false,
          tentative: true,
          status: 'planned',
          place: SHENZHEN,
          organisationIds: [],
          personIds: [],
          deliverables: [],
        },
        {
          id: 'p004-development-expert-missions',
          type: 'expert-mission',
          title: en('Expert missions', 'Expertmissies', '专家考察团'),
          description: en(
            'Depending on the identified needs an additional (exploratory) expert mission on a specific theme could be organized.',
            'Afhankelijk van de vastgestelde behoeften kan een aanvullende (verkennende) expertmissie over een specifiek thema worden georganiseerd.',
            '根据确定的需求，可组织一次针对特定主题的补充（探索性）专家考察。',
          ),
          date: UNDETERMINED,
          recurring: false,
          tentative: true,
          status: 'planned',
          organisationIds: [],
          personIds: [],
          deliverables: [],
        },
        {
          id: SIGNING_CEREMONY,
          type: 'signing-ceremony',
          title: en('High-level signing ceremony', 'Ondertekeningsceremonie op hoog niveau', '高层签约仪式'),
          description: en(
            'Timing and location depend on the outcome of the above activities. Several high-level opportunities can be used for signing.',
            'Tijdstip en locatie hangen af van de uitkomst van bovenstaande activiteiten. Verschillende gelegenheden op hoog niveau kunnen voor de ondertekening worden benut.',
            '时间和地点取决于上述活动的结果。可利用多个高层交往机会进行签约。',
          ),
          date: UNDETERMINED,
          recurring: false,
          tentative: true,
          status: 'planned',
          organisationIds: [ORG.ministryEli, ORG.ministryIm, ORG.ndrc],
          personIds: [],
          deliverables: [],
        },
      ],
    },
    {
      id: 'p004-implementation',
      order: 3,
      name: en('Implementation phase', 'Uitvoeringsfase', '实施阶段'),
      description: en(
        'The activities in the implementation phase will be defined in the preceding phases.',
        'De activiteiten in de uitvoeringsfase worden in de voorgaande fasen vastgesteld.',
        '实施阶段的活动将在前几个阶段中确定。',
      ),
      gate: { status: 'pending' },
      activities: [
        {
          id: 'p004-implementation-theme-cooperation',
          type: 'knowledge-transfer',
          title: en(
            'A small government cooperation on a specific theme such as the development of eco-city standards or waste management system',
            'Een kleine overheidssamenwerking op een specifiek thema, zoals de ontwikkeling van eco-city-normen of een afvalbeheersysteem',
            '就特定主题开展小型政府合作，例如制定生态城市标准或废物管理系统',
          ),
          date: UNDETERMINED,
          recurring: false,
          tentative: true,
          status: 'planned',
          organisationIds: [],
          personIds: [],
          deliverables: [],
        },
        {
          id: 'p004-implementation-workshops',
          type: 'workshop',
          title: en(
            'Several workshops between (government) experts on different relevant themes',
            'Verschillende workshops tussen (overheids)experts over diverse relevante thema’s',
            '（政府）专家之间就不同相关主题举办若干研讨会',
          ),
          date: UNDETERMINED,
          recurring: false,
          tentative: true,
          status: 'planned',
          organisationIds: [],
          personIds: [],
          deliverables: [],
        },
        {
          id: 'p004-implementation-expert-working-group',
          type: 'knowledge-transfer',
          title: en(
            'Enabling Dutch government experts to take part in an expert working group or steering committee',
            'Nederlandse overheidsexperts in staat stellen deel te nemen aan een expertwerkgroep of stuurgroep',
            '支持荷兰政府专家参加专家工作组或指导委员会',
          ),
          date: UNDETERMINED,
          recurring: false,
          tentative: true,
          status: 'planned',
          organisationIds: [],
          personIds: [],
          deliverables: [],
        },
      ],
    },
  ],
  results: [
    result(
      1, 'output',
      en(
        'Organizational structure of the Sino-Dutch cooperation concerning the joint development of the low carbon zone in place.',
        'Organisatiestructuur van de Chinees-Nederlandse samenwerking voor de gezamenlijke ontwikkeling van de koolstofarme zone is opgezet.',
        '中荷共同开发低碳区合作的组织架构已经建立。',
      ),
      en('Organizational structure in place', 'Organisatiestructuur opgezet', '组织架构已建立'),
    ),
    result(
      2, 'output',
      en(
        'Relevant government to government agreements supporting the cooperation signed (or in preparation to be signed)',
        'Relevante overeenkomsten van overheid tot overheid die de samenwerking ondersteunen zijn ondertekend (of in voorbereiding voor ondertekening)',
        '支持合作的相关政府间协议已签署（或正在准备签署）',
      ),
      en('Government to government agreements signed or in preparation', 'Overeenkomsten tussen overheden ondertekend of in voorbereiding', '政府间协议已签署或正在准备中'),
    ),
    result(
      3, 'outcome',
      en(
        'Insight in and substantial involvement of the relevant Dutch knowledge institutes and private sector.',
        'Inzicht in en substantiële betrokkenheid van de relevante Nederlandse kennisinstellingen en het bedrijfsleven.',
        '了解并实质性地吸纳荷兰相关知识机构和私营部门的参与。',
      ),
      en('Involvement of Dutch knowledge institutes and private sector', 'Betrokkenheid van Nederlandse kennisinstellingen en bedrijfsleven', '荷兰知识机构和私营部门的参与情况'),
    ),
    result(
      4, 'outcome',
      en(
        'Common understanding of the areas of expertise and technologies that are necessary to implement the strategic vision',
        'Gedeeld beeld van de deskundigheidsgebieden en technologieën die nodig zijn om de strategische visie uit te voeren',
        '就实施战略愿景所需的专业领域和技术达成共识',
      ),
      en('Common understanding of the necessary expertise and technologies reached', 'Gedeeld beeld van de benodigde deskundigheid en technologieën bereikt', '已就所需专业领域和技术达成共识'),
    ),
    result(
      5, 'outcome',
      en(
        'Common understanding of the role the Netherlands government can play in terms of knowledge transfer with regard to these areas of expertise and technologies',
        'Gedeeld beeld van de rol die de Nederlandse overheid kan spelen bij kennisoverdracht op deze deskundigheidsgebieden en technologieën',
        '就荷兰政府在这些专业领域和技术的知识转移方面可发挥的作用达成共识',
      ),
      en('Common understanding of the role of the Netherlands government reached', 'Gedeeld beeld van de rol van de Nederlandse overheid bereikt', '已就荷兰政府的作用达成共识'),
    ),
    result(
      6, 'outcome',
      en(
        'Common understanding of the role the Netherlands knowledge institutes and companies can play with regard to these areas of expertise and technologies and the further development of the low carbon zone.',
        'Gedeeld beeld van de rol die Nederlandse kennisinstellingen en bedrijven kunnen spelen op deze deskundigheidsgebieden en technologieën en bij de verdere ontwikkeling van de koolstofarme zone.',
        '就荷兰知识机构和企业在这些专业领域和技术以及低碳区进一步发展中可发挥的作用达成共识。',
      ),
      en('Common understanding of the role of Dutch knowledge institutes and companies reached', 'Gedeeld beeld van de rol van Nederlandse kennisinstellingen en bedrijven bereikt', '已就荷兰知识机构和企业的作用达成共识'),
    ),
    result(
      7, 'output',
      en(
        'Several knowledge transfer activities between the government organizations on these technologies and areas of expertise have taken place (in the implementation phase)',
        'Er hebben (in de uitvoeringsfase) verschillende kennisoverdrachtsactiviteiten tussen de overheidsorganisaties over deze technologieën en deskundigheidsgebieden plaatsgevonden',
        '（在实施阶段）政府机构之间已就这些技术和专业领域开展了若干知识转移活动',
      ),
      en('Knowledge transfer activities between government organizations held', 'Kennisoverdrachtsactiviteiten tussen overheidsorganisaties gehouden', '政府机构间的知识转移活动已开展'),
    ),
  ],
};
