// Inline stylesheet of the HTML report: the file must work offline, attached to
// an e-mail or printed, so nothing is fetched. System fonts only.
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.25rem 4rem; font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1f2328; background: #fff; }
h1, h2, table, .meta, .banner, .notes, .summary { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.2rem; margin: 2.5rem 0 0.75rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.25rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: #57606a; margin: 0; }
.meta { color: #57606a; font-size: 0.9rem; margin: 0.25rem 0; }
.banner { padding: 0.6rem 0.9rem; border-radius: 6px; font-weight: 600; font-size: 0.95rem; }
.banner.published { background: #dafbe1; border: 1px solid #1a7f37; color: #116329; }
.banner.draft { background: #fff8c5; border: 2px dashed #9a6700; color: #7d4e00; }
.article p { margin: 0 0 1rem; }
/* Verdict colours are saturated; a white veil over the inline background keeps
   the text readable for any colour, named ones included. */
mark.claim { color: inherit; padding: 0.05em 0; border-radius: 2px; background-image: linear-gradient(rgba(255, 255, 255, 0.55), rgba(255, 255, 255, 0.55)) !important; }
mark.claim.overlap { box-shadow: inset 0 -0.18em 0 rgba(0, 0, 0, 0.35); }
mark.claim.unapproved { outline: 1px dashed #7d4e00; }
sup.ref { font: 600 0.7rem system-ui, sans-serif; margin-left: 0.1em; }
sup.ref a, .back { text-decoration: none; color: #0969da; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid #d0d7de; }
td.count, th.count { text-align: right; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; margin-right: 0.4em; vertical-align: -0.1em; border: 1px solid rgba(0, 0, 0, 0.2); }
ol.notes { list-style: none; padding: 0; }
ol.notes > li { border-left: 4px solid #d0d7de; padding: 0.25rem 0 0.25rem 0.9rem; margin: 0 0 1.5rem; }
ol.notes > li.unapproved { border-left-style: dashed; background: #fffdf0; }
.note-head { margin: 0 0 0.3rem; }
.num { font-weight: 700; margin-right: 0.4rem; }
/* A pill's colours are inline: verdictPillColors (lib/domain/verdict-colors.ts) picks the text colour for each verdict colour. */
.verdict { padding: 0.1rem 0.5rem; border-radius: 1rem; font-weight: 600; }
.flag { display: inline-block; margin-left: 0.4rem; padding: 0 0.4rem; border: 1px solid #9a6700; border-radius: 4px; color: #7d4e00; font-size: 0.8rem; font-weight: 600; }
blockquote { margin: 0.3rem 0; padding-left: 0.75rem; border-left: 2px solid #d0d7de; color: #424a53; font-style: italic; }
.notes p { margin: 0.3rem 0; }
.sources { margin: 0.3rem 0; padding-left: 1.2rem; }
.review { color: #57606a; font-size: 0.9rem; }
footer { margin-top: 3rem; color: #57606a; font: 0.8rem system-ui, sans-serif; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  mark.claim, .verdict, .swatch, .banner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
  /* Paper has no hover: print where each outside link goes. */
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; word-break: break-all; }
  /* The footnotes start on a fresh page, so the annotated text can be read beside them. */
  section.claims { break-before: page; }
  .back { display: none; }
  ol.notes > li, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;
