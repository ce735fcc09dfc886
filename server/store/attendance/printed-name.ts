/** A name as the minutes print it: "Herr Dr. Krupp", "Frau Marusich". */
export function printedName(person: {
  formOfAddress?: string | null;
  title?: readonly string[] | null;
  familyName: string;
}): string {
  return [person.formOfAddress, ...(person.title ?? []), person.familyName].filter(Boolean).join(' ');
}
