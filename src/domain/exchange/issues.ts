import type * as v from 'valibot'
import { formatPath } from '../criteria/parse'
import { entryPath, MAX_REPORTED_ERRORS, shown, type ExchangeError } from './errors'

type AnyIssue = v.BaseIssue<unknown>

/** Schema problems of one entry (`manifest.json`, `data.json`) as `invalid-field` errors. */
export function issuesToErrors(issues: readonly AnyIssue[], entry: string): ExchangeError[] {
  return issues.slice(0, MAX_REPORTED_ERRORS).map((issue) => {
    const keys = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)))
    const field = formatPath(keys)
    const path = entryPath(entry, field)
    const params = { expected: issue.expected ?? '', received: issue.received.slice(0, 80) }
    if (issue.type === 'strict_object' && issue.expected === 'never')
      return { code: 'invalid-field', path, detail: `unknown field "${String(keys.at(-1))}"`, params }
    if (issue.received === 'undefined')
      return { code: 'invalid-field', path, detail: `missing ${issue.expected ?? 'value'}`, params }
    if (issue.kind === 'schema')
      return {
        code: 'invalid-field',
        path,
        detail: `expected ${issue.expected ?? '?'}, found ${shown(issue.input) || issue.received}`,
        params,
      }
    return { code: 'invalid-field', path, detail: `${issue.message}: ${shown(issue.input)}`, params }
  })
}
