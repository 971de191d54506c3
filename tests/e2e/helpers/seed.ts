import type { Page } from '@playwright/test'

export interface Seeded {
  schoolId: string
  assessmentId: string
}

/**
 * Puts one school and one draft assessment (QĐ 4725 unless another set is named) straight into the app's database, for tests whose
 * subject is not creating them. The app must have been opened once (so its database exists).
 */
export async function seedAssessment(
  page: Page,
  opts: { schoolName?: string; code?: string; status?: 'draft' | 'approved'; version?: string; setId?: string; improvement?: unknown[] } = {},
): Promise<Seeded> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'chiso'), undefined, {
    timeout: 10_000,
  })
  return page.evaluate(
    ({ schoolName, code, status, version, setId, improvement }) =>
      new Promise<Seeded>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onerror = () => reject(new Error('open failed'))
        req.onsuccess = () => {
          const db = req.result
          const now = new Date().toISOString()
          const schoolId = crypto.randomUUID()
          const assessmentId = crypto.randomUUID()
          const tx = db.transaction(['schools', 'assessments'], 'readwrite')
          tx.objectStore('schools').put({
            id: schoolId,
            name: schoolName,
            code,
            kind: 'tieu-hoc',
            province: 'Lâm Đồng',
            commune: 'Xã An Phú',
            managingBody: 'Sở Giáo dục và Đào tạo tỉnh Lâm Đồng',
            headName: 'Nguyễn Thị Hồng',
            createdAt: now,
            updatedAt: now,
          })
          tx.objectStore('assessments').put({
            id: assessmentId,
            schoolId,
            setId,
            version,
            ...(improvement.length ? { improvement } : {}),
            schoolYear: '2025-2026',
            status,
            revision: 1,
            record: {},
            createdAt: now,
            updatedAt: now,
          })
          tx.oncomplete = () => {
            db.close()
            resolve({ schoolId, assessmentId })
          }
          tx.onerror = () => reject(new Error('seed failed'))
        }
      }),
    {
      schoolName: opts.schoolName ?? 'Trường Tiểu học Văn Tràng',
      code: opts.code ?? '79000001',
      status: opts.status ?? 'draft',
      version: opts.version ?? '1.0.0',
      setId: opts.setId ?? 'qd-4725',
      improvement: opts.improvement ?? [],
    },
  )
}
