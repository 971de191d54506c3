import { ref } from 'vue'
import type { Member } from '@/domain'
import { useTeamStore, type SendResult } from '@/stores/team'

/** The principal's "send" per member: whether a file is being made, and what became of it. */
export function useAssignmentSends() {
  const team = useTeamStore()
  const sending = ref<Record<string, boolean>>({})
  const results = ref<Record<string, SendResult>>({})

  async function send(m: Member) {
    sending.value = { ...sending.value, [m.id]: true }
    try {
      results.value = { ...results.value, [m.id]: await team.sendAssignment(m.id) }
    } finally {
      sending.value = { ...sending.value, [m.id]: false }
    }
  }

  async function shareAgain(m: Member) {
    const r = results.value[m.id]
    const outcome = await team.shareAgain(m.id)
    if (r?.ok && outcome) results.value = { ...results.value, [m.id]: { ...r, outcome } }
  }

  return { sending, results, send, shareAgain }
}
