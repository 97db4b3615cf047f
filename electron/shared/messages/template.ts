// `{name}` placeholders, typed: the names a template needs are read from its literal type, so a call that
// forgets one does not compile (a blank in a printed letter is found by the compiler, not by the reader).

/** The placeholder names in a template literal type: 'Baris {row}: {message}' → 'row' | 'message'. */
export type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}` ? K | Placeholders<Rest> : never;

export type TemplateValue = string | number;

/** The values a template needs; more may be given (a user error also carries the form field it is about). */
export type ValuesFor<S extends string> = Record<Placeholders<S>, TemplateValue> & Record<string, TemplateValue | undefined>;

/** `fill(t)` for a template without placeholders, `fill(t, values)` with every placeholder named. */
export type ValuesArg<S extends string> = [Placeholders<S>] extends [never] ? [values?: Record<string, TemplateValue | undefined>] : [values: ValuesFor<S>];

/** Fills `{name}` placeholders; one still missing at run time (a template chosen from data) stays visible. */
export function fillTemplate<S extends string>(template: S, ...[values]: ValuesArg<S>): string {
  return fillLoose(template, values);
}

/** For a template picked at run time (its placeholders not known to the compiler); prefer fillTemplate. */
export function fillLoose(template: string, values?: Record<string, TemplateValue | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values?.[key];
    return v === undefined ? `{${key}}` : String(v);
  });
}
