/**
 * Why the app cannot use the device's database right now, shown full-screen instead of the app:
 * - `unavailable`: the browser gives no storage (private mode, site storage turned off);
 * - `blocked`: an upgrade waits for another tab with an older version to close (clears itself);
 * - `versionchange`: another tab upgraded the database; this tab closed it and must reload;
 * - `newer`: the database was written by a newer version of the app than this one;
 * - `unknown`: opening failed for another reason.
 */
export type StorageProblem = 'unavailable' | 'blocked' | 'versionchange' | 'newer' | 'unknown'
