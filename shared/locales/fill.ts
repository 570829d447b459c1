/**
 * A locale text with its {{placeholders}} filled, in i18next's syntax, for the places that speak
 * without i18next (the CLI, the Electron main process, core's journal texts). A placeholder with
 * no value (missing, null or undefined) stays as written, or with `missing: 'empty'` goes.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, unknown>> | undefined, missing: 'keep' | 'empty' = 'keep'): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values?.[key];
    if (value === undefined || value === null) return missing === 'keep' ? whole : '';
    return String(value);
  });
}
