/** Validate parsed front matter against a schema, collecting editor-readable problems. */
import * as z from 'zod';
import { describeIssue } from './describe-issue';
import { fieldLabel, type ContentProblem } from './problems';

/** Look through wrappers to the schema that decides the shape; for a union
 *  (a red flag is text or an object) that is its object alternative. */
function shapeOf(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else if (current instanceof z.ZodUnion) {
      const object = current.options.find((option) => option instanceof z.ZodObject);
      if (!object) return current;
      current = object;
    } else return current;
  }
}

/** The keys an object schema at `path` accepts, for "did you mean" suggestions. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = shapeOf(schema);
  for (const part of path) {
    if (current instanceof z.ZodArray && typeof part === 'number') current = shapeOf(current.element as z.ZodType);
    else if (current instanceof z.ZodObject && current.shape[String(part)]) current = shapeOf(current.shape[String(part)] as z.ZodType);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** YAML `key:` with nothing after it means "not given", like leaving the key out. */
function dropEmptyValues(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
}

export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): { value?: z.output<S>; problems: ContentProblem[] } {
  const input = data && typeof data === 'object' && !Array.isArray(data) ? dropEmptyValues(data as Record<string, unknown>) : data;
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  const described = result.error.issues.flatMap((issue) => describeIssue(issue, (path) => keysAt(schema, path)));
  // `tittle:` makes two problems (unknown tittle, missing title); the first says it all.
  const suggested = new Set(described.flatMap((d) => (d.suggestion ? [[...d.path.slice(0, -1), d.suggestion].join('\u0000')] : [])));
  const problems = described
    .filter((d) => !(d.missing && suggested.has(d.path.join('\u0000'))))
    .map(({ path, message }) => ({
      severity: 'error' as const,
      file,
      field: path.length ? fieldLabel(path) : undefined,
      line: lineOf(path) ?? lineOf(path.slice(0, -1)),
      message,
    }));
  return { problems };
}
