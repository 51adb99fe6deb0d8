// A 422's field details (`details: {field: "problem; problem"}`) as lists
// under the fields they are about.
export type FieldProblems = Record<string, string[]>;

/** details of a 422 as lists per field: one message per field, problems joined by "; " (or an array). */
export function problemsOf(details: unknown): FieldProblems {
  if (!details || typeof details !== 'object') return {};
  const out: FieldProblems = {};
  for (const [field, value] of Object.entries(details as Record<string, unknown>)) {
    const list = Array.isArray(value) ? value : [value];
    out[field] = list.filter((item): item is string => typeof item === 'string').flatMap((item) => item.split('; '));
  }
  return out;
}

export function Problems({ field, problems }: { field: string; problems: FieldProblems }) {
  const list = problems[field];
  if (!list?.length) return null;
  return (
    <ul className="error field-problems" role="alert" data-field={field}>
      {list.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
