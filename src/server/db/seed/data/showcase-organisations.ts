/**
 * Fictional organisations that make the demo programme show the product working: matches on the
 * opportunities of document 000, a pipeline, delegates for the demo event. Every name is invented
 * and every website is under the reserved `.example` domain; none of them exists.
 * Profiles are written in the organisation's own language first (`original`), with translations.
 */
import type { Language } from '../../../../shared/api';

type Text = { nl: string; en: string; zh: string };

export interface ShowcaseOrganisation {
  id: string;
  name: string;
  type: 'company' | 'knowledge-institute' | 'government' | 'agency' | 'ngo';
  country: string;
  homeRegionId: string | null;
  original: Language;
  description: Text;
  sectors: string[];
  languages: string[];
  size: 'micro' | 'small' | 'medium' | 'large';
  contact: { name: string; role: string };
}

const org = (
  id: string,
  name: string,
  type: ShowcaseOrganisation['type'],
  country: string,
  homeRegionId: string | null,
  original: Language,
  description: Text,
  sectors: string[],
  languages: string[],
  size: ShowcaseOrganisation['size'],
  contact: ShowcaseOrganisation['contact'],
): ShowcaseOrganisation => ({ id, name, type, country, homeRegionId, original, description, sectors, languages, size, contact });

export const showcaseOrganisations: ShowcaseOrganisation[] = [
  // --- Flanders ----------------------------------------------------------------------------
  org('demo-scheldewater', 'Scheldewater Zuivering (demo)', 'company', 'BE', 'oost-vlaanderen', 'nl', {
    nl: 'Ontwerpt en bouwt installaties voor de zuivering van industrieel afvalwater met membraanbioreactoren en omgekeerde osmose, ook voor de farmaceutische en textielindustrie.',
    en: 'Designs and builds industrial wastewater treatment plants with membrane bioreactors and reverse osmosis, also for the pharmaceutical and textile industries.',
    zh: '设计和建造采用膜生物反应器和反渗透技术的工业废水处理设施，也服务于制药和纺织行业。',
  }, ['water', 'wastewater'], ['nl', 'en', 'fr'], 'medium', { name: 'Katrien De Smet', role: 'Business development Azië' }),
  org('demo-leiebodem', 'Leie Bodemsanering (demo)', 'company', 'BE', 'oost-vlaanderen', 'nl', {
    nl: 'Saneert verontreinigde bodems en grondwater: biologische afbraak ter plaatse, thermische desorptie van olie en zware metalen, en risicobeoordeling van oude industrieterreinen.',
    en: 'Remediates contaminated soil and groundwater: in-situ bioremediation, thermal desorption of oil and heavy metals, and risk assessment of former industrial sites.',
    zh: '修复受污染的土壤和地下水：原位生物修复、石油和重金属的热脱附，以及旧工业场地的风险评估。',
  }, ['soil', 'remediation'], ['nl', 'en'], 'small', { name: 'Pieter Van Damme', role: 'Projectleider' }),
  org('demo-mestwaarde', 'Mestwaarde Vlaanderen (demo)', 'company', 'BE', 'oost-vlaanderen', 'nl', {
    nl: 'Verwerkt varkens- en rundermest tot biogas, groene stroom en droge meststofkorrels; vergisting, scheiding en ammoniakstripping voor grote veehouderijen.',
    en: 'Processes pig and cattle manure into biogas, green electricity and dry fertiliser pellets; digestion, separation and ammonia stripping for large livestock farms.',
    zh: '将猪粪和牛粪加工成沼气、绿色电力和干肥料颗粒；为大型养殖场提供厌氧消化、固液分离和氨吹脱技术。',
  }, ['agriculture', 'biogas'], ['nl', 'en'], 'small', { name: 'Jan Verhelst', role: 'Directeur' }),
  org('demo-antwerpse-luchttechniek', 'Antwerpse Luchttechniek (demo)', 'company', 'BE', 'antwerpen', 'nl', {
    nl: 'Rookgasreiniging voor cokesfabrieken, staalbedrijven en petrochemie: ontzwaveling, DeNOx en stofafscheiding met doekfilters, plus VOS-behandeling door regeneratieve thermische oxidatie.',
    en: 'Flue gas cleaning for coke plants, steelworks and petrochemicals: desulphurisation, DeNOx and dust removal with bag filters, plus VOC treatment by regenerative thermal oxidation.',
    zh: '为焦化厂、钢铁厂和石化企业提供烟气净化：脱硫、脱硝、布袋除尘，以及蓄热式热氧化处理挥发性有机物。',
  }, ['air', 'flue gas'], ['nl', 'en', 'de'], 'large', { name: 'Els Peeters', role: 'Sales manager China' }),
  org('demo-havenwaterstof', 'Havenwaterstof Antwerpen (demo)', 'company', 'BE', 'antwerpen', 'nl', {
    nl: 'Bouwt elektrolysers en waterstoftankstations voor havenlogistiek, bussen en vrachtwagens; haalbaarheidsstudies voor groene waterstof in industriële clusters.',
    en: 'Builds electrolysers and hydrogen refuelling stations for port logistics, buses and lorries; feasibility studies for green hydrogen in industrial clusters.',
    zh: '为港口物流、公交车和卡车建造电解槽和加氢站；为工业集群开展绿色氢能可行性研究。',
  }, ['hydrogen', 'energy'], ['nl', 'en'], 'medium', { name: 'Tom Wouters', role: 'Head of international projects' }),
  org('demo-olieslib', 'Olieslib Recycling NV (demo)', 'company', 'BE', 'antwerpen', 'nl', {
    nl: 'Behandelt olieslib en olieverontreinigde grond uit olievelden en raffinaderijen door centrifugeren, thermische behandeling en olieterugwinning.',
    en: 'Treats oil sludge and oil-contaminated soil from oil fields and refineries by centrifugation, thermal treatment and oil recovery.',
    zh: '通过离心分离、热处理和油回收技术处理油田和炼油厂产生的含油污泥和石油污染土壤。',
  }, ['waste', 'oil sludge'], ['nl', 'en'], 'small', { name: 'Sofie Claes', role: 'Technisch directeur' }),
  org('demo-kuleuven-waterlab', 'Leuvens Instituut voor Watertechnologie (demo)', 'knowledge-institute', 'BE', 'vlaams-brabant', 'nl', {
    nl: 'Universitair onderzoekslabo voor geavanceerde oxidatie, ozonisatie en verwijdering van microverontreinigingen en geneesmiddelresten uit afvalwater.',
    en: 'University research laboratory for advanced oxidation, ozonation and removal of micropollutants and pharmaceutical residues from wastewater.',
    zh: '大学研究实验室，专注于高级氧化、臭氧处理以及去除废水中的微污染物和药物残留。',
  }, ['research', 'water'], ['nl', 'en', 'zh'], 'medium', { name: 'Prof. An Janssens', role: 'Labhoofd' }),
  org('demo-brabant-smartcity', 'Brabant Smart Mobility (demo)', 'company', 'BE', 'vlaams-brabant', 'nl', {
    nl: 'Software voor slimme steden: verkeersmodellen, deelmobiliteit, laadinfrastructuur voor elektrische voertuigen en sensornetwerken voor luchtkwaliteit.',
    en: 'Software for smart cities: traffic models, shared mobility, charging infrastructure for electric vehicles and sensor networks for air quality.',
    zh: '智慧城市软件：交通模型、共享出行、电动汽车充电基础设施以及空气质量传感器网络。',
  }, ['mobility', 'smart city'], ['nl', 'en'], 'small', { name: 'Lotte Maes', role: 'CEO' }),
  org('demo-limburg-bouwkringloop', 'Limburgse Bouwkringloop (demo)', 'company', 'BE', 'limburg', 'nl', {
    nl: 'Recycleert bouw- en sloopafval tot gecertificeerde granulaten en ontwikkelt bouwmaterialen uit industriële reststromen zoals vliegas en slakken.',
    en: 'Recycles construction and demolition waste into certified aggregates and develops building materials from industrial residues such as fly ash and slag.',
    zh: '将建筑拆除垃圾回收为认证骨料，并利用粉煤灰和矿渣等工业废渣开发建筑材料。',
  }, ['construction', 'recycling'], ['nl', 'en'], 'medium', { name: 'Bart Jacobs', role: 'Innovatiemanager' }),
  org('demo-kempen-energie', 'Kempen Energie-efficiëntie (demo)', 'company', 'BE', 'limburg', 'nl', {
    nl: 'Energie-audits en warmteterugwinning voor de procesindustrie: warmtepompen, restwarmtenetten en energiebeheersystemen voor fabrieken.',
    en: 'Energy audits and heat recovery for the process industry: heat pumps, waste-heat networks and energy management systems for factories.',
    zh: '为流程工业提供能源审计和余热回收：热泵、余热管网和工厂能源管理系统。',
  }, ['energy-efficiency'], ['nl', 'en'], 'small', { name: 'Hilde Goossens', role: 'Senior consultant' }),
  org('demo-vito-monitoring', 'Vlaams Meetinstituut voor Milieu (demo)', 'knowledge-institute', 'BE', 'antwerpen', 'nl', {
    nl: 'Milieumonitoring met satellietbeelden, meetnetten en modellen voor lucht-, water- en bodemkwaliteit; ondersteunt overheden bij emissie-inventarissen.',
    en: 'Environmental monitoring with satellite images, measurement networks and models for air, water and soil quality; supports governments with emission inventories.',
    zh: '利用卫星影像、监测网络和模型开展空气、水和土壤质量的环境监测；协助政府编制排放清单。',
  }, ['monitoring', 'research'], ['nl', 'en'], 'large', { name: 'Dr. Wim Hermans', role: 'Programmaleider internationaal' }),
  org('demo-gent-biorefinery', 'Gentse Bioraffinage (demo)', 'knowledge-institute', 'BE', 'oost-vlaanderen', 'nl', {
    nl: 'Proeffabriek voor bioraffinage: zet landbouwresten, voedselafval en slib om in biobrandstoffen, bioplastics en chemicaliën.',
    en: 'Pilot plant for biorefining: converts agricultural residues, food waste and sludge into biofuels, bioplastics and chemicals.',
    zh: '生物炼制中试工厂：将农业残余物、餐厨垃圾和污泥转化为生物燃料、生物塑料和化学品。',
  }, ['biobased', 'waste'], ['nl', 'en'], 'medium', { name: 'Ir. Bram Desmet', role: 'Business developer' }),
  org('demo-poov-agency', 'Provinciaal Ontwikkelingsagentschap Oost (demo)', 'agency', 'BE', 'oost-vlaanderen', 'nl', {
    nl: 'Provinciale ontwikkelingsmaatschappij die bedrijven begeleidt bij samenwerking met de partnerregio Hebei en handelsmissies organiseert.',
    en: 'Provincial development agency that guides companies in cooperation with the partner region of Hebei and organises trade missions.',
    zh: '省级发展机构，指导企业与友好地区河北开展合作并组织贸易代表团。',
  }, ['internationalisation'], ['nl', 'en', 'fr'], 'medium', { name: 'Griet Willems', role: 'Coördinator China' }),

  // --- The Netherlands ---------------------------------------------------------------------
  org('demo-polderwater', 'Polderwater Technologies BV (demo)', 'company', 'NL', 'netherlands', 'nl', {
    nl: 'Anaerobe zuivering van afvalwater uit de voedingsmiddelen- en drankenindustrie met korrelslibreactoren; biogaswinning en slibreductie.',
    en: 'Anaerobic treatment of wastewater from the food and beverage industry with granular sludge reactors; biogas recovery and sludge reduction.',
    zh: '采用颗粒污泥反应器对食品和饮料行业废水进行厌氧处理；回收沼气并减少污泥量。',
  }, ['water', 'food industry'], ['nl', 'en', 'zh'], 'medium', { name: 'Marloes Bakker', role: 'Regio manager Azië' }),
  org('demo-deltafilter', 'Deltafilter Membranen BV (demo)', 'company', 'NL', 'netherlands', 'nl', {
    nl: 'Keramische en polymere membranen voor drinkwaterbereiding, hergebruik van industrieel proceswater en zero liquid discharge in de chemie.',
    en: 'Ceramic and polymer membranes for drinking water production, reuse of industrial process water and zero liquid discharge in chemicals.',
    zh: '陶瓷膜和高分子膜，用于饮用水制备、工业工艺水回用以及化工行业零液体排放。',
  }, ['water', 'membranes'], ['nl', 'en'], 'medium', { name: 'Ruud de Vries', role: 'Export manager' }),
  org('demo-farmazuiver', 'FarmaZuiver BV (demo)', 'company', 'NL', 'netherlands', 'nl', {
    nl: 'Specialist in de behandeling van farmaceutisch afvalwater en fermentatieslib van geneesmiddelen- en antibioticaproductie: ozonisatie, actief kool en vergisting van slib.',
    en: 'Specialist in treating pharmaceutical wastewater and fermentation sludge from drug and antibiotics manufacturing: ozonation, activated carbon and sludge digestion.',
    zh: '专门处理药品和抗生素生产产生的制药废水和发酵污泥：臭氧氧化、活性炭吸附和污泥消化。',
  }, ['water', 'pharma'], ['nl', 'en'], 'small', { name: 'Dr. Ingrid Smit', role: 'Technical director' }),
  org('demo-noordzee-wind', 'Noordzee Windtechniek (demo)', 'company', 'NL', 'netherlands', 'en', {
    nl: 'Ingenieursbureau voor offshore windparken: funderingen, kabeltracés en onderhoud; koppeling van wind aan waterstofproductie.',
    en: 'Engineering firm for offshore wind farms: foundations, cable routes and maintenance; coupling wind power to hydrogen production.',
    zh: '海上风电场工程公司：基础、电缆路由和运维；将风电与制氢相结合。',
  }, ['energy', 'wind'], ['nl', 'en'], 'large', { name: 'Erik Jansen', role: 'Director international' }),
  org('demo-tu-delta', 'Delta Technische Universiteit – Circulaire Bouw (demo)', 'knowledge-institute', 'NL', 'netherlands', 'en', {
    nl: 'Onderzoeksgroep voor circulair en energieneutraal bouwen: prefab gevels, hergebruik van bouwmaterialen en levenscyclusanalyse.',
    en: 'Research group on circular and energy-neutral construction: prefabricated façades, reuse of building materials and life-cycle assessment.',
    zh: '循环与能源中和建筑研究组：预制外立面、建筑材料再利用和生命周期评估。',
  }, ['construction', 'research'], ['nl', 'en', 'zh'], 'large', { name: 'Prof. Sanne Visser', role: 'Chair' }),
  org('demo-greenport-kas', 'Greenport Kassenbouw (demo)', 'company', 'NL', 'netherlands', 'nl', {
    nl: 'Bouwt energiezuinige glastuinbouwkassen met gesloten waterkringloop, LED-belichting, aardwarmte en CO2-dosering voor groente en bloemen.',
    en: 'Builds energy-efficient greenhouses with a closed water cycle, LED lighting, geothermal heat and CO2 dosing for vegetables and flowers.',
    zh: '建造节能温室：封闭式水循环、LED补光、地热供暖和二氧化碳施肥，用于蔬菜和花卉种植。',
  }, ['agriculture', 'greenhouses'], ['nl', 'en'], 'medium', { name: 'Kees van Leeuwen', role: 'Sales director' }),
  org('demo-laadnet', 'LaadNet Mobility BV (demo)', 'company', 'NL', 'netherlands', 'nl', {
    nl: 'Slimme laadpalen en laadpleinen voor elektrische bussen en taxi\'s, met netbeheer en vehicle-to-grid.',
    en: 'Smart chargers and charging hubs for electric buses and taxis, with grid management and vehicle-to-grid.',
    zh: '面向电动公交车和出租车的智能充电桩和充电场站，具备电网管理和车网互动功能。',
  }, ['mobility', 'electric vehicles'], ['nl', 'en'], 'small', { name: 'Fleur Mulder', role: 'Partnerships' }),
  org('demo-afvalregie', 'Afvalregie Nederland (demo)', 'company', 'NL', 'netherlands', 'nl', {
    nl: 'Integrale afvalinzameling en -scheiding voor gemeenten; sorteerinstallaties, compostering van gft en energie uit afval.',
    en: 'Integrated waste collection and separation for municipalities; sorting plants, composting of organic waste and energy from waste.',
    zh: '为城市提供一体化垃圾收集和分类服务；分选设施、厨余垃圾堆肥和垃圾焚烧发电。',
  }, ['waste'], ['nl', 'en'], 'large', { name: 'Arjen Bos', role: 'International business' }),
  org('demo-stadslab-laagkoolstof', 'Stadslab Laagkoolstof (demo)', 'ngo', 'NL', 'netherlands', 'nl', {
    nl: 'Adviseert steden over koolstofarme wijken: energieplannen, warmtenetten, duurzame gebiedsontwikkeling en burgerparticipatie.',
    en: 'Advises cities on low-carbon districts: energy plans, district heating, sustainable area development and citizen participation.',
    zh: '为城市低碳街区提供咨询：能源规划、区域供热、可持续片区开发和公众参与。',
  }, ['low-carbon-city'], ['nl', 'en', 'zh'], 'small', { name: 'Noor Hendriks', role: 'Programme director' }),
  org('demo-sensorwijs', 'SensorWijs BV (demo)', 'company', 'NL', 'netherlands', 'nl', {
    nl: 'Goedkope sensoren en dataplatforms voor het meten van fijnstof, stikstofdioxide en geur rond industrieterreinen.',
    en: 'Low-cost sensors and data platforms for measuring particulate matter, nitrogen dioxide and odour around industrial sites.',
    zh: '低成本传感器和数据平台，用于监测工业区周边的颗粒物、二氧化氮和异味。',
  }, ['monitoring', 'air'], ['nl', 'en'], 'micro', { name: 'Daan Smits', role: 'Founder' }),
  org('demo-galvano-nl', 'Galvano Terugwinning BV (demo)', 'company', 'NL', 'netherlands', 'nl', {
    nl: 'Behandelt spoelwater van galvanische bedrijven: terugwinning van nikkel, chroom en koper met ionenwisselaars en elektrolyse.',
    en: 'Treats rinse water from electroplating plants: recovery of nickel, chromium and copper with ion exchange and electrolysis.',
    zh: '处理电镀企业的漂洗废水：利用离子交换和电解回收镍、铬和铜。',
  }, ['water', 'electroplating'], ['nl', 'en'], 'small', { name: 'Henk Dekker', role: 'Directeur' }),

  // --- Germany -----------------------------------------------------------------------------
  org('demo-rhein-textilwasser', 'Rhein Textilwasser GmbH (demo)', 'company', 'DE', null, 'en', {
    nl: 'Behandeling van afvalwater van textielververijen: kleurverwijdering, ozon en membraanfiltratie voor hergebruik van proceswater.',
    en: 'Treatment of wastewater from textile dyeing mills: colour removal, ozone and membrane filtration for reuse of process water.',
    zh: '处理纺织印染厂废水：脱色、臭氧处理和膜过滤，实现工艺水回用。',
  }, ['water', 'textiles'], ['de', 'en'], 'medium', { name: 'Julia Becker', role: 'Head of Asia' }),
  org('demo-ruhr-koks', 'Ruhr Kokerei-Umwelttechnik GmbH (demo)', 'company', 'DE', null, 'en', {
    nl: 'Milieutechniek voor cokesovens en kolenchemie: behandeling van cokeswater met fenolen en ammoniak, benzeenterugwinning en emissiebeperking.',
    en: 'Environmental technology for coke ovens and coal chemicals: treatment of coking wastewater with phenols and ammonia, benzene recovery and emission control.',
    zh: '焦炉和煤化工环保技术：含酚、含氨焦化废水处理、苯回收和排放控制。',
  }, ['coke', 'water', 'air'], ['de', 'en'], 'large', { name: 'Dr. Markus Schulz', role: 'Export director' }),
  org('demo-bayern-solar', 'Bayern Solarrecycling GmbH (demo)', 'company', 'DE', null, 'en', {
    nl: 'Recycling van zonnepanelen en batterijen: terugwinning van zilver, silicium en lithium; demontage van elektronica en voertuigen.',
    en: 'Recycling of solar panels and batteries: recovery of silver, silicon and lithium; dismantling of electronics and vehicles.',
    zh: '光伏组件和电池回收：回收银、硅和锂；拆解电子产品和报废汽车。',
  }, ['materials-circular', 'recycling'], ['de', 'en'], 'medium', { name: 'Stefan Wagner', role: 'Business development' }),
  org('demo-fraunhofer-like', 'Institut für Wasserstoffsysteme Sachsen (demo)', 'knowledge-institute', 'DE', null, 'en', {
    nl: 'Toegepast onderzoek naar brandstofcellen, waterstofopslag en veiligheid van waterstoftoepassingen in transport en industrie.',
    en: 'Applied research on fuel cells, hydrogen storage and the safety of hydrogen applications in transport and industry.',
    zh: '燃料电池、储氢以及交通和工业氢能应用安全的应用研究。',
  }, ['hydrogen', 'research'], ['de', 'en', 'zh'], 'large', { name: 'Prof. Claudia Richter', role: 'Department head' }),
  org('demo-hamburg-incineration', 'Hanse Kleinverbrennung GmbH (demo)', 'company', 'DE', null, 'en', {
    nl: 'Kleinschalige verbrandingsinstallaties voor medisch afval en landelijk huishoudelijk afval, met rookgasreiniging en energieterugwinning.',
    en: 'Small-scale incinerators for medical waste and rural household waste, with flue gas cleaning and energy recovery.',
    zh: '小型焚烧设施，用于处理医疗废物和农村生活垃圾，配备烟气净化和能量回收。',
  }, ['waste', 'incineration'], ['de', 'en'], 'small', { name: 'Lena Hoffmann', role: 'Sales' }),

  // --- China -------------------------------------------------------------------------------
  org('demo-hebei-huanbao', '河北清源环保科技有限公司（演示）', 'company', 'CN', 'hebei', 'zh', {
    nl: 'Milieubedrijf uit Hebei voor waterzuivering en slibbehandeling in industrieparken; zoekt Europese technologie voor verwijdering van stikstof en fosfor.',
    en: 'Hebei environmental company for water treatment and sludge handling in industrial parks; looking for European technology for nitrogen and phosphorus removal.',
    zh: '河北环保企业，从事工业园区水处理和污泥处置；寻求欧洲脱氮除磷技术。',
  }, ['water', 'sludge'], ['zh', 'en'], 'medium', { name: '王磊', role: '总经理' }),
  org('demo-hebei-steel-air', '唐山蓝天钢铁节能有限公司（演示）', 'company', 'CN', 'hebei', 'zh', {
    nl: 'Staalbedrijf in Tangshan dat rookgasontzwaveling, stofbestrijding en restwarmtebenutting in zijn fabrieken moderniseert.',
    en: 'Steel company in Tangshan modernising flue gas desulphurisation, dust control and waste-heat use in its plants.',
    zh: '唐山钢铁企业，正在对工厂的烟气脱硫、粉尘治理和余热利用进行改造升级。',
  }, ['steel', 'air', 'energy-efficiency'], ['zh'], 'large', { name: '李娜', role: '环保部部长' }),
  org('demo-shaanxi-coke', '陕西秦川焦化集团（演示）', 'company', 'CN', 'shaanxi', 'zh', {
    nl: 'Cokes- en kolenchemiebedrijf in Shaanxi met behoefte aan behandeling van cokeswater, emissiebeperking van cokesovens en benutting van cokesovengas.',
    en: 'Coke and coal chemicals company in Shaanxi needing treatment of coking wastewater, emission control of coke ovens and use of coke oven gas.',
    zh: '陕西焦化和煤化工企业，需要焦化废水处理、焦炉排放控制和焦炉煤气综合利用。',
  }, ['coke', 'coal-chemicals'], ['zh'], 'large', { name: '张伟', role: '技术副总' }),
  org('demo-yanan-oilfield', '延安油田环境服务有限公司（演示）', 'company', 'CN', 'shaanxi', 'zh', {
    nl: 'Dienstverlener op olievelden in het noorden van Shaanxi: behandeling van olieslib, boorspoeling en olieverontreinigde grond.',
    en: 'Service company in the oil fields of northern Shaanxi: treatment of oil sludge, drilling mud and oil-contaminated soil.',
    zh: '陕北油田服务企业：处理含油污泥、钻井泥浆和石油污染土壤。',
  }, ['oil sludge', 'soil'], ['zh'], 'medium', { name: '刘洋', role: '项目经理' }),
  org('demo-xian-university', '西安环境工程研究院（演示）', 'knowledge-institute', 'CN', 'shaanxi', 'zh', {
    nl: 'Onderzoeksinstituut in Xi\'an voor bodemverbetering in de landbouw, erosiebestrijding op de Lössplateau en zoutresistente gewassen.',
    en: 'Research institute in Xi\'an for agricultural soil improvement, erosion control on the Loess Plateau and salt-tolerant crops.',
    zh: '西安科研院所，研究农业土壤改良、黄土高原水土流失治理和耐盐作物。',
  }, ['soil', 'agriculture', 'research'], ['zh', 'en'], 'large', { name: '陈静教授', role: '所长' }),
  org('demo-chengdu-smart', '成都天府智慧城市科技有限公司（演示）', 'company', 'CN', 'chengdu', 'zh', {
    nl: 'Bouwt platforms voor de slimme stad Chengdu: verkeersbeheer, elektrische bussen, luchtkwaliteitsmeting en energiebeheer van gebouwen.',
    en: 'Builds platforms for the smart city of Chengdu: traffic management, electric buses, air quality measurement and building energy management.',
    zh: '为成都智慧城市建设平台：交通管理、电动公交、空气质量监测和建筑能源管理。',
  }, ['smart city', 'mobility', 'monitoring'], ['zh', 'en'], 'medium', { name: '杨帆', role: '国际合作部经理' }),
  org('demo-sichuan-pharma', '四川蜀康制药股份有限公司（演示）', 'company', 'CN', 'sichuan', 'zh', {
    nl: 'Geneesmiddelenfabrikant (fermentatie en antibiotica) in Sichuan die zijn afvalwater en fermentatieslib volgens strengere normen moet behandelen.',
    en: 'Drug manufacturer (fermentation and antibiotics) in Sichuan that must treat its wastewater and fermentation sludge to stricter standards.',
    zh: '四川药品生产企业（发酵类和抗生素），需按更严格标准处理其生产废水和发酵菌渣。',
  }, ['pharma'], ['zh'], 'large', { name: '赵敏', role: 'EHS总监' }),
  org('demo-chongqing-waste', '重庆山城固废处理有限公司（演示）', 'company', 'CN', 'chongqing', 'zh', {
    nl: 'Verwerkt huishoudelijk en industrieel vast afval in Chongqing; plant sorteerinstallaties en vergisting van keukenafval.',
    en: 'Processes household and industrial solid waste in Chongqing; planning sorting plants and digestion of kitchen waste.',
    zh: '在重庆处理生活垃圾和工业固体废物；正在规划分选设施和餐厨垃圾厌氧消化。',
  }, ['waste'], ['zh'], 'large', { name: '周杰', role: '副总经理' }),
  org('demo-chongqing-hydrogen', '重庆氢能汽车产业联盟（演示）', 'agency', 'CN', 'chongqing', 'zh', {
    nl: 'Samenwerkingsverband van autobouwers en energiebedrijven in Chongqing rond waterstofvoertuigen, tankstations en brandstofcellen.',
    en: 'Alliance of carmakers and energy companies in Chongqing around hydrogen vehicles, refuelling stations and fuel cells.',
    zh: '重庆汽车企业和能源企业组成的联盟，聚焦氢燃料电池汽车、加氢站和燃料电池。',
  }, ['hydrogen', 'automotive'], ['zh', 'en'], 'medium', { name: '吴昊', role: '秘书长' }),
  org('demo-guangdong-electroplating', '东莞绿镀表面处理有限公司（演示）', 'company', 'CN', 'guangdong', 'zh', {
    nl: 'Galvanisch bedrijf in Dongguan dat zware metalen uit spoelwater wil terugwinnen en zijn afvalwaterlozing wil verminderen.',
    en: 'Electroplating company in Dongguan that wants to recover heavy metals from rinse water and reduce its wastewater discharge.',
    zh: '东莞电镀企业，希望从漂洗水中回收重金属并减少废水排放。',
  }, ['electroplating', 'water'], ['zh'], 'medium', { name: '黄丽', role: '厂长' }),
  org('demo-guangdong-ceramics', '佛山陶瓷节能环保有限公司（演示）', 'company', 'CN', 'guangdong', 'zh', {
    nl: 'Keramiekproducent in Foshan die de energie-efficiëntie van ovens wil verbeteren en stof en fluoriden in rookgassen wil verminderen.',
    en: 'Ceramics manufacturer in Foshan that wants to improve kiln energy efficiency and reduce dust and fluorides in flue gases.',
    zh: '佛山陶瓷生产企业，希望提高窑炉能效并减少烟气中的粉尘和氟化物。',
  }, ['ceramics', 'energy-efficiency', 'air'], ['zh'], 'large', { name: '林峰', role: '技术总监' }),
  org('demo-shenzhen-lowcarbon', '深圳低碳城发展有限公司（演示）', 'company', 'CN', 'longgang', 'zh', {
    nl: 'Ontwikkelaar van de koolstofarme zone in Longgang: energieneutrale gebouwen, warmte- en koudenetten en slimme netten.',
    en: 'Developer of the low-carbon zone in Longgang: energy-neutral buildings, heating and cooling networks and smart grids.',
    zh: '龙岗低碳城开发企业：近零能耗建筑、区域供热供冷和智能电网。',
  }, ['low-carbon-city', 'construction', 'energy'], ['zh', 'en'], 'large', { name: '郑欣', role: '规划部主任' }),
  org('demo-shenzhen-ev', '深圳鹏城电动出行科技有限公司（演示）', 'company', 'CN', 'shenzhen', 'zh', {
    nl: 'Exploiteert laadinfrastructuur voor elektrische bussen en taxi\'s in Shenzhen en ontwikkelt batterijhergebruik.',
    en: 'Operates charging infrastructure for electric buses and taxis in Shenzhen and develops battery second use.',
    zh: '在深圳运营电动公交和出租车充电基础设施，并开展动力电池梯次利用。',
  }, ['mobility', 'electric vehicles'], ['zh', 'en'], 'medium', { name: '孙悦', role: '海外业务经理' }),
  org('demo-sustech-lab', '南方科技大学环境监测实验室（演示）', 'knowledge-institute', 'CN', 'shenzhen', 'zh', {
    nl: 'Universiteitslaboratorium in Shenzhen voor milieumonitoring: sensornetwerken, satellietdata en modellen voor luchtkwaliteit.',
    en: 'University laboratory in Shenzhen for environmental monitoring: sensor networks, satellite data and air quality models.',
    zh: '深圳高校环境监测实验室：传感器网络、卫星数据和空气质量模型。',
  }, ['monitoring', 'research'], ['zh', 'en'], 'medium', { name: '许博士', role: '实验室主任' }),
  org('demo-hebei-greenhouse', '河北廊坊现代农业园（演示）', 'company', 'CN', 'hebei', 'zh', {
    nl: 'Landbouwpark in Langfang dat energiezuinige kassen, mestverwerking en waterbesparende irrigatie wil invoeren.',
    en: 'Agricultural park in Langfang that wants to introduce energy-efficient greenhouses, manure processing and water-saving irrigation.',
    zh: '廊坊农业园区，希望引进节能温室、粪污处理和节水灌溉。',
  }, ['agriculture', 'greenhouses'], ['zh'], 'medium', { name: '马强', role: '园区主任' }),
];
