/** Phụ lục kèm theo Quyết định: the score table, the evidence list and the photos. */
import { b, heading, list, para, run } from '../blocks'
import type { Context } from '../context'
import type { RecordBlock } from '../model'
import { parsePhotoSizes, photoSizeOf } from '../photoSize'
import { bandsText, conditionSentences, scoreNotes } from '../results'
import { evidenceTable, scoreTable } from '../tables'
import { cleanText, longDate } from '../text'
import { APPENDIX, W } from '../wording'
import { numberOf, type SectionDraft } from './common'

export function appendixSection(ctx: Context): SectionDraft {
  const f = ctx.input.fields
  const sizes = parsePhotoSizes(f.photoSizes)
  const photos = ctx.evidence
    .filter((e) => e.kind === 'photo' && e.file)
    .map((e) => ({ evidenceId: e.id, code: cleanText(e.code), caption: cleanText(e.title).trim(), size: photoSizeOf(e, sizes) }))
  const note = { small: true, indent: false }
  const body: RecordBlock[] = [
    heading(1, APPENDIX.scoreHeading),
    scoreTable(ctx),
    ...ctx.groups.map(({ group }) => para([b(W.groupBandsLabel(group.id)), run(`${bandsText(group)}.`)], note)),
    ...ctx.groups.flatMap(({ score: gs }) => {
      const c = conditionSentences(ctx, gs)
      return c.length > 0 ? [list(c)] : []
    }),
    ...scoreNotes(ctx, true),
    heading(1, APPENDIX.evidenceHeading),
    evidenceTable(ctx),
    ...(photos.length > 0
      ? [heading(1, APPENDIX.photosHeading), { kind: 'photos', photos, missingText: W.photoMissing } satisfies RecordBlock]
      : []),
  ]
  return {
    id: 'appendix',
    name: APPENDIX.name,
    header: null,
    title: APPENDIX.title,
    summary: APPENDIX.summary(ctx.s),
    subtitle: [APPENDIX.attachedTo(numberOf(ctx, 'decision'), longDate(f.decisionDate), ctx.s.head, ctx.s.name)],
    body,
    signatures: [],
    recipients: null,
  }
}
