import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{c as W,d as G}from"./chunk-F37KUYJB.js";import{a as K}from"./chunk-3MUZSUEP.js";import{f as O,i as N,j as A}from"./chunk-BTPMO4HA.js";import{a as H}from"./chunk-GH2HIFF3.js";import{f as B}from"./chunk-CNRGAOK3.js";import"./chunk-PBBYACX6.js";var o=n=>n.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;"),w=n=>`${B(Math.round(n*10))}%`,y=n=>(Math.round(n*10)/10).toString();function P(n,l){let t=l==="ko",a=[{name:t?"\uACC4":"Total",rate:n.total.rate,pace:n.total.pace},...n.lines.map(c=>({name:c.name,rate:c.rate,pace:c.pace}))],i=Math.max(...a.map(c=>H(c.name)))*7+16,r=420,d=34,f=30,$=i+r+70,u=f+a.length*d+30,b=c=>i+Math.min(100,Math.max(0,c))/100*r,E=t?"\uC608\uC0B0 \uC9D1\uD589\uB960\uACFC \uC5F0\uC911 \uACBD\uACFC\uC728":"Budget execution against the year elapsed",T=t?`${a.map(c=>`${c.name} ${c.rate===null?"-":w(c.rate)}`).join(", ")}; \uC5F0\uC911 \uACBD\uACFC\uC728 ${w(n.yearElapsed)} (${n.asOf} \uAE30\uC900)`:`${a.map(c=>`${c.name} ${c.rate===null?"-":w(c.rate)}`).join(", ")}; year elapsed ${w(n.yearElapsed)} (as of ${n.asOf})`,g=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget" role="img" aria-labelledby="chart-budget-title chart-budget-desc" viewBox="0 0 ${$} ${u}" width="${$}" height="${u}">`,`<title id="chart-budget-title">${o(E)}</title>`,`<desc id="chart-budget-desc">${o(T)}</desc>`];a.forEach((c,q)=>{let v=f+q*d;g.push(`<text x="${i-8}" y="${v+19}" text-anchor="end" class="label">${o(c.name)}</text>`),g.push(`<rect x="${i}" y="${v+6}" width="${r}" height="18" class="track"/>`),c.rate!==null&&(g.push(`<rect x="${i}" y="${v+6}" width="${y(b(c.rate)-i)}" height="18" class="${c.pace==="behind"?"bar behind":"bar"}"/>`),g.push(`<text x="${i+r+8}" y="${v+19}" class="value">${o(w(c.rate))}</text>`))});let k=y(b(n.yearElapsed));return g.push(`<line x1="${k}" y1="${f-4}" x2="${k}" y2="${f+a.length*d}" class="elapsed"/>`),g.push(`<text x="${k}" y="${f-10}" text-anchor="middle" class="elapsed-label">${o(t?`\uC5F0\uC911 \uACBD\uACFC\uC728 ${w(n.yearElapsed)}`:`year elapsed ${w(n.yearElapsed)}`)}</text>`),g.push("</svg>"),g.join(`
`)}function Y(n,l){let t=l==="ko",a=n.tracks.flatMap(s=>s.grades.length?s.grades.map(M=>({label:M.grade,track:s.track,quota:M.quota,current:M.current})):[{label:s.track,track:"",quota:s.subtotal.quota,current:s.subtotal.current}]),{quota:i,current:r}=K(n),d=Math.max(1,...a.flatMap(s=>[s.quota??0,s.current??0])),f=64,$=40,u=180,b=40,E=$+a.length*f+20,T=b+u+60,g=s=>b+u-s/d*u,k=t?i&&r?"\uC9C1\uAE09\uBCC4 \uC815\uC6D0\uACFC \uD604\uC6D0":i?"\uC815\uC6D0":"\uD604\uC6D0":i&&r?"Authorized and filled posts by grade":i?"Authorized posts":"Filled posts",c=s=>s.track?`${s.track} ${s.label}`:s.label,q=s=>[...i?[`\uC815\uC6D0 ${s.quota}\uBA85`]:[],...r?[`\uD604\uC6D0 ${s.current}\uBA85`]:[]].join(", "),v=s=>[...i?[`${s.quota} authorized`]:[],...r?[`${s.current} filled`]:[]].join(", "),C=a.map(s=>t?`${c(s)} ${q(s)}`:`${c(s)}: ${v(s)}`).join("; "),m=[];if(i&&m.push(`<rect x="${$}" y="10" width="12" height="12" class="quota"/><text x="${$+16}" y="21" class="legend">${t?"\uC815\uC6D0":"Authorized"}</text>`),r){let s=i?$+90:$;m.push(`<rect x="${s}" y="10" width="12" height="12" class="current"/><text x="${s+16}" y="21" class="legend">${t?"\uD604\uC6D0":"Filled"}</text>`)}let j=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-headcount" role="img" aria-labelledby="chart-headcount-title chart-headcount-desc" viewBox="0 0 ${E} ${T}" width="${E}" height="${T}">`,`<title id="chart-headcount-title">${o(k)}</title>`,`<desc id="chart-headcount-desc">${o(C)}</desc>`,...m,`<line x1="${$}" y1="${b+u}" x2="${E-10}" y2="${b+u}" class="axis"/>`];return a.forEach((s,M)=>{let e=$+M*f+8,h=[...i?[{v:s.quota??0,cls:"quota"}]:[],...r?[{v:s.current??0,cls:"current"}]:[]],p=h.length===2?e:e+12;h.forEach((x,R)=>{let z=p+R*24;j.push(`<rect x="${z}" y="${y(g(x.v))}" width="22" height="${y(b+u-g(x.v))}" class="${x.cls}"/>`)}),h.forEach((x,R)=>{let z=p+R*24;j.push(`<text x="${z+11}" y="${y(g(x.v)-4)}" text-anchor="middle" class="value">${x.v}</text>`)}),j.push(`<text x="${e+23}" y="${b+u+18}" text-anchor="middle" class="label small">${o(s.label)}</text>`)}),j.push("</svg>"),j.join(`
`)}var S=["#2f6db5","#0f766e","#b45309","#7c3aed","#be185d","#4d7c0f"];function _(n,l){let t=l==="ko",a=[{name:t?"\uACC4":"Total",rates:n.months.map(e=>e.total.rate),width:3},...n.lines.map((e,h)=>({name:`${e.code} ${e.name}`,rates:n.months.map(p=>p.lines[h].rate),width:1.5}))],i=n.months.map(e=>e.yearElapsed),r=28+18*(a.length+1),d=48,f=44,$=f*11,u=220,b=d+$+40,E=r+u+36,T=Math.max(20,...i,...a.flatMap(e=>e.rates.filter(h=>h!==null))),g=Math.ceil(T/20)*20,k=e=>d+e*f,c=e=>r+u-Math.max(0,e)/g*u,q=t?`\uC6D4\uBCC4 \uB204\uC801 \uC9D1\uD589\uB960\uACFC \uC5F0\uC911 \uACBD\uACFC\uC728 (${n.fiscalYear}\uD68C\uACC4\uC5F0\uB3C4)`:`Cumulative execution rate by month against the year elapsed (fiscal year ${n.fiscalYear})`,v=e=>A(l,e+1),C=n.months.map((e,h)=>`${v(h)} ${e.total.rate===null?"-":w(e.total.rate)} (${t?"\uACBD\uACFC\uC728":"elapsed"} ${w(e.yearElapsed)})`).join(", "),m=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget-monthly" role="img" aria-labelledby="chart-budget-monthly-title chart-budget-monthly-desc" viewBox="0 0 ${b} ${E}" width="${b}" height="${E}">`,`<title id="chart-budget-monthly-title">${o(q)}</title>`,`<desc id="chart-budget-monthly-desc">${o(C)}</desc>`];a.forEach((e,h)=>{let p=16+h*18;m.push(`<line x1="${d}" y1="${p}" x2="${d+24}" y2="${p}" stroke="${S[h%S.length]}" stroke-width="${e.width}"/>`),m.push(`<text x="${d+30}" y="${p+4}" class="legend">${o(e.name)}</text>`)});let j=16+a.length*18;m.push(`<line x1="${d}" y1="${j}" x2="${d+24}" y2="${j}" class="elapsed"/>`),m.push(`<text x="${d+30}" y="${j+4}" class="legend">${o(t?"\uC5F0\uC911 \uACBD\uACFC\uC728":"year elapsed")}</text>`);for(let e=0;e<=g;e+=20)m.push(`<line x1="${d}" y1="${y(c(e))}" x2="${d+$}" y2="${y(c(e))}" stroke="#e5e7eb"/>`),m.push(`<text x="${d-6}" y="${y(c(e)+4)}" text-anchor="end" class="label small">${e}%</text>`);m.push(`<line x1="${d}" y1="${r+u}" x2="${d+$}" y2="${r+u}" class="axis"/>`);for(let e=0;e<12;e++)m.push(`<text x="${k(e)}" y="${r+u+18}" text-anchor="middle" class="label small">${o(v(e))}</text>`);let s=e=>{let h=[],p=[];return e.forEach((x,R)=>{x===null?(p.length>0&&h.push(p),p=[]):p.push([k(R),c(x)])}),p.length>0&&h.push(p),h},M=e=>e.map(([h,p])=>`${y(h)},${y(p)}`).join(" ");for(let e of s(i))m.push(`<polyline points="${M(e)}" fill="none" class="elapsed"/>`);[...a.entries()].reverse().forEach(([e,h])=>{let p=S[e%S.length];for(let x of s(h.rates)){x.length>1&&m.push(`<polyline points="${M(x)}" fill="none" stroke="${p}" stroke-width="${h.width}"/>`);for(let[R,z]of x)m.push(`<circle cx="${y(R)}" cy="${y(z)}" r="${e===0?3.5:2.5}" fill="${p}"/>`)}});for(let[e,h]of a[0].rates.entries())h!==null&&m.push(`<text x="${k(e)}" y="${y(c(h)-8)}" text-anchor="middle" class="value small">${o(w(h))}</text>`);return m.push("</svg>"),m.join(`
`)}var D='"Malgun Gothic", "\uB9D1\uC740 \uACE0\uB515", "NanumGothic", "\uB098\uB214\uACE0\uB515", "Nanum Gothic", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", sans-serif',F=`
:root { color-scheme: light; }
html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body { font-family: ${D}; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.6; word-break: keep-all; overflow-wrap: break-word; line-break: strict; }
.cover { text-align: center; margin: 4rem 0; }
.cover h1 { font-size: 2.4rem; letter-spacing: 0.3em; margin-bottom: 2rem; }
.cover .office { font-size: 1.4rem; font-weight: 700; }
.toc { margin: 2rem 0; }
.toc .toc-title { font-size: 1.6rem; font-weight: 700; text-align: center; letter-spacing: 0.5em; }
.toc ol { list-style: none; padding: 0; }
.toc li.toc-1 { font-weight: 700; margin-top: 0.8rem; }
.toc li.toc-2 { padding-left: 2em; }
.toc a { color: inherit; text-decoration: none; }
h2 { border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; }
h3 { margin-top: 2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #666; padding: 0.25rem 0.6rem; }
thead { display: table-header-group; }
thead th { background: #e8edf3; }
td.num { text-align: right; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; background: #f5f5f5; }
ul.outline, ol.task-list, ul.functions, ul.functions ul { list-style: none; padding-left: 0; margin: 0.2rem 0; }
ul.outline ul { list-style: none; padding-left: 0.3em; margin: 0; }
ul.functions ul { padding-left: 1.2em; }
ul.outline li, ol.task-list li, ul.functions li, .section-title { padding-left: 1.3em; text-indent: -1.3em; }
ul.outline li > ul, ul.functions li > ul { text-indent: 0; }
.marker { display: inline-block; min-width: 1.3em; text-indent: 0; }
.section-title { font-weight: 700; margin: 1.2rem 0 0.3rem; }
.purpose { border: 1px solid #999; padding: 0.5rem 0.8rem; background: #fafafa; }
figure { margin: 1rem 0; }
figcaption { font-size: 0.9rem; color: #444; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
svg.chart .small { font-size: 11px; }
svg.chart .track { fill: #eef0f3; }
svg.chart .bar { fill: #2f6db5; }
svg.chart .bar.behind { fill: #c2410c; }
svg.chart .elapsed { stroke: #111; stroke-width: 2; stroke-dasharray: 4 3; }
svg.chart .quota { fill: #94a3b8; }
svg.chart .current { fill: #2f6db5; }
svg.chart .axis { stroke: #333; }
@page { size: A4; margin: 18mm 15mm 20mm;
  @bottom-center { content: "- " counter(page) " -"; font-family: ${D}; font-size: 9pt; color: #333; }
}
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  .cover { margin: 70mm 0 0; }
  .toc { break-before: page; }
  section.part, article.task { break-before: page; }
  h1, h2, h3, .section-title, .subtitle, .purpose { break-after: avoid; break-inside: avoid; }
  table, figure, tr { break-inside: avoid; }
  tbody tr:first-child, tbody tr:nth-child(2) { break-before: avoid; }
  th, td { padding: 0.2rem 0.45rem; }
  table { font-size: 9.5pt; }
  p, li { orphans: 2; widows: 2; }
}
`;var L=n=>o(n).replace(/\*\*(.+?)\*\*/g,"<strong>$1</strong>");function J(n){let l=N(n);if(!l)return`<tr>${n.columns.map(r=>`<th scope="col">${o(r.header)}</th>`).join("")}</tr>`;let t=(r,d)=>`${r>1?` colspan="${r}"`:""}${d>1?` rowspan="${d}"`:""}`,a=l.first.map(r=>`<th scope="${r.span>1?"colgroup":"col"}"${t(r.span,r.rows)}>${o(r.label)}</th>`).join(""),i=l.second.map(r=>`<th scope="col">${o(r.label)}</th>`).join("");return`<tr>${a}</tr><tr>${i}</tr>`}function Q(n,l,t){let a=J(n),i=n.rows.map(r=>{let d=r.cells.map((f,$)=>{let u=o(O(f,l));return $===0?`<th scope="row">${u}</th>`:n.columns[$]?.align==="right"?`<td class="num">${u}</td>`:`<td>${u}</td>`});return`<tr${r.role==="item"?"":' class="total"'}>${d.join("")}</tr>`}).join(`
`);return`<table${t===void 0?"":` id="${o(t)}"`}>
<caption>${o(n.title)}</caption>
<thead>${a}</thead>
<tbody>
${i}
</tbody>
</table>`}function X(n){let l=[],t=0;for(let a of n){if(a.depth===0){for(;t>0;)l.push("</li></ul>"),t--;l.push(`<p class="section-title"><span class="marker">${o(a.marker)}</span>${L(a.text)}</p>`);continue}if(a.depth>t)for(;t<a.depth;)l.push('<ul class="outline">'),t++,t<a.depth&&l.push("<li>");else for(l.push("</li>");t>a.depth;)l.push("</ul></li>"),t--;l.push(`<li><span class="marker">${o(a.marker)}</span>${L(a.text)}`)}for(;t>0;)l.push("</li></ul>"),t--;return l.join(`
`)}function U(n,l){let t=W(n);return t.length===0?[]:[`<nav class="toc"><p class="toc-title">${o(G[l])}</p><ol>`,...t.map(a=>`<li class="toc-${a.level}"><a href="#${o(a.id)}">${o(a.text)}</a></li>`),"</ol></nav>"]}function I(n,l){return n.flatMap(t=>{switch(t.type){case"cover":return[`<header class="cover"><h1>${o(t.title)}</h1><p class="issued">${o(t.issued)}</p><p class="office">${o(t.office)}</p></header>`,...U(n,l)];case"section":{let[a,i]=t.role==="part"?[`<section class="part" id="${o(t.id)}">`,"</section>"]:[`<article class="task" id="${o(t.id)}">`,"</article>"],r=I(t.blocks,l);return[`${a}${r[0]??""}`,...r.slice(1),i]}case"heading":return[`<h${t.level}>${o(t.text)}</h${t.level}>`];case"paragraph":return[t.boxed?`<p class="purpose">${L(t.text)}</p>`:t.subtitle?`<p class="subtitle">${L(t.text)}</p>`:`<p>${L(t.text)}</p>`];case"list":return['<ul class="functions">',...t.items.map(a=>`<li><strong>${o(a.title)}</strong><ul>${a.points.map(i=>`<li>${o(i)}</li>`).join("")}</ul></li>`),"</ul>"];case"lines":return['<ol class="task-list">',...t.lines.map(a=>`<li>${o(a)}</li>`),"</ol>"];case"table":{let a=Q(t.table,l,t.id);return t.titled?[`<h2>${o(t.table.title)}</h2>`,a,...(t.table.notes??[]).map(i=>`<p class="note">${o(i)}</p>`)]:[a]}case"chart":return[`<figure>${t.chart.kind==="budget"?P(t.chart.report,l):t.chart.kind==="budget-monthly"?_(t.chart.report,l):Y(t.chart.report,l)}<figcaption>${o(t.caption)}</figcaption></figure>`];case"outline":return[X(t.lines)]}})}function it(n,l){return["<!doctype html>",`<html lang="${l}">`,"<head>",'<meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,'<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${o(n.title)}</title>`,`<style>${F}</style>`,"</head>","<body>",...I(n.blocks,l),"</body>","</html>"].join(`
`)+`
`}export{it as writeHtml};
