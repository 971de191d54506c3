import { createRouter, createWebHistory } from 'vue-router'

/** Every screen; each view is its own chunk, so the first screen loads only itself. */
export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    {
      path: '/',
      name: 'home',
      component: () => import('@/views/HomeView.vue'),
      // Draw the home screen with its list already read, so nothing jumps when it arrives; a slow or
      // failing database only delays it briefly (the screen then shows its own loading or error state).
      beforeEnter: async () => {
        // A device that works as a managing body's desk opens on the desk.
        const { useSettingsStore } = await import('@/stores/settings')
        const settings = useSettingsStore()
        const workspace = settings.workspaceLoaded ? settings.workspace : await settings.loadWorkspace().catch(() => null)
        if (workspace === 'desk') return { name: 'desk' }
        const { useSchoolsStore } = await import('@/stores/schools')
        const load = useSchoolsStore().refresh().catch(() => undefined)
        await Promise.race([load, new Promise((resolve) => setTimeout(resolve, 500))])
        return true
      },
    },
    { path: '/schools/new', name: 'school-new', component: () => import('@/views/SchoolFormView.vue') },
    { path: '/schools/:schoolId/edit', name: 'school-edit', component: () => import('@/views/SchoolFormView.vue') },
    { path: '/schools/:schoolId/years', name: 'years', component: () => import('@/views/YearsView.vue') },
    { path: '/schools/:schoolId', name: 'school', component: () => import('@/views/SchoolView.vue') },
    { path: '/a/:assessmentId', name: 'score', component: () => import('@/views/ScoreView.vue') },
    { path: '/a/:assessmentId/overview', name: 'overview', component: () => import('@/views/OverviewView.vue') },
    { path: '/a/:assessmentId/summary', name: 'summary', component: () => import('@/views/SummaryView.vue') },
    { path: '/a/:assessmentId/plan', name: 'plan', component: () => import('@/views/PlanView.vue') },
    { path: '/a/:assessmentId/evidence', name: 'evidence', component: () => import('@/views/EvidenceListView.vue') },
    { path: '/a/:assessmentId/approve', name: 'approve', component: () => import('@/views/ApproveView.vue') },
    { path: '/a/:assessmentId/report', name: 'report', component: () => import('@/views/ReportView.vue') },
    { path: '/a/:assessmentId/record', name: 'record', component: () => import('@/views/RecordView.vue') },
    { path: '/a/:assessmentId/team', name: 'team', component: () => import('@/views/TeamView.vue') },
    { path: '/assignment/:assessmentId', name: 'assignment', component: () => import('@/views/AssignmentView.vue') },
    { path: '/open', name: 'open', component: () => import('@/views/ContributionImportView.vue') },
    { path: '/desk', name: 'desk', component: () => import('@/views/DeskView.vue') },
    { path: '/desk/setup', name: 'desk-setup', component: () => import('@/views/DeskSetupView.vue') },
    { path: '/desk/roster', name: 'desk-roster', component: () => import('@/views/DeskRosterView.vue') },
    { path: '/desk/import', name: 'desk-import', component: () => import('@/views/DeskImportView.vue') },
    { path: '/desk/schools/:rosterId', name: 'desk-school', component: () => import('@/views/DeskSchoolView.vue') },
    { path: '/desk/rankings', name: 'desk-rankings', component: () => import('@/views/RankingsView.vue') },
    { path: '/sets', name: 'sets', component: () => import('@/views/CriteriaSetsView.vue') },
    { path: '/settings', name: 'settings', component: () => import('@/views/SettingsView.vue') },
    { path: '/backup', name: 'backup', component: () => import('@/views/BackupView.vue') },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
  ],
  // A link to one indicator (#item-…) is scrolled by its screen once the indicator is drawn.
  scrollBehavior: (to, _from, saved) => saved ?? (to.hash.startsWith('#item-') ? false : { top: 0 }),
})
