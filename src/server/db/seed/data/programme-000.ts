// Demo data of source document 000: the I²PCC brochure (Interprovinciaal Internationaliseringsproject
// China Cleantech), Dutch, plus the regions of document 004 (Sino-Dutch low-carbon zone Shenzhen).
//
// Languages: text taken from document 000 is the original ('nl'); English and Chinese are translations.
// Names from document 004 (Shenzhen, Longgang, the Netherlands) are original English ('en').
// Dutch text is kept exactly as in the document, only re-joined where the PDF broke a line (and a
// line-break hyphen "waterstof-/tankstations" re-joined to "waterstoftankstations").
//
// Counts (one opportunity per bullet line of the "Cleantech-opportuniteiten in X" and
// "Prioriteiten op het vlak van cleantech voor Guangdong" lists):
//   hebei 7, shaanxi 7, chengdu 5, chongqing 5, guangdong 3  → 27 opportunities
//   (sichuan, shenzhen, longgang and the home side: 0)
// Regions: 8 partner (hebei, shaanxi, sichuan, chengdu, chongqing, guangdong, shenzhen, longgang)
//          + 5 home (oost-vlaanderen, antwerpen, vlaams-brabant, limburg, netherlands) = 13
// Twinnings: 6 (Antwerpen has two: Shaanxi and Chongqing).
//
// Figures are exactly those the document states; nothing is invented. Populations stated as round
// millions are 'approx'; Chengdu's "+15 miljoen" is 'more-than'. Home-side populations are null.
import type { LocalizedText, OpportunityInput, RegionInput, TwinningInput } from '../../../../shared/api';

/** Text written in Dutch (the document's language) with English and Chinese translations. */
const nl = (nlText: string, en: string, zh: string): LocalizedText => ({ original: 'nl', nl: nlText, en, zh });
/** Text written in English (document 004) with Dutch and Chinese translations. */
const en = (enText: string, nlText: string, zh: string): LocalizedText => ({ original: 'en', en: enText, nl: nlText, zh });

export const SOURCE_000 = 'I²PCC brochure (document 000)';

// ---------------------------------------------------------------------------------------------
// Partner regions (China)
// ---------------------------------------------------------------------------------------------

const hebei: RegionInput = {
  id: 'hebei',
  side: 'partner',
  level: 'province',
  parentId: null,
  country: 'CN',
  name: nl('Hebei', 'Hebei', '河北'),
  capital: nl('Shijiazhuang', 'Shijiazhuang', '石家庄'),
  description: nl(
    'Strategisch gelegen in het Noordoosten van China, rond de hoofdstad Beijing. Historisch bekend om het keizerlijk domein bij Chengde en vandaag de thuisbasis van het nieuwe Xiong’an stadsgewest. De provincie Hebei wordt gekenmerkt door een zware industrie, wat opportuniteiten biedt voor internationale cleantech spelers.',
    'Strategically located in the north-east of China, around the capital Beijing. Historically known for the imperial estate at Chengde and today home to the new Xiong’an urban area. Hebei province is characterised by heavy industry, which offers opportunities for international cleantech players.',
    '河北省战略位置优越，地处中国东北部，环绕首都北京。历史上以承德的皇家园林闻名，如今是新设立的雄安新区所在地。河北省以重工业为主要特征，这为国际清洁技术企业提供了机遇。',
  ),
  // "Bevolking 65 miljoen, Oppervlakte: 188 000 km²"
  population: 65_000_000,
  populationQualifier: 'approx',
  areaKm2: 188_000,
  figures: [
    {
      // "Strategische ligging rond hoofdstad Beijing (1u per trein) en havenstad Tianjin"
      key: 'train-time-to-beijing',
      label: nl('Reistijd per trein naar Beijing', 'Travel time to Beijing by train', '乘火车至北京的时间'),
      value: 1,
      unit: 'h',
      qualifier: 'exact',
    },
  ],
  facts: [
    nl('Hoofdstad: Shijiazhuang', 'Capital: Shijiazhuang', '省会：石家庄'),
    nl('Bevolking 65 miljoen, Oppervlakte: 188 000 km²', 'Population 65 million, area: 188,000 km²', '人口6500万，面积：18.8万平方公里'),
    nl(
      'Strategische ligging rond hoofdstad Beijing (1u per trein) en havenstad Tianjin',
      'Strategic location around the capital Beijing (1 hour by train) and the port city of Tianjin',
      '战略位置优越，环绕首都北京（乘火车1小时）和港口城市天津',
    ),
    nl(
      'Historische aanwezigheid van zware industrie met bijhorende milieu-uitdagingen',
      'Historical presence of heavy industry, with the environmental challenges that come with it',
      '重工业历史悠久，并伴随相应的环境挑战',
    ),
    nl(
      'Belangrijke agrarische sector en voedselverwerkende nijverheid',
      'Important agricultural sector and food-processing industry',
      '农业和食品加工业地位重要',
    ),
    nl(
      '‘Xiong’an’ stadsgewest met opportuniteiten voor duurzame stadsontwikkeling (water, milieu)',
      '‘Xiong’an’ urban area, with opportunities for sustainable urban development (water, environment)',
      '“雄安”新区，在可持续城市发展（水、环境）方面蕴含机遇',
    ),
    // A fact, not a figure: the year names the event.
    nl(
      'Co-host van de Olympische Winterspelen van 2022 (Zhangjiakou)',
      'Co-host of the 2022 Olympic Winter Games (Zhangjiakou)',
      '2022年冬季奥运会联合举办地（张家口）',
    ),
  ],
  industries: [
    nl('Zware industrie', 'Heavy industry', '重工业'),
    nl('Agrarische sector', 'Agriculture', '农业'),
    nl('Voedselverwerkende nijverheid', 'Food processing', '食品加工业'),
  ],
  location: { lat: 38.04, lon: 114.51 }, // Shijiazhuang
};

const shaanxi: RegionInput = {
  id: 'shaanxi',
  side: 'partner',
  level: 'province',
  parentId: null,
  country: 'CN',
  name: nl('Shaanxi', 'Shaanxi', '陕西'),
  capital: nl('Xi’an', 'Xi’an', '西安'),
  description: nl(
    'De provincie Shaanxi, bekend van het 2000-jaar oude ‘Terracotta Leger’, ligt ongeveer in het midden van China en staat aan het begin van de historische zijderoute. Deze provincie beschikt over de meest veelzijdige energievoorraad van China, met bijhorende uitdagingen op het vlak van vervuiling.',
    'Shaanxi province, known for the 2,000-year-old ‘Terracotta Army’, lies roughly in the middle of China and stands at the beginning of the historic Silk Road. The province has the most diverse energy reserves in China, with the pollution challenges that come with them.',
    '陕西省以拥有两千年历史的“兵马俑”闻名，大致位于中国中部，地处历史上丝绸之路的起点。该省拥有中国种类最丰富的能源储备，同时也面临相应的污染挑战。',
  ),
  // "Bevolking: 38 miljoen, Oppervlakte:  205 800 km2"
  population: 38_000_000,
  populationQualifier: 'approx',
  areaKm2: 205_800,
  figures: [
    {
      // "met 127 universiteiten en hogescholen"
      key: 'universities-and-colleges',
      label: nl('Universiteiten en hogescholen', 'Universities and colleges', '高等院校'),
      value: 127,
      qualifier: 'exact',
    },
    {
      // "en 1 000 onderzoeksinstituten in wetenschap en technologie"
      key: 'research-institutes',
      label: nl(
        'Onderzoeksinstituten in wetenschap en technologie',
        'Science and technology research institutes',
        '科技研究机构',
      ),
      value: 1000,
      qualifier: 'exact',
    },
    {
      // "Eerste Sino-Belgische provinciale samenwerking (1985), dankzij investering van Janssen Pharmaceutica"
      key: 'first-sino-belgian-provincial-cooperation',
      label: nl(
        'Eerste Sino-Belgische provinciale samenwerking (jaar)',
        'First Sino-Belgian provincial cooperation (year)',
        '中比首个省级合作（年份）',
      ),
      value: 1985,
      year: 1985,
      qualifier: 'exact',
    },
    {
      // "bekend van het 2000-jaar oude ‘Terracotta Leger’" — a round number, hence 'approx'.
      key: 'terracotta-army-age',
      label: nl('Ouderdom van het Terracotta Leger', 'Age of the Terracotta Army', '兵马俑的历史'),
      value: 2000,
      unit: 'years',
      qualifier: 'approx',
    },
    // "Oude hoofdstad van China (221 BC-960 AD)" is kept as a fact, not a figure.
  ],
  facts: [
    nl('Hoofdstad: Xi’an', 'Capital: Xi’an', '省会：西安'),
    nl('Bevolking: 38 miljoen, Oppervlakte: 205 800 km2', 'Population: 38 million, area: 205,800 km²', '人口：3800万，面积：20.58万平方公里'),
    nl(
      'Oude hoofdstad van China (221 BC-960 AD), startpunt van de historische Zijderoute',
      'Ancient capital of China (221 BC–960 AD), starting point of the historic Silk Road',
      '中国古都（公元前221年至公元960年），历史上丝绸之路的起点',
    ),
    nl(
      'Eerste Sino-Belgische provinciale samenwerking (1985), dankzij investering van Janssen Pharmaceutica',
      'First Sino-Belgian provincial cooperation (1985), thanks to an investment by Janssen Pharmaceutica',
      '中比首个省级合作（1985年），得益于杨森制药的投资',
    ),
    nl(
      'Grote reserve aan energie (steenkool, gas en petroleum, alsook zon en wind), met bijhorende milieu-uitdagingen voor de betrokken industrie',
      'Large energy reserves (coal, gas and petroleum, as well as solar and wind), with the environmental challenges that come with them for the industries concerned',
      '能源储量丰富（煤炭、天然气和石油，以及太阳能和风能），相关产业随之面临环境挑战',
    ),
    nl(
      'Belangrijke industriebasis, vooral verwerkende industrie en maakbedrijven (lucht- en ruimtevaart, elektronica, elektrische voertuigen, …)',
      'Important industrial base, mainly processing and manufacturing industry (aerospace, electronics, electric vehicles, …)',
      '重要的工业基地，以加工业和制造业为主（航空航天、电子、电动汽车等）',
    ),
    nl(
      'Grootste concentratie van universiteiten en onderzoekscentra in het Chinese binnenland, met 127 universiteiten en hogescholen, en 1 000 onderzoeksinstituten in wetenschap en technologie. Yangling is de enige ‘Landbouw Development Zone’ (combinatie van Universiteit, O&O & bedrijven) van nationaal niveau',
      'Largest concentration of universities and research centres in inland China, with 127 universities and colleges and 1,000 science and technology research institutes. Yangling is the only national-level ‘Agricultural Development Zone’ (combining university, R&D and companies)',
      '中国内陆地区高校和科研中心最集中的省份，拥有127所高等院校和1000家科技研究机构。杨凌是唯一的国家级“农业高新技术产业示范区”（集大学、研发与企业于一体）',
    ),
  ],
  industries: [
    nl('Lucht- en ruimtevaart', 'Aerospace', '航空航天'),
    nl('Elektronica', 'Electronics', '电子'),
    nl('Elektrische voertuigen', 'Electric vehicles', '电动汽车'),
    nl('Verwerkende industrie en maakbedrijven', 'Processing and manufacturing industry', '加工业和制造业'),
  ],
  location: { lat: 34.34, lon: 108.94 }, // Xi'an
};

const SICHUAN_INTRO_CHENGDU = nl(
  'De provinciehoofdstad Chengdu is één van de groenste steden en beschikte als eerste stad in westelijk China over een eigen metrosysteem.',
  'The provincial capital Chengdu is one of the greenest cities and was the first city in western China to have its own metro system.',
  '省会成都是最绿色的城市之一，也是中国西部第一个拥有自己地铁系统的城市。',
);

// The document gives no figures for Sichuan itself: only what its intro says.
const sichuan: RegionInput = {
  id: 'sichuan',
  side: 'partner',
  level: 'province',
  parentId: null,
  country: 'CN',
  name: nl('Sichuan', 'Sichuan', '四川'),
  capital: nl('Chengdu', 'Chengdu', '成都'),
  description: nl(
    'De provincie Sichuan, dat "Vier Rivieren" betekent, is gelegen in het midden van China en is bekend om haar vruchtbare gronden. De provinciehoofdstad Chengdu is één van de groenste steden en beschikte als eerste stad in westelijk China over een eigen metrosysteem.',
    'Sichuan province, whose name means "Four Rivers", lies in the middle of China and is known for its fertile land. The provincial capital Chengdu is one of the greenest cities and was the first city in western China to have its own metro system.',
    '四川省（“四川”意为“四条河流”）位于中国中部，以土地肥沃著称。省会成都是最绿色的城市之一，也是中国西部第一个拥有自己地铁系统的城市。',
  ),
  population: null,
  areaKm2: null,
  figures: [],
  facts: [],
  industries: [],
  location: { lat: 30.66, lon: 104.07 }, // Chengdu
};

const chengdu: RegionInput = {
  id: 'chengdu',
  side: 'partner',
  level: 'city',
  parentId: 'sichuan',
  country: 'CN',
  name: nl('Chengdu', 'Chengdu', '成都'),
  capital: null,
  description: SICHUAN_INTRO_CHENGDU,
  // "Bevolking: +15 miljoen , Oppervlakte: 14 000 km2"
  population: 15_000_000,
  populationQualifier: 'more-than',
  areaKm2: 14_000,
  figures: [
    {
      // "76 R&D platforms voor innovatie op nationaal niveau"
      key: 'national-rd-platforms',
      label: nl(
        'R&D-platforms voor innovatie op nationaal niveau',
        'National-level R&D platforms for innovation',
        '国家级创新研发平台',
      ),
      value: 76,
      qualifier: 'exact',
    },
  ],
  facts: [
    nl('Hoofdstad van de provincie Sichuan', 'Capital of Sichuan province', '四川省省会'),
    nl('Bevolking: +15 miljoen, Oppervlakte: 14 000 km2', 'Population: more than 15 million, area: 14,000 km²', '人口：1500万以上，面积：1.4万平方公里'),
    nl(
      'Strategische stad in het ‘Belt & Road’- Initiatief',
      'Strategic city in the ‘Belt & Road’ Initiative',
      '“一带一路”倡议中的战略城市',
    ),
    nl(
      '76 R&D platforms voor innovatie op nationaal niveau',
      '76 national-level R&D platforms for innovation',
      '76个国家级创新研发平台',
    ),
  ],
  industries: [],
  location: { lat: 30.66, lon: 104.07 },
};

const chongqing: RegionInput = {
  id: 'chongqing',
  side: 'partner',
  level: 'city-province',
  parentId: null,
  country: 'CN',
  name: nl('Chongqing', 'Chongqing', '重庆'),
  capital: null, // a municipality: itself the seat of government
  description: nl(
    'Chongqing is met 32 miljoen inwoners de grootste stadsprovincie van China. De stad ligt aan de Yangtze, de langste rivier van Azië en wereldwijd één van de drukst bevaren rivieren. De stroomafwaarts gelegen Three Gorges Dam dwingt Chongqing tot een focus op waterzuivering.',
    'With 32 million inhabitants, Chongqing is the largest city-province in China. The city lies on the Yangtze, the longest river in Asia and one of the busiest rivers in the world. The Three Gorges Dam downstream forces Chongqing to focus on water treatment.',
    '重庆拥有3200万人口，是中国最大的直辖市。重庆地处长江之滨，长江是亚洲最长的河流，也是世界上航运最繁忙的河流之一。位于下游的三峡大坝使重庆必须把水处理作为工作重点。',
  ),
  // "Bevolking: 32 miljoen, Oppervlakte: 82 000 km²"
  population: 32_000_000,
  populationQualifier: 'approx',
  areaKm2: 82_000,
  figures: [
    {
      // "Eén van de snelste groeiers in China met een economische groei van 9,3 % (2017)"
      key: 'gdp-growth',
      label: nl('Economische groei', 'Economic growth', '经济增长率'),
      value: 9.3,
      unit: '%',
      year: 2017,
      qualifier: 'exact',
    },
  ],
  facts: [
    nl(
      '\'Municipality of stadsprovincie’, op hetzelfde bestuurlijke niveau als een provincie',
      '‘Municipality’ or city-province, at the same administrative level as a province',
      '直辖市（城市省），与省同级的行政单位',
    ),
    nl('Bevolking: 32 miljoen, Oppervlakte: 82 000 km²', 'Population: 32 million, area: 82,000 km²', '人口：3200万，面积：8.2万平方公里'),
    nl(
      'Eén van de snelste groeiers in China met een economische groei van 9,3 % (2017)',
      'One of the fastest-growing regions in China, with economic growth of 9.3% (2017)',
      '中国增长最快的地区之一，2017年经济增长率达9.3%',
    ),
    nl(
      'Groeiende aandacht voor plattelandsgebieden rond de stadskern',
      'Growing attention to the rural areas around the urban core',
      '日益重视中心城区周边的农村地区',
    ),
    nl(
      'POM Antwerpen opende een kantoor in Chongqing in 2011',
      'POM Antwerpen opened an office in Chongqing in 2011',
      '安特卫普省发展局（POM Antwerpen）于2011年在重庆设立办事处',
    ),
    nl(
      'Belangrijke aanwezige sectoren: automobiel, ICT (laptops) en chemie & farma.',
      'Important sectors present: automotive, ICT (laptops) and chemicals & pharma.',
      '主要产业：汽车、信息通信技术（笔记本电脑）以及化工和制药。',
    ),
  ],
  industries: [
    nl('Automobiel', 'Automotive', '汽车'),
    nl('ICT (laptops)', 'ICT (laptops)', '信息通信技术（笔记本电脑）'),
    nl('Chemie & farma', 'Chemicals & pharma', '化工和制药'),
  ],
  location: { lat: 29.56, lon: 106.55 },
};

const guangdong: RegionInput = {
  id: 'guangdong',
  side: 'partner',
  level: 'province',
  parentId: null,
  country: 'CN',
  name: nl('Guangdong', 'Guangdong', '广东'),
  capital: nl('Guangzhou', 'Guangzhou', '广州'),
  description: nl(
    'Guangdong grenst aan Hong Kong en Macau. Zowel de provinciehoofdstad Guangzhou als de snel groeiende stad Shenzhen behoren tot de grootste steden van China. De provincie Guangdong engageert zich net als de provincie Limburg sterk voor hernieuwbare energie en emissiereductie.',
    'Guangdong borders Hong Kong and Macau. Both the provincial capital Guangzhou and the fast-growing city of Shenzhen are among the largest cities in China. Like the province of Limburg, Guangdong province is strongly committed to renewable energy and emission reduction.',
    '广东毗邻香港和澳门。省会广州和快速发展的深圳均跻身中国最大城市之列。与林堡省一样，广东省大力推动可再生能源和减排。',
  ),
  // "Bevolking: 111,69 miljoen, Oppervlakte: 177 900 km²"
  population: 111_690_000,
  populationQualifier: 'approx',
  areaKm2: 177_900,
  figures: [
    {
      // "Wordt verwacht te groeien tot de 6de grootste economie ter wereld in 2035" — a forecast;
      // the schema has no 'forecast' qualifier, 'target' is the nearest.
      key: 'world-economy-rank-2035',
      label: nl(
        'Verwachte rang als economie ter wereld',
        'Expected rank among the world’s economies',
        '预计全球经济体排名',
      ),
      value: 6,
      unit: 'rank',
      year: 2035,
      qualifier: 'target',
    },
    {
      // "Tegen 2030 wil de Chinese overheid 4 500 waterstof-tankstations in gebruik hebben." — a
      // national target of the Chinese government, stated in Guangdong's profile.
      key: 'hydrogen-refuelling-stations-target',
      label: nl(
        'Waterstoftankstations in gebruik in China (doel Chinese overheid)',
        'Hydrogen refuelling stations in operation in China (Chinese government target)',
        '全国投入使用的加氢站数量（中国政府目标）',
      ),
      value: 4500,
      year: 2030,
      qualifier: 'target',
    },
  ],
  facts: [
    nl('Hoofdstad: Guangzhou', 'Capital: Guangzhou', '省会：广州'),
    nl('Bevolking: 111,69 miljoen, Oppervlakte: 177 900 km²', 'Population: 111.69 million, area: 177,900 km²', '人口：1.1169亿，面积：17.79万平方公里'),
    nl(
      'Wordt verwacht te groeien tot de 6de grootste economie ter wereld in 2035',
      'Expected to grow into the world’s 6th-largest economy by 2035',
      '预计到2035年将成长为世界第六大经济体',
    ),
    nl(
      'Vormt samen met Hong Kong en Macau de “Greater Bay Area”',
      'Together with Hong Kong and Macau, forms the “Greater Bay Area”',
      '与香港、澳门共同构成“粤港澳大湾区”',
    ),
    nl(
      'Bekend als de ‘Fabriek van de Wereld’, het centrum van de Chinese exportgerichte productie-industrie',
      'Known as the ‘Factory of the World’, the centre of China’s export-oriented manufacturing industry',
      '被誉为“世界工厂”，是中国出口导向型制造业的中心',
    ),
    nl(
      'Andere belangrijke industrieën: textiel, consumentenelektronica, meubels, keramiek voor de bouwindustrie, voeding en elektrische wagens',
      'Other important industries: textiles, consumer electronics, furniture, ceramics for the construction industry, food and electric cars',
      '其他重要产业：纺织、消费电子、家具、建筑陶瓷、食品和电动汽车',
    ),
    nl(
      'Eerste “Hydrogen industry park” in China, met de grootste productiecapaciteit van fuel cell stacks in de wereld. Tegen 2030 wil de Chinese overheid 4 500 waterstoftankstations in gebruik hebben.',
      'First “Hydrogen industry park” in China, with the largest production capacity of fuel cell stacks in the world. By 2030 the Chinese government wants 4,500 hydrogen refuelling stations in operation.',
      '中国首个“氢能产业园”，燃料电池电堆产能居世界首位。中国政府计划到2030年建成并投用4500座加氢站。',
    ),
  ],
  industries: [
    // "het centrum van de Chinese exportgerichte productie-industrie" — then "Andere belangrijke industrieën: …"
    nl('Exportgerichte productie-industrie', 'Export-oriented manufacturing', '出口导向型制造业'),
    nl('Textiel', 'Textiles', '纺织'),
    nl('Consumentenelektronica', 'Consumer electronics', '消费电子'),
    nl('Meubels', 'Furniture', '家具'),
    nl('Keramiek voor de bouwindustrie', 'Ceramics for the construction industry', '建筑陶瓷'),
    nl('Voeding', 'Food', '食品'),
    nl('Elektrische wagens', 'Electric cars', '电动汽车'),
    // "Eerste “Hydrogen industry park” in China, met de grootste productiecapaciteit van fuel cell stacks"
    nl('Waterstofindustrie (fuel cell stacks)', 'Hydrogen industry (fuel cell stacks)', '氢能产业（燃料电池电堆）'),
  ],
  location: { lat: 23.13, lon: 113.26 }, // Guangzhou
};

// Document 004 ("Cooperation on a Sino-Dutch Low-carbon zone Shenzhen", location "Longgang, Shenzhen"):
// names and location only — the document states no figures for them.
const shenzhen: RegionInput = {
  id: 'shenzhen',
  side: 'partner',
  level: 'city',
  parentId: 'guangdong',
  country: 'CN',
  name: en('Shenzhen', 'Shenzhen', '深圳'),
  capital: null,
  description: null,
  population: null,
  areaKm2: null,
  figures: [],
  facts: [],
  industries: [],
  location: { lat: 22.54, lon: 114.06 },
};

const longgang: RegionInput = {
  id: 'longgang',
  side: 'partner',
  level: 'district',
  parentId: 'shenzhen',
  country: 'CN',
  name: en('Longgang', 'Longgang', '龙岗'),
  capital: null,
  description: null,
  population: null,
  areaKm2: null,
  figures: [],
  facts: [],
  industries: [],
  location: { lat: 22.72, lon: 114.25 },
};

// ---------------------------------------------------------------------------------------------
// Home regions (Flanders, the Netherlands). No populations: the documents state none.
// ---------------------------------------------------------------------------------------------

function flemishProvince(
  id: string,
  name: LocalizedText,
  capital: LocalizedText,
  location: { lat: number; lon: number },
): RegionInput {
  return {
    id,
    side: 'home',
    level: 'province',
    parentId: null,
    country: 'BE',
    name,
    capital,
    description: null,
    population: null,
    areaKm2: null,
    figures: [],
    facts: [],
    industries: [],
    location,
  };
}

const oostVlaanderen = flemishProvince(
  'oost-vlaanderen',
  nl('Oost-Vlaanderen', 'East Flanders', '东佛兰德省'),
  nl('Gent', 'Ghent', '根特'),
  { lat: 51.05, lon: 3.72 },
);
const antwerpen = flemishProvince(
  'antwerpen',
  nl('Antwerpen', 'Antwerp', '安特卫普省'),
  nl('Antwerpen', 'Antwerp', '安特卫普'),
  { lat: 51.22, lon: 4.4 },
);
const vlaamsBrabant = flemishProvince(
  'vlaams-brabant',
  nl('Vlaams-Brabant', 'Flemish Brabant', '佛兰德布拉班特省'),
  nl('Leuven', 'Leuven', '鲁汶'),
  { lat: 50.88, lon: 4.7 },
);
const limburg = flemishProvince(
  'limburg',
  nl('Limburg', 'Limburg', '林堡省'),
  nl('Hasselt', 'Hasselt', '哈瑟尔特'),
  { lat: 50.93, lon: 5.34 },
);

const netherlands: RegionInput = {
  id: 'netherlands',
  side: 'home',
  level: 'country',
  parentId: null,
  country: 'NL',
  name: en('The Netherlands', 'Nederland', '荷兰'),
  capital: en('Amsterdam', 'Amsterdam', '阿姆斯特丹'),
  description: null,
  population: null,
  areaKm2: null,
  figures: [],
  facts: [],
  industries: [],
  location: { lat: 52.37, lon: 4.9 }, // Amsterdam
};

// ---------------------------------------------------------------------------------------------
// Twinnings ("Verbonden met de provincie …")
// ---------------------------------------------------------------------------------------------

const twinnings: TwinningInput[] = [
  {
    id: 'oost-vlaanderen-hebei',
    homeRegionId: 'oost-vlaanderen',
    partnerRegionId: 'hebei',
    since: null,
    note: nl(
      'Provincie Hebei, verbonden met de provincie Oost-Vlaanderen.',
      'Hebei province, linked with the province of East Flanders.',
      '河北省与东佛兰德省结对合作。',
    ),
    offices: [],
  },
  {
    // since 1985: the Shaanxi profile says "Eerste Sino-Belgische provinciale samenwerking (1985),
    // dankzij investering van Janssen Pharmaceutica". A *provincial* cooperation is one between two
    // provinces, the profile is headed "Verbonden met de provincie Antwerpen", and Janssen
    // Pharmaceutica is an Antwerp-province company (Beerse) whose Xi'an investment led to it: the
    // line dates this very Shaanxi–Antwerpen link (the Antwerp–Shaanxi friendship agreement of 1985,
    // the first between a Belgian and a Chinese province). The Janssen investment itself is not
    // the twinning; it is recorded as the reason in the note.
    id: 'antwerpen-shaanxi',
    homeRegionId: 'antwerpen',
    partnerRegionId: 'shaanxi',
    since: 1985,
    note: nl(
      'Provincie Shaanxi, verbonden met de provincie Antwerpen. Eerste Sino-Belgische provinciale samenwerking (1985), dankzij investering van Janssen Pharmaceutica.',
      'Shaanxi province, linked with the province of Antwerp. The first Sino-Belgian provincial cooperation (1985), thanks to an investment by Janssen Pharmaceutica.',
      '陕西省与安特卫普省结对合作。这是中比首个省级合作（1985年），得益于杨森制药的投资。',
    ),
    offices: [],
  },
  {
    // The document heads the profile "Provincie Sichuan - Smart City Chengdu, verbonden met de
    // provincie Vlaams-Brabant": the twin is the province, the focus its capital Chengdu.
    id: 'vlaams-brabant-sichuan',
    homeRegionId: 'vlaams-brabant',
    partnerRegionId: 'sichuan',
    since: null,
    note: nl(
      'Provincie Sichuan - Smart City Chengdu, verbonden met de provincie Vlaams-Brabant. De samenwerking richt zich op de provinciehoofdstad Chengdu.',
      'Sichuan province – Smart City Chengdu, linked with the province of Flemish Brabant. The cooperation focuses on the provincial capital Chengdu.',
      '四川省（智慧城市成都）与佛兰德布拉班特省结对合作，合作重点为省会成都。',
    ),
    offices: [],
  },
  {
    // The document dates the POM office (2011), not the twinning itself: since stays null.
    id: 'antwerpen-chongqing',
    homeRegionId: 'antwerpen',
    partnerRegionId: 'chongqing',
    since: null,
    note: nl(
      'Stadsprovincie Chongqing, verbonden met de provincie Antwerpen. POM Antwerpen opende een kantoor in Chongqing in 2011.',
      'City-province of Chongqing, linked with the province of Antwerp. POM Antwerpen opened an office in Chongqing in 2011.',
      '重庆直辖市与安特卫普省结对合作。安特卫普省发展局（POM Antwerpen）于2011年在重庆设立办事处。',
    ),
    offices: [{ organisation: 'POM Antwerpen', city: nl('Chongqing', 'Chongqing', '重庆'), openedYear: 2011 }],
  },
  {
    id: 'limburg-guangdong',
    homeRegionId: 'limburg',
    partnerRegionId: 'guangdong',
    since: null,
    note: nl(
      'Provincie Guangdong, verbonden met de provincie Limburg. Beide provincies engageren zich sterk voor hernieuwbare energie en emissiereductie.',
      'Guangdong province, linked with the province of Limburg. Both provinces are strongly committed to renewable energy and emission reduction.',
      '广东省与林堡省结对合作。两省均大力推动可再生能源和减排。',
    ),
    offices: [],
  },
  {
    // Document 004: the cooperation is the project itself; it states no start year of a twinning.
    id: 'netherlands-shenzhen',
    homeRegionId: 'netherlands',
    partnerRegionId: 'shenzhen',
    since: null,
    note: en(
      'Cooperation on a Sino-Dutch Low-carbon zone Shenzhen (Longgang, Shenzhen): a Sino-Dutch cooperation framework for the joint development of a ‘low-carbon zone’ in Shenzhen.',
      'Samenwerking rond een Chinees-Nederlandse koolstofarme zone in Shenzhen (Longgang, Shenzhen): een Chinees-Nederlands samenwerkingskader voor de gezamenlijke ontwikkeling van een ‘koolstofarme zone’ in Shenzhen.',
      '中荷深圳低碳区合作（深圳龙岗）：为共同开发深圳“低碳区”而建立的中荷合作框架。',
    ),
    offices: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Opportunities: one per bullet line. Title = the line's subject (the words before the colon, or
// the whole line when it has none); description = the whole line.
// ---------------------------------------------------------------------------------------------

type Opp = Pick<OpportunityInput, 'themes' | 'industries'> & {
  id: string;
  regionId: string;
  title: LocalizedText;
  description: LocalizedText;
};

function opportunity(o: Opp): OpportunityInput {
  return { ...o, status: 'open', visibility: 'public', source: SOURCE_000 };
}

const opportunities: OpportunityInput[] = [
  // ----- Hebei: "Cleantech-opportuniteiten in Hebei" (7) -----
  opportunity({
    id: 'hebei-water-pollution',
    regionId: 'hebei',
    title: nl('Waterverontreiniging', 'Water pollution', '水污染'),
    description: nl(
      'Waterverontreiniging: membraantechnologie, behandeling na anaerobe reactor, industrieel afvalwater en slib (farma (ook solide afval), petrochemie, katoen, productie filmmateriaal), technologie om slib te reduceren / hergebruiken (aluminium sulfaat).',
      'Water pollution: membrane technology, treatment after the anaerobic reactor, industrial wastewater and sludge (pharma (also solid waste), petrochemicals, cotton, film-material production), technology to reduce / reuse sludge (aluminium sulphate).',
      '水污染：膜技术、厌氧反应器出水的后续处理、工业废水和污泥（制药（含固体废物）、石化、棉纺、薄膜材料生产）、污泥减量/资源化利用技术（硫酸铝）。',
    ),
    themes: ['water', 'waste', 'materials-circular'],
    // 'aluminium': the line names aluminium sulphate in its sludge-reuse clause.
    industries: ['pharma', 'petrochemicals', 'textiles', 'film-material', 'aluminium'],
  }),
  opportunity({
    id: 'hebei-air-pollution',
    regionId: 'hebei',
    title: nl('Luchtverontreiniging', 'Air pollution', '大气污染'),
    description: nl(
      'Luchtverontreiniging: oplossingen binnenshuis en buitenshuis, voor emissiereductie (VOC’s) bij productie van filmmateriaal (chemische solvents).',
      'Air pollution: indoor and outdoor solutions for emission reduction (VOCs) in the production of film material (chemical solvents).',
      '大气污染：室内和室外解决方案，用于薄膜材料生产过程中的挥发性有机物(VOCs)减排（化学溶剂）。',
    ),
    themes: ['air'],
    industries: ['film-material', 'chemicals'],
  }),
  opportunity({
    id: 'hebei-soil-pollution',
    regionId: 'hebei',
    title: nl('Bodemverontreiniging', 'Soil pollution', '土壤污染'),
    description: nl(
      'Bodemverontreiniging: sanering na farmaceutische productie',
      'Soil pollution: remediation after pharmaceutical production',
      '土壤污染：制药生产后的土壤修复',
    ),
    themes: ['soil'],
    industries: ['pharma'],
  }),
  opportunity({
    id: 'hebei-manure-processing',
    regionId: 'hebei',
    title: nl('Mestverwerking (biogasinstallatie)', 'Manure processing (biogas plant)', '畜禽粪污处理（沼气设施）'),
    description: nl('Mestverwerking (biogasinstallatie)', 'Manure processing (biogas plant)', '畜禽粪污处理（沼气设施）'),
    themes: ['agriculture', 'waste', 'energy'],
    industries: ['livestock', 'agriculture'],
  }),
  opportunity({
    id: 'hebei-environmental-monitoring',
    regionId: 'hebei',
    title: nl(
      '(Online) monitoring leefmilieu (lucht, water en bodem)',
      '(Online) environmental monitoring (air, water and soil)',
      '（在线）环境监测（大气、水和土壤）',
    ),
    description: nl(
      '(Online) monitoring leefmilieu (lucht, water en bodem)',
      '(Online) environmental monitoring (air, water and soil)',
      '（在线）环境监测（大气、水和土壤）',
    ),
    themes: ['monitoring', 'air', 'water', 'soil'],
    industries: [],
  }),
  opportunity({
    id: 'hebei-energy',
    regionId: 'hebei',
    title: nl('Energie', 'Energy', '能源'),
    description: nl(
      'Energie: afval naar biogas rendabel maken, waterstoftoepassingen (naar elektriciteit), biogas (moerasgas).',
      'Energy: making waste-to-biogas profitable, hydrogen applications (to electricity), biogas (marsh gas).',
      '能源：提高废弃物制沼气的经济效益、氢能应用（氢发电）、沼气（生物燃气）。',
    ),
    themes: ['energy', 'waste', 'hydrogen'],
    industries: ['energy'],
  }),
  opportunity({
    id: 'hebei-prevention',
    regionId: 'hebei',
    title: nl('Preventief', 'Prevention', '污染预防'),
    description: nl(
      'Preventief: besparende oplossingen watergebruik, verven en harsen op waterbasis (vermijden van gebruik van schadelijke solventen).',
      'Prevention: water-saving solutions, water-based paints and resins (avoiding the use of harmful solvents).',
      '污染预防：节水解决方案、水性涂料和水性树脂（避免使用有害溶剂）。',
    ),
    themes: ['prevention', 'water', 'air'],
    industries: ['chemicals'],
  }),

  // ----- Shaanxi: "Cleantech-opportuniteiten in Shaanxi" (7) -----
  opportunity({
    id: 'shaanxi-air-water-soil-pollution',
    regionId: 'shaanxi',
    title: nl(
      'Behandeling van de luchtverontreiniging (smog), waterverontreiniging (zout en ammoniak), bodemverontreiniging (zware metalen)',
      'Treatment of air pollution (smog), water pollution (salt and ammonia) and soil pollution (heavy metals)',
      '大气污染（雾霾）、水污染（盐分和氨氮）及土壤污染（重金属）治理',
    ),
    description: nl(
      'Behandeling van de luchtverontreiniging (smog), waterverontreiniging (zout en ammoniak), bodemverontreiniging (zware metalen)',
      'Treatment of air pollution (smog), water pollution (salt and ammonia) and soil pollution (heavy metals)',
      '治理大气污染（雾霾）、水污染（盐分和氨氮）及土壤污染（重金属）',
    ),
    themes: ['air', 'water', 'soil'],
    industries: [],
  }),
  opportunity({
    // The PDF lost the super-/subscripts: "HCO3-" is HCO₃⁻ and "CO32-" is CO₃²⁻. The Dutch keeps the
    // document's characters; the translations write the ions properly.
    id: 'shaanxi-soil-quality-agriculture',
    regionId: 'shaanxi',
    title: nl(
      'Verbetering van de bodemkwaliteit (reductie Na+, HCO3- en CO32-) voor de landbouw',
      'Improving soil quality for agriculture (reducing Na⁺, HCO₃⁻ and CO₃²⁻)',
      '改良农业用地土壤质量（降低Na⁺、HCO₃⁻和CO₃²⁻含量）',
    ),
    description: nl(
      'Verbetering van de bodemkwaliteit (reductie Na+, HCO3- en CO32-) voor de landbouw',
      'Improving soil quality for agriculture (reducing Na⁺, HCO₃⁻ and CO₃²⁻)',
      '改良农业用地土壤质量（降低Na⁺、HCO₃⁻和CO₃²⁻含量，即盐碱土改良）',
    ),
    themes: ['soil', 'agriculture'],
    industries: ['agriculture'],
  }),
  opportunity({
    id: 'shaanxi-coke-industry-pollution',
    regionId: 'shaanxi',
    title: nl(
      'Vervuiling in de cokes industrie (rookstof aan de ovendeur, NOx in rookgassen)',
      'Pollution in the coke industry (smoke dust at the oven door, NOx in flue gases)',
      '焦化行业污染（炉门烟尘、烟气中的氮氧化物）',
    ),
    description: nl(
      'Vervuiling in de cokes industrie (rookstof aan de ovendeur, NOx in rookgassen)',
      'Pollution in the coke industry (smoke dust at the oven door, NOx in flue gases)',
      '焦化行业污染（焦炉炉门烟尘、烟气中的氮氧化物(NOx)）',
    ),
    themes: ['air'],
    industries: ['coke'],
  }),
  opportunity({
    id: 'shaanxi-oil-sludge',
    regionId: 'shaanxi',
    title: nl(
      'Behandeling van olieslib (oil sludge) en verwijdering van de slakken en het afvalwater',
      'Treatment of oil sludge and disposal of the slag and the wastewater',
      '含油污泥处理及废渣和废水处置',
    ),
    description: nl(
      'Behandeling van olieslib (oil sludge) en verwijdering van de slakken en het afvalwater',
      'Treatment of oil sludge and disposal of the slag and the wastewater',
      '含油污泥处理，以及废渣和废水的处置',
    ),
    themes: ['waste', 'water'],
    industries: ['oil-gas', 'petrochemicals'],
  }),
  opportunity({
    id: 'shaanxi-energy-efficiency',
    regionId: 'shaanxi',
    title: nl('Verhogen van de energie-efficiëntie', 'Increasing energy efficiency', '提高能源效率'),
    description: nl('Verhogen van de energie-efficiëntie', 'Increasing energy efficiency', '提高能源效率'),
    themes: ['energy-efficiency'],
    industries: [],
  }),
  opportunity({
    id: 'shaanxi-waste-processing-reuse',
    regionId: 'shaanxi',
    title: nl('Afvalverwerking en hergebruik van ‘afval’', 'Waste processing and reuse of ‘waste’', '废物处理及“废物”再利用'),
    description: nl('Afvalverwerking en hergebruik van ‘afval’', 'Waste processing and reuse of ‘waste’', '废物处理及“废物”的再利用'),
    themes: ['waste', 'materials-circular'],
    industries: [],
  }),
  opportunity({
    id: 'shaanxi-building-materials-recycling',
    regionId: 'shaanxi',
    title: nl('Recyclage en hergebruik van bouwmaterialen', 'Recycling and reuse of building materials', '建筑材料回收与再利用'),
    description: nl('Recyclage en hergebruik van bouwmaterialen', 'Recycling and reuse of building materials', '建筑材料的回收与再利用'),
    themes: ['materials-circular', 'construction', 'waste'],
    industries: ['construction-materials'],
  }),

  // ----- Chengdu: "Cleantech-opportuniteiten in Chengdu" (5) -----
  opportunity({
    id: 'chengdu-pollution-treatment',
    regionId: 'chengdu',
    title: nl(
      'Behandeling van lucht-, water- en bodemvervuiling, afvalwater en afvalverwerking',
      'Treatment of air, water and soil pollution, wastewater and waste processing',
      '大气、水和土壤污染治理，废水与废物处理',
    ),
    description: nl(
      'Behandeling van lucht-, water- en bodemvervuiling, afvalwater en afvalverwerking',
      'Treatment of air, water and soil pollution, wastewater and waste processing',
      '治理大气、水和土壤污染，处理废水和废物',
    ),
    themes: ['air', 'water', 'soil', 'waste'],
    industries: [],
  }),
  opportunity({
    id: 'chengdu-energy-saving',
    regionId: 'chengdu',
    title: nl('Energiebesparing', 'Energy saving', '节能'),
    description: nl('Energiebesparing', 'Energy saving', '节约能源'),
    themes: ['energy-efficiency'],
    industries: [],
  }),
  opportunity({
    id: 'chengdu-smart-city-mobility',
    regionId: 'chengdu',
    title: nl(
      'Innovatieve mobiliteitsprojecten voor Smart Cities',
      'Innovative mobility projects for Smart Cities',
      '智慧城市创新交通出行项目',
    ),
    description: nl(
      'Innovatieve mobiliteitsprojecten voor Smart Cities',
      'Innovative mobility projects for Smart Cities',
      '面向智慧城市的创新交通出行项目',
    ),
    themes: ['mobility', 'low-carbon-city'],
    industries: [],
  }),
  opportunity({
    id: 'chengdu-advanced-materials-circular-economy',
    regionId: 'chengdu',
    title: nl(
      'Nieuwe / geavanceerde materialen + circulaire economie',
      'New / advanced materials + circular economy',
      '新材料/先进材料 + 循环经济',
    ),
    description: nl(
      'Nieuwe / geavanceerde materialen + circulaire economie',
      'New / advanced materials + circular economy',
      '新材料/先进材料与循环经济',
    ),
    themes: ['materials-circular'],
    industries: [],
  }),
  opportunity({
    id: 'chengdu-sustainable-construction',
    regionId: 'chengdu',
    title: nl('Duurzame bouwtechnieken', 'Sustainable construction techniques', '可持续建筑技术'),
    description: nl('Duurzame bouwtechnieken', 'Sustainable construction techniques', '可持续（绿色）建筑技术'),
    themes: ['construction'],
    industries: [],
  }),

  // ----- Chongqing: "Cleantech-opportuniteiten in Chongqing" (5) -----
  opportunity({
    id: 'chongqing-waste-processing',
    regionId: 'chongqing',
    title: nl('Afvalverwerking', 'Waste processing', '废物处理'),
    description: nl(
      'Afvalverwerking: Verwerking van gevaarlijk (chemisch) afval (vernieuwing en uitbreiding van verwerkingsinstallaties, verhoging effectiviteit en kostenefficiëntie, recyclage van solventen, recyclage/hergebruik van Lithium-ion batterijen (EV’s)), afvalverwerking gelinkt aan de ‘coal chemical industry’, demontage & recyclage van voertuigen en elektrische producten, kleinschalige verbrandingscentrales (tov 1st tier steden), afvalverwerking in de teeltindustrie, sortering en hergebruik van bouwafval en beton',
      'Waste processing: processing of hazardous (chemical) waste (renewal and expansion of treatment plants, higher effectiveness and cost-efficiency, recycling of solvents, recycling/reuse of lithium-ion batteries (EVs)), waste processing linked to the ‘coal chemical industry’, dismantling & recycling of vehicles and electrical products, small-scale incineration plants (compared with 1st-tier cities), waste processing in the crop-growing industry, sorting and reuse of construction waste and concrete',
      '废物处理：危险（化学）废物处置（处置设施的更新与扩建、提高处置效果和成本效益、溶剂回收、锂离子电池（电动汽车）回收/再利用）、与“煤化工行业”相关的废物处理、报废汽车和电器电子产品的拆解与回收、小型焚烧厂（相对于一线城市而言）、种植业废弃物处理、建筑垃圾和混凝土的分类与再利用',
    ),
    themes: ['waste', 'materials-circular', 'construction', 'agriculture'],
    industries: [
      'chemicals',
      'electric-vehicles',
      'coal-chemicals',
      'automotive',
      'electronics',
      'agriculture',
      'construction-materials',
    ],
  }),
  opportunity({
    id: 'chongqing-water-treatment',
    regionId: 'chongqing',
    title: nl('Waterzuivering', 'Water treatment', '水处理'),
    description: nl(
      'Waterzuivering: industrieel afvalwater (oa zouten, zware metalen en COD, ook steenkoolverwerkende industrie en ‘coal chemical’ wastewater), behandeling van uitloging/percolaat (afval), waterzuivering obv membraantechnologie, ‘kleinschalige’ behandeling (rural area’s) van sanitair afvalwater',
      'Water treatment: industrial wastewater (including salts, heavy metals and COD, also from the coal-processing industry and ‘coal chemical’ wastewater), treatment of leachate (waste), water treatment based on membrane technology, ‘small-scale’ treatment (rural areas) of sanitary wastewater',
      '水处理：工业废水（包括盐类、重金属和化学需氧量(COD)，以及煤炭加工行业废水和“煤化工”废水）、（垃圾）渗滤液处理、基于膜技术的水处理、（农村地区）生活污水“小型分散式”处理',
    ),
    themes: ['water', 'waste'],
    industries: ['coal', 'coal-chemicals'],
  }),
  opportunity({
    id: 'chongqing-air-pollution',
    regionId: 'chongqing',
    title: nl('Luchtvervuiling', 'Air pollution', '大气污染'),
    description: nl(
      'Luchtvervuiling: Online waarnemingssysteem voor (lucht)vervuiling in industriële zones, indoor luchtzuivering (emissies bouwmaterialen)',
      'Air pollution: online monitoring system for (air) pollution in industrial zones, indoor air purification (emissions from building materials)',
      '大气污染：工业园区（大气）污染在线监测系统、室内空气净化（建筑材料释放的污染物）',
    ),
    themes: ['air', 'monitoring', 'construction'],
    industries: ['construction-materials'],
  }),
  opportunity({
    id: 'chongqing-soil-pollution',
    regionId: 'chongqing',
    title: nl('Bodemverontreiniging', 'Soil pollution', '土壤污染'),
    description: nl(
      'Bodemverontreiniging: Monitoring van grondvervuiling, bodemonderzoek en sanering',
      'Soil pollution: monitoring of soil pollution, soil investigation and remediation',
      '土壤污染：土壤污染监测、土壤调查与修复',
    ),
    themes: ['soil', 'monitoring'],
    industries: [],
  }),
  opportunity({
    id: 'chongqing-green-energy-hydrogen',
    regionId: 'chongqing',
    title: nl('Groene energie', 'Green energy', '绿色能源'),
    description: nl('Groene energie: waterstof', 'Green energy: hydrogen', '绿色能源：氢能'),
    themes: ['energy', 'hydrogen'],
    industries: [],
  }),

  // ----- Guangdong: "Prioriteiten op het vlak van cleantech voor Guangdong" (3) -----
  opportunity({
    id: 'guangdong-hydrogen-applications',
    regionId: 'guangdong',
    title: nl('Toepassingen met waterstof', 'Hydrogen applications', '氢能应用'),
    description: nl('Toepassingen met waterstof', 'Hydrogen applications', '氢能的应用'),
    themes: ['hydrogen', 'energy'],
    industries: [],
  }),
  opportunity({
    id: 'guangdong-pollution-prevention-treatment',
    regionId: 'guangdong',
    title: nl(
      'Preventie en behandeling van water-, bodem- en luchtverontreiniging',
      'Prevention and treatment of water, soil and air pollution',
      '水、土壤和大气污染防治',
    ),
    description: nl(
      'Preventie en behandeling van water-, bodem- en luchtverontreiniging',
      'Prevention and treatment of water, soil and air pollution',
      '水污染、土壤污染和大气污染的预防与治理',
    ),
    themes: ['prevention', 'water', 'soil', 'air'],
    industries: [],
  }),
  opportunity({
    id: 'guangdong-waste-management',
    regionId: 'guangdong',
    title: nl('Afvalbeheer', 'Waste management', '废物管理'),
    description: nl(
      'Afvalbeheer – stedelijk, huishoudelijk en industrieel afval',
      'Waste management – urban, household and industrial waste',
      '废物管理——城市垃圾、生活垃圾和工业固体废物',
    ),
    themes: ['waste'],
    industries: [],
  }),
];

export const programme000: { regions: RegionInput[]; twinnings: TwinningInput[]; opportunities: OpportunityInput[] } = {
  regions: [
    hebei,
    shaanxi,
    sichuan,
    chengdu,
    chongqing,
    guangdong,
    shenzhen,
    longgang,
    oostVlaanderen,
    antwerpen,
    vlaamsBrabant,
    limburg,
    netherlands,
  ],
  twinnings,
  opportunities,
};
