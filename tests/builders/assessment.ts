import type { Assessment } from '@/domain'

/** A draft QĐ 4725 assessment row, as stored; override what a test is about. */
export function assessment(over: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    schoolId: 's1',
    setId: 'qd-4725',
    version: '1.0.0',
    schoolYear: '2025-2026',
    status: 'draft',
    revision: 1,
    record: {},
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    ...over,
  }
}
