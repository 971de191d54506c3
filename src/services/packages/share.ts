/**
 * Exchange files go to the share sheet (so they can go straight to Zalo or email), or are
 * downloaded where the browser cannot share files, through the app's one share helper.
 */
export { download, shareOrDownload, type ShareOutcome } from '@/services/share'
