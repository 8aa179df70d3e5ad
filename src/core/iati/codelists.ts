// Codes of the official IATI 2.03 codelists that the exporter writes and the importer accepts.
// The core cannot read vendor/iati/codelists/*.xml at run time, so the codes are copied here;
// codelists.test.ts checks every one against those files (IATI Standard, CC BY 4.0).

/** ActivityStatus (embedded). */
export const ACTIVITY_STATUS = {
  '1': "Pipeline/identification",
  '2': "Implementation",
  '3': "Finalisation",
  '4': "Closed",
  '5': "Cancelled",
  '6': "Suspended",
} as const;

/** ActivityDateType (embedded). */
export const ACTIVITY_DATE_TYPE = {
  '1': "Planned start",
  '2': "Actual start",
  '3': "Planned End",
  '4': "Actual end",
} as const;

/** OrganisationRole (embedded). */
export const ORGANISATION_ROLE = {
  '1': "Funding",
  '2': "Accountable",
  '3': "Extending",
  '4': "Implementing",
} as const;

/** OrganisationType (non-embedded). */
export const ORGANISATION_TYPE = {
  '10': "Government",
  '11': "Local Government",
  '15': "Other Public Sector",
  '21': "International NGO",
  '22': "National NGO",
  '23': "Regional NGO",
  '24': "Partner Country based NGO",
  '30': "Public Private Partnership",
  '40': "Multilateral",
  '60': "Foundation",
  '70': "Private Sector",
  '71': "Private Sector in Provider Country",
  '72': "Private Sector in Aid Recipient Country",
  '73': "Private Sector in Third Country",
  '80': "Academic, Training and Research",
  '90': "Other",
} as const;

/** TransactionType (embedded). */
export const TRANSACTION_TYPE = {
  '1': "Incoming Funds",
  '2': "Outgoing Commitment",
  '3': "Disbursement",
  '4': "Expenditure",
  '5': "Interest Payment",
  '6': "Loan Repayment",
  '7': "Reimbursement",
  '8': "Purchase of Equity",
  '9': "Sale of Equity",
  '10': "Credit Guarantee",
  '11': "Incoming Commitment",
  '12': "Outgoing Pledge",
  '13': "Incoming Pledge",
} as const;

/** ResultType (non-embedded). */
export const RESULT_TYPE = {
  '1': "Output",
  '2': "Outcome",
  '3': "Impact",
  '9': "Other",
} as const;

/** IndicatorMeasure (non-embedded). */
export const INDICATOR_MEASURE = {
  '1': "Unit",
  '2': "Percentage",
  '3': "Nominal",
  '4': "Ordinal",
  '5': "Qualitative",
} as const;

/** Active ISO 4217 codes of the Currency codelist. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  ['AED', 'AFN', 'ALL', 'AMD', 'ANG', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN', 'BHD',
   'BIF', 'BMD', 'BND', 'BOB', 'BOV', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD', 'CDF', 'CHF', 'CLF',
   'CLP', 'CNY', 'COP', 'COU', 'CRC', 'CUC', 'CUP', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN',
   'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GNF', 'GTQ', 'GYD', 'HKD', 'HNL', 'HRK',
   'HTG', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JMD', 'JOD', 'JPY', 'KES', 'KGS', 'KHR', 'KMF',
   'KPW', 'KRW', 'KWD', 'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD', 'MAD', 'MDL', 'MGA', 'MKD',
   'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MXV', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO', 'NOK',
   'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF',
   'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE', 'SLL', 'SOS', 'SSP', 'SRD', 'STN', 'SVC', 'SYP',
   'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'USD', 'USN', 'UYI',
   'UYU', 'UZS', 'VED', 'VES', 'VND', 'VUV', 'WST', 'XAF', 'XBT', 'XCD', 'XDR', 'XOF', 'XPF', 'YER', 'ZAR',
   'ZMW', 'ZWL'],
);

/** Active ISO 3166-1 alpha-2 codes of the Country codelist. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  ['AF', 'AX', 'AL', 'DZ', 'AS', 'AD', 'AO', 'AI', 'AQ', 'AG', 'AR', 'AM', 'AW', 'AU', 'AT', 'AZ', 'BS',
   'BH', 'BD', 'BB', 'BY', 'BE', 'BZ', 'BJ', 'BM', 'BT', 'BO', 'BQ', 'BA', 'BW', 'BV', 'BR', 'IO', 'BN',
   'BG', 'BF', 'BI', 'KH', 'CM', 'CA', 'CV', 'KY', 'CF', 'TD', 'CL', 'CN', 'CX', 'CC', 'CO', 'KM', 'CG',
   'CD', 'CK', 'CR', 'CI', 'HR', 'CU', 'CW', 'CY', 'CZ', 'DK', 'DJ', 'DM', 'DO', 'EC', 'EG', 'SV', 'GQ',
   'ER', 'EE', 'ET', 'FK', 'FO', 'FJ', 'FI', 'FR', 'GF', 'PF', 'TF', 'GA', 'GM', 'GE', 'DE', 'GH', 'GI',
   'GR', 'GL', 'GD', 'GP', 'GU', 'GT', 'GG', 'GN', 'GW', 'GY', 'HT', 'HM', 'VA', 'HN', 'HK', 'HU', 'IS',
   'IN', 'ID', 'IR', 'IQ', 'IE', 'IM', 'IL', 'IT', 'JM', 'JP', 'JE', 'JO', 'KZ', 'KE', 'KI', 'KP', 'KR',
   'XK', 'KW', 'KG', 'LA', 'LV', 'LB', 'LS', 'LR', 'LY', 'LI', 'LT', 'LU', 'MO', 'MK', 'MG', 'MW', 'MY',
   'MV', 'ML', 'MT', 'MH', 'MQ', 'MR', 'MU', 'YT', 'MX', 'FM', 'MD', 'MC', 'MN', 'ME', 'MS', 'MA', 'MZ',
   'MM', 'NA', 'NR', 'NP', 'NL', 'NC', 'NZ', 'NI', 'NE', 'NG', 'NU', 'NF', 'MP', 'NO', 'OM', 'PK', 'PW',
   'PS', 'PA', 'PG', 'PY', 'PE', 'PH', 'PN', 'PL', 'PT', 'PR', 'QA', 'RE', 'RO', 'RU', 'RW', 'BL', 'SH',
   'KN', 'LC', 'MF', 'PM', 'VC', 'WS', 'SM', 'ST', 'SA', 'SN', 'RS', 'SC', 'SL', 'SG', 'SX', 'SK', 'SI',
   'SB', 'SO', 'ZA', 'GS', 'SS', 'ES', 'LK', 'SD', 'SR', 'SJ', 'SZ', 'SE', 'CH', 'SY', 'TW', 'TJ', 'TZ',
   'TH', 'TL', 'TG', 'TK', 'TO', 'TT', 'TN', 'TR', 'TM', 'TC', 'TV', 'UG', 'UA', 'AE', 'GB', 'US', 'UM',
   'UY', 'UZ', 'VU', 'VE', 'VN', 'VG', 'VI', 'WF', 'EH', 'YE', 'ZM', 'ZW'],
);

/** ISO 639-1 codes of the Language codelist. */
export const LANGUAGE_CODES: ReadonlySet<string> = new Set(
  ['aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bh', 'bi',
   'bm', 'bn', 'bo', 'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cv', 'cy', 'da', 'de', 'dv', 'dz',
   'ee', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl',
   'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz', 'id', 'ig', 'ii', 'ik', 'io',
   'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku',
   'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml',
   'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc',
   'oj', 'om', 'or', 'os', 'pa', 'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc',
   'sd', 'se', 'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta',
   'te', 'tg', 'th', 'ti', 'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz',
   've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo', 'za', 'zh', 'zu'],
);

/** DocumentCategory codes (embedded). */
export const DOCUMENT_CATEGORY_CODES: ReadonlySet<string> = new Set(
  ['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11', 'A12', 'B01', 'B02', 'B03',
   'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17', 'B18'],
);

/** The DAC 5-digit sectors (SectorVocabulary 1) the theme mapping uses. */
export const DAC_SECTORS = {
  '14050': "Waste management/disposal",
  '23183': "Energy conservation and demand-side efficiency",
  '23210': "Energy generation, renewable sources - multiple technologies",
  '41010': "Environmental policy and administrative management",
  '41081': "Environmental education/training",
  '43030': "Urban development and management",
} as const;

/** PolicyMarker 6 "Climate Change - Mitigation" in vocabulary 1 (OECD DAC CRS). */
export const CLIMATE_MITIGATION_MARKER = { vocabulary: '1', code: '6', name: "Aid Targeting the Objectives of the Framework Convention on Climate Change - Mitigation" } as const;
