// Every figure of the bench, in the order it runs and is numbered in the results. Adding a figure is
// one module in this folder (see bench/README.md) and one line here.
import answers from './answers.mjs'
import deskImport from './desk-import.mjs'
import firstScreen from './first-screen.mjs'
import installable from './installable.mjs'
import lighthouse from './lighthouse.mjs'
import offlineStart from './offline-start.mjs'
import onlineStart from './online-start.mjs'
import photo from './photo.mjs'
import rankings from './rankings.mjs'
import recordPdf from './record-pdf.mjs'

/** @type {import('../lib/figure.mjs').Figure[]} */
export const FIGURES = [firstScreen, onlineStart, offlineStart, answers, photo, recordPdf, deskImport, rankings, lighthouse, installable]
