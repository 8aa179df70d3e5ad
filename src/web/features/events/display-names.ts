/** Countries offered in the registration form: the programme's partner countries first. */
export const registrationCountries = ['CN', 'NL', 'BE', 'DE', 'FR', 'GB', 'DK', 'SE', 'NO', 'FI', 'ES', 'IT', 'AT', 'CH', 'PL', 'US', 'CA', 'JP', 'KR', 'SG', 'HK', 'TW', 'AU', 'IN'] as const;
