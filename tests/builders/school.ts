import type { School } from '@/domain'

/** A school row as stored, with only what a principal must type; override what a test is about. */
export function aSchool(over: Partial<School> = {}): School {
  return {
    id: 's1',
    name: 'Trường Tiểu học Võ Thị Sáu',
    code: '',
    kind: 'tieu-hoc',
    province: 'Hải Phòng',
    commune: '',
    managingBody: '',
    headName: '',
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    ...over,
  }
}
