// Printed (and `report -o x.pdf`): A4 landscape, where a diagram and the wide tables fit; each plan,
// the portfolio and the coverage start a new page.
/** The style sheet of the HTML reports (the follow-up report, the report for a meeting). */
export const REPORT_STYLE = `body{font-family:system-ui,sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}thead{background:#f3f3f3}
li.error .sev{color:#b00020;font-weight:bold}li.warning .sev{color:#8a5a00;font-weight:bold}li.info .sev{color:#555}
section.plan{border-top:2px solid #ddd;margin-top:2rem}pre.mermaid{background:#fafafa;padding:.5rem;overflow:auto}
@page{size:A4 landscape;margin:12mm 12mm 16mm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}table{font-size:8pt}thead{display:table-header-group}
section.plan{border-top:none;margin-top:0}
section.plan+section.plan,section.portfolio,section.coverage{break-before:page}
h1,h2,h3,h4{break-after:avoid}tr,li{break-inside:avoid}.diagram svg{max-width:100%;height:auto}}`;
