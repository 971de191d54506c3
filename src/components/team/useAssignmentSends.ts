import { shallowRef } from 'vue'
import { idMap, own, withEntry, type Member } from '@/domain'
import { useTeamStore, type SendResult } from '@/stores/team'

/** The principal's "send" per member: whether a file is being made, and what became of it. */
export function useAssignmentSends() {
  const team = useTeamStore()
  const sending = shallowRef<Record<string, boolean>>(idMap())
  const results = shallowRef<Record<string, SendResult>>(idMap())

  async function send(m: Member) {
    sending.value = withEntry(sending.value, m.id, true)
    try {
      results.value = withEntry(results.value, m.id, await team.sendAssignment(m.id))
    } finally {
      sending.value = withEntry(sending.value, m.id, false)
    }
  }

  async function shareAgain(m: Member) {
    const r = own(results.value, m.id)
    const outcome = await team.shareAgain(m.id)
    if (r?.ok && outcome) results.value = withEntry(results.value, m.id, { ...r, outcome })
  }

  return { sending, results, send, shareAgain }
}
