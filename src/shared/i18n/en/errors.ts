import type { Widen } from '../widen';

/**
 * Messages of the API's error codes (`code`, with `params`) and of field issues, shown by the
 * web's formatApiError; every ErrorCode and IssueCode needs one (errors.test.ts).
 */
export const errors = {
  network: 'The server cannot be reached. Check your connection and try again.',
  /** Between the allowed values of a list. */
  listSeparator: ', ',
  code: {
    validation_failed: 'Some fields are not valid.',
    not_found: 'Not found: it may have been removed.',
    conflict: 'This conflicts with existing data.',
    stale_revision: 'Someone else changed this in the meantime. Reload the page and make your change again.',
    unauthenticated: 'Sign in to do this.',
    forbidden: 'You may not do this.',
    forbidden_role: 'As {{roleName}} you may not do this.',
    rate_limited: 'Too many attempts. Wait a minute and try again.',
    wrong_credentials: 'The e-mail address or the password is wrong.',
    account_disabled: 'This account has been disabled. Ask an administrator.',
    sign_in_locked: 'Too many wrong passwords. Sign-in is blocked for {{minutes}} minute(s); try again later or reset your password.',
    nothing_to_export: 'There is nothing to export: every project named was left out, or there is none.',
    meeting_conflict: 'The meeting cannot go there: it would clash.',
    referenced_record: 'This is still in use elsewhere, so it cannot be removed: {{message}}',
    database_unavailable: 'The server briefly cannot reach its database. Try again in a few seconds.',
    overloaded: 'The server is busy. Try again in a few seconds.',
    unknown_check_in_code: 'No delegate of this event has this code. Check it and type it again.',
    internal_error: 'Something went wrong on the server. It has been logged; try again later.',
  },
  issue: {
    required: 'This field is required.',
    original_required: 'Enter the text in the language it was written in.',
    too_short: 'Use at least {{minimum}} characters.',
    too_long: 'Use at most {{maximum}} characters.',
    too_few: 'Choose at least {{minimum}}.',
    too_many: 'Choose at most {{maximum}}.',
    too_small: 'The lowest allowed value is {{minimum}}.',
    too_big: 'The highest allowed value is {{maximum}}.',
    not_a_number: 'Enter a number.',
    invalid_enum: 'Choose one of: {{allowed}}.',
    invalid_format: 'This value does not have the right format.',
    invalid_format_email: 'Enter an e-mail address such as name@example.org.',
    invalid_format_url: 'Enter a web address starting with https://.',
    unknown_keys: 'Unknown fields: {{keys}}.',
    unknown_reference: '“{{value}}” does not exist (any more).',
    expired_link: 'This link is unknown, already used or expired. Ask for a new one.',
    wrong_password: 'This is not your current password.',
    invalid: 'This value is not valid.',
  },
} as const;
export type ErrorMessages = Widen<typeof errors>;
