import type { ErrorMessages } from '../en/errors';

export const errors: ErrorMessages = {
  network: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  /** Between the allowed values of a list. */
  listSeparator: ', ',
  code: {
    validation_failed: 'Sommige velden zijn niet geldig.',
    not_found: 'Niet gevonden: het is misschien verwijderd.',
    conflict: 'Dit botst met bestaande gegevens.',
    stale_revision: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en doe je wijziging nog eens.',
    unauthenticated: 'Log in om dit te doen.',
    forbidden: 'Je mag dit niet doen.',
    forbidden_role: 'Als {{roleName}} mag je dit niet doen.',
    rate_limited: 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.',
    internal_error: 'Er ging iets mis op de server. Het is vastgelegd; probeer het later opnieuw.',
  },
  issue: {
    required: 'Dit veld is verplicht.',
    original_required: 'Vul de tekst in in de taal waarin hij geschreven is.',
    too_short: 'Gebruik minstens {{minimum}} tekens.',
    too_long: 'Gebruik hoogstens {{maximum}} tekens.',
    too_few: 'Kies er minstens {{minimum}}.',
    too_many: 'Kies er hoogstens {{maximum}}.',
    too_small: 'De laagste toegestane waarde is {{minimum}}.',
    too_big: 'De hoogste toegestane waarde is {{maximum}}.',
    not_a_number: 'Vul een getal in.',
    invalid_enum: 'Kies een van: {{allowed}}.',
    invalid_format: 'Deze waarde heeft niet de juiste vorm.',
    invalid_format_email: 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
    invalid_format_url: 'Vul een webadres in dat begint met https://.',
    unknown_keys: 'Onbekende velden: {{keys}}.',
    unknown_reference: '“{{value}}” bestaat niet (meer).',
    invalid: 'Deze waarde is niet geldig.',
  },
};
