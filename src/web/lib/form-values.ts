// Reading a submitted FormData as the typed API client's bodies want it: text, and choices narrowed
// to the contract's lists (the selects are built from the same lists).

/** A text field's value; '' when the form lacks it (the API then names the field). */
export function fieldText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** A choice field's value if it is one of `choices`; undefined otherwise (left out of the body). */
export function fieldChoice<const Choice extends string>(form: FormData, name: string, choices: readonly Choice[]): Choice | undefined {
  const value = form.get(name);
  return choices.find((choice) => choice === value);
}

/** A required choice, from a select whose options are `choices`: anything else is a bug of the form. */
export function requiredChoice<const Choice extends string>(form: FormData, name: string, choices: readonly Choice[]): Choice {
  const value = fieldChoice(form, name, choices);
  if (value === undefined) throw new Error(`form field ${name} holds none of ${choices.join(', ')}`);
  return value;
}

/** Whether a form's input creates a record (it names the new record's id) rather than updates one (the id is in the path). */
export function createsRecord<Input extends object>(input: Input): input is Extract<Input, { id: string }> {
  return 'id' in input;
}
