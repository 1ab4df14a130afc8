import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{c as P,d as Y}from"./chunk-F37KUYJB.js";import{a as _}from"./chunk-WV46XFLR.js";import{h as K,k as W,l as G}from"./chunk-XVWM5EYL.js";import{a as A}from"./chunk-GH2HIFF3.js";import{f as N}from"./chunk-CNRGAOK3.js";import"./chunk-PBBYACX6.js";var s=a=>a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;"),j=a=>`${N(Math.round(a*10))}%`,f=a=>(Math.round(a*10)/10).toString();function D(a,l){let e=l==="ko",o=[{name:e?"\uACC4":"Total",rate:a.total.rate,pace:a.total.pace},...a.lines.map(i=>({name:i.name,rate:i.rate,pace:i.pace}))],c=Math.max(...o.map(i=>A(i.name)))*7+16,r=420,u=34,d=30,y=c+r+70,p=d+o.length*u+30,$=i=>c+Math.min(100,Math.max(0,i))/100*r,x=e?"\uC608\uC0B0 \uC9D1\uD589\uB960\uACFC \uC5F0\uC911 \uACBD\uACFC\uC728":"Budget execution against the year elapsed",b=e?`${o.map(i=>`${i.name} ${i.rate===null?"-":j(i.rate)}`).join(", ")}; \uC5F0\uC911 \uACBD\uACFC\uC728 ${j(a.yearElapsed)} (${a.asOf} \uAE30\uC900)`:`${o.map(i=>`${i.name} ${i.rate===null?"-":j(i.rate)}`).join(", ")}; year elapsed ${j(a.yearElapsed)} (as of ${a.asOf})`,g=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget" role="img" aria-labelledby="chart-budget-title chart-budget-desc" viewBox="0 0 ${y} ${p}" width="${y}" height="${p}">`,`<title id="chart-budget-title">${s(x)}</title>`,`<desc id="chart-budget-desc">${s(b)}</desc>`];o.forEach((i,q)=>{let k=d+q*u;g.push(`<text x="${c-8}" y="${k+19}" text-anchor="end" class="label">${s(i.name)}</text>`),g.push(`<rect x="${c}" y="${k+6}" width="${r}" height="18" class="track"/>`),i.rate!==null&&(g.push(`<rect x="${c}" y="${k+6}" width="${f($(i.rate)-c)}" height="18" class="${i.pace==="behind"?"bar behind":"bar"}"/>`),g.push(`<text x="${c+r+8}" y="${k+19}" class="value">${s(j(i.rate))}</text>`))});let w=f($(a.yearElapsed));return g.push(`<line x1="${w}" y1="${d-4}" x2="${w}" y2="${d+o.length*u}" class="elapsed"/>`),g.push(`<text x="${w}" y="${d-10}" text-anchor="middle" class="elapsed-label">${s(e?`\uC5F0\uC911 \uACBD\uACFC\uC728 ${j(a.yearElapsed)}`:`year elapsed ${j(a.yearElapsed)}`)}</text>`),g.push("</svg>"),g.join(`
`)}function F(a,l){let e=l==="ko",o=a.tracks.flatMap(t=>t.grades.length?t.grades.map(h=>({label:h.grade,track:t.track,quota:h.quota,current:h.current,count:h.count??null})):[{label:t.track,track:"",quota:t.subtotal.quota,current:t.subtotal.current,count:t.subtotal.count??null}]),{quota:c,current:r,count:u}=_(a),d=t=>typeof t=="number"?t:0,y=Math.max(1,...o.flatMap(t=>[d(t.quota),d(t.current),d(t.count)])),p=64,$=40,x=180,b=40,g=$+o.length*p+20,w=b+x+60,i=t=>b+x-t/y*x,q=u?e?"\uC778\uC6D0":"Head count":e?c&&r?"\uC9C1\uAE09\uBCC4 \uC815\uC6D0\uACFC \uD604\uC6D0":c?"\uC815\uC6D0":"\uD604\uC6D0":c&&r?"Authorized and filled posts by grade":c?"Authorized posts":"Filled posts",k=t=>t.track?`${t.track} ${t.label}`:t.label,T=t=>t==="-"?"-":`${t}\uBA85`,m=t=>[...c?[`\uC815\uC6D0 ${T(t.quota)}`]:[],...r?[`\uD604\uC6D0 ${T(t.current)}`]:[],...u?[`\uC778\uC6D0 ${T(t.count)}`]:[]].join(", "),C=t=>[...c?[`${t.quota} authorized`]:[],...r?[`${t.current} filled`]:[],...u?[`${t.count} counted`]:[]].join(", "),L=o.map(t=>e?`${k(t)} ${m(t)}`:`${k(t)}: ${C(t)}`).join("; "),E=[];if(c&&E.push(`<rect x="${$}" y="10" width="12" height="12" class="quota"/><text x="${$+16}" y="21" class="legend">${e?"\uC815\uC6D0":"Authorized"}</text>`),r){let t=c?$+90:$;E.push(`<rect x="${t}" y="10" width="12" height="12" class="current"/><text x="${t+16}" y="21" class="legend">${e?"\uD604\uC6D0":"Filled"}</text>`)}u&&E.push(`<rect x="${$}" y="10" width="12" height="12" class="current"/><text x="${$+16}" y="21" class="legend">${e?"\uC778\uC6D0":"Count"}</text>`);let n=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-headcount" role="img" aria-labelledby="chart-headcount-title chart-headcount-desc" viewBox="0 0 ${g} ${w}" width="${g}" height="${w}">`,`<title id="chart-headcount-title">${s(q)}</title>`,`<desc id="chart-headcount-desc">${s(L)}</desc>`,...E,`<line x1="${$}" y1="${b+x}" x2="${g-10}" y2="${b+x}" class="axis"/>`];return o.forEach((t,h)=>{let v=$+h*p+8,M=[...c?[{v:d(t.quota),shown:t.quota==="-"?"-":d(t.quota),cls:"quota"}]:[],...r?[{v:d(t.current),shown:t.current==="-"?"-":d(t.current),cls:"current"}]:[],...u?[{v:d(t.count),shown:t.count==="-"?"-":d(t.count),cls:"current"}]:[]],S=M.length===2?v:v+12;M.forEach((R,H)=>{let O=S+H*24;n.push(`<rect x="${O}" y="${f(i(R.v))}" width="22" height="${f(b+x-i(R.v))}" class="${R.cls}"/>`)}),M.forEach((R,H)=>{let O=S+H*24;n.push(`<text x="${O+11}" y="${f(i(R.v)-4)}" text-anchor="middle" class="value">${R.shown}</text>`)}),n.push(`<text x="${v+23}" y="${b+x+18}" text-anchor="middle" class="label small">${s(t.label)}</text>`)}),n.push("</svg>"),n.join(`
`)}var B=["#2f6db5","#0f766e","#b45309","#7c3aed","#be185d","#4d7c0f"];function I(a,l){let e=l==="ko",o=[{name:e?"\uACC4":"Total",rates:a.months.map(n=>n.total.rate),width:3},...a.lines.map((n,t)=>({name:`${n.code} ${n.name}`,rates:a.months.map(h=>h.lines[t].rate),width:1.5}))],c=a.months.map(n=>n.yearElapsed),r=28+18*(o.length+1),u=48,d=44,y=d*11,p=220,$=u+y+40,x=r+p+36,b=Math.max(20,...c,...o.flatMap(n=>n.rates.filter(t=>t!==null))),g=Math.ceil(b/20)*20,w=n=>u+n*d,i=n=>r+p-Math.max(0,n)/g*p,q=e?`\uC6D4\uBCC4 \uB204\uC801 \uC9D1\uD589\uB960\uACFC \uC5F0\uC911 \uACBD\uACFC\uC728 (${a.fiscalYear}\uD68C\uACC4\uC5F0\uB3C4)`:`Cumulative execution rate by month against the year elapsed (fiscal year ${a.fiscalYear})`,k=n=>G(l,n+1),T=a.months.map((n,t)=>`${k(t)} ${n.total.rate===null?"-":j(n.total.rate)} (${e?"\uACBD\uACFC\uC728":"elapsed"} ${j(n.yearElapsed)})`).join(", "),m=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget-monthly" role="img" aria-labelledby="chart-budget-monthly-title chart-budget-monthly-desc" viewBox="0 0 ${$} ${x}" width="${$}" height="${x}">`,`<title id="chart-budget-monthly-title">${s(q)}</title>`,`<desc id="chart-budget-monthly-desc">${s(T)}</desc>`];o.forEach((n,t)=>{let h=16+t*18;m.push(`<line x1="${u}" y1="${h}" x2="${u+24}" y2="${h}" stroke="${B[t%B.length]}" stroke-width="${n.width}"/>`),m.push(`<text x="${u+30}" y="${h+4}" class="legend">${s(n.name)}</text>`)});let C=16+o.length*18;m.push(`<line x1="${u}" y1="${C}" x2="${u+24}" y2="${C}" class="elapsed"/>`),m.push(`<text x="${u+30}" y="${C+4}" class="legend">${s(e?"\uC5F0\uC911 \uACBD\uACFC\uC728":"year elapsed")}</text>`);for(let n=0;n<=g;n+=20)m.push(`<line x1="${u}" y1="${f(i(n))}" x2="${u+y}" y2="${f(i(n))}" stroke="#e5e7eb"/>`),m.push(`<text x="${u-6}" y="${f(i(n)+4)}" text-anchor="end" class="label small">${n}%</text>`);m.push(`<line x1="${u}" y1="${r+p}" x2="${u+y}" y2="${r+p}" class="axis"/>`);for(let n=0;n<12;n++)m.push(`<text x="${w(n)}" y="${r+p+18}" text-anchor="middle" class="label small">${s(k(n))}</text>`);let L=n=>{let t=[],h=[];return n.forEach((v,M)=>{v===null?(h.length>0&&t.push(h),h=[]):h.push([w(M),i(v)])}),h.length>0&&t.push(h),t},E=n=>n.map(([t,h])=>`${f(t)},${f(h)}`).join(" ");for(let n of L(c))m.push(`<polyline points="${E(n)}" fill="none" class="elapsed"/>`);[...o.entries()].reverse().forEach(([n,t])=>{let h=B[n%B.length];for(let v of L(t.rates)){v.length>1&&m.push(`<polyline points="${E(v)}" fill="none" stroke="${h}" stroke-width="${t.width}"/>`);for(let[M,S]of v)m.push(`<circle cx="${f(M)}" cy="${f(S)}" r="${n===0?3.5:2.5}" fill="${h}"/>`)}});for(let[n,t]of o[0].rates.entries())t!==null&&m.push(`<text x="${w(n)}" y="${f(i(t)-8)}" text-anchor="middle" class="value small">${s(j(t))}</text>`);return m.push("</svg>"),m.join(`
`)}var J='"Malgun Gothic", "\uB9D1\uC740 \uACE0\uB515", "NanumGothic", "\uB098\uB214\uACE0\uB515", "Nanum Gothic", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", sans-serif',Q=`
:root { color-scheme: light; }
html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body { font-family: ${J}; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.6; word-break: keep-all; overflow-wrap: break-word; line-break: strict; }
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
  @bottom-center { content: "- " counter(page) " -"; font-family: ${J}; font-size: 9pt; color: #333; }
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
`;var z=a=>s(a).replace(/\*\*(.+?)\*\*/g,"<strong>$1</strong>");function U(a){let l=W(a);if(!l)return`<tr>${a.columns.map(r=>`<th scope="col">${s(r.header)}</th>`).join("")}</tr>`;let e=(r,u)=>`${r>1?` colspan="${r}"`:""}${u>1?` rowspan="${u}"`:""}`,o=l.first.map(r=>`<th scope="${r.span>1?"colgroup":"col"}"${e(r.span,r.rows)}>${s(r.label)}</th>`).join(""),c=l.second.map(r=>`<th scope="col">${s(r.label)}</th>`).join("");return`<tr>${o}</tr><tr>${c}</tr>`}function V(a,l,e){let o=U(a),c=a.rows.map(r=>{let u=r.cells.map((d,y)=>{let p=s(K(d,l));return y===0?`<th scope="row">${p}</th>`:a.columns[y]?.align==="right"?`<td class="num">${p}</td>`:`<td>${p}</td>`});return`<tr${r.role==="item"?"":' class="total"'}>${u.join("")}</tr>`}).join(`
`);return`<table${e===void 0?"":` id="${s(e)}"`}>
<caption>${s(a.title)}</caption>
<thead>${o}</thead>
<tbody>
${c}
</tbody>
</table>`}function Z(a){let l=[],e=0;for(let o of a){if(o.depth===0){for(;e>0;)l.push("</li></ul>"),e--;l.push(`<p class="section-title"><span class="marker">${s(o.marker)}</span>${z(o.text)}</p>`);continue}if(o.depth>e)for(;e<o.depth;)l.push('<ul class="outline">'),e++,e<o.depth&&l.push("<li>");else for(l.push("</li>");e>o.depth;)l.push("</ul></li>"),e--;l.push(`<li><span class="marker">${s(o.marker)}</span>${z(o.text)}`)}for(;e>0;)l.push("</li></ul>"),e--;return l.join(`
`)}function tt(a,l){let e=P(a);return e.length===0?[]:[`<nav class="toc"><p class="toc-title">${s(Y[l])}</p><ol>`,...e.map(o=>`<li class="toc-${o.level}"><a href="#${s(o.id)}">${s(o.text)}</a></li>`),"</ol></nav>"]}function X(a,l){return a.flatMap(e=>{switch(e.type){case"cover":return[`<header class="cover"><h1>${s(e.title)}</h1><p class="issued">${s(e.issued)}</p><p class="office">${s(e.office)}</p></header>`,...tt(a,l)];case"section":{let[o,c]=e.role==="part"?[`<section class="part" id="${s(e.id)}">`,"</section>"]:[`<article class="task" id="${s(e.id)}">`,"</article>"],r=X(e.blocks,l);return[`${o}${r[0]??""}`,...r.slice(1),c]}case"heading":return[`<h${e.level}>${s(e.text)}</h${e.level}>`];case"paragraph":return[e.boxed?`<p class="purpose">${z(e.text)}</p>`:e.subtitle?`<p class="subtitle">${z(e.text)}</p>`:`<p>${z(e.text)}</p>`];case"list":return['<ul class="functions">',...e.items.map(o=>`<li><strong>${s(o.title)}</strong><ul>${o.points.map(c=>`<li>${s(c)}</li>`).join("")}</ul></li>`),"</ul>"];case"lines":return['<ol class="task-list">',...e.lines.map(o=>`<li>${s(o)}</li>`),"</ol>"];case"table":{let o=V(e.table,l,e.id);return e.titled?[`<h2>${s(e.table.title)}</h2>`,o,...(e.table.notes??[]).map(c=>`<p class="note">${s(c)}</p>`)]:[o]}case"chart":return[`<figure>${e.chart.kind==="budget"?D(e.chart.report,l):e.chart.kind==="budget-monthly"?I(e.chart.report,l):F(e.chart.report,l)}<figcaption>${s(e.caption)}</figcaption></figure>`];case"outline":return[Z(e.lines)]}})}function ht(a,l){return["<!doctype html>",`<html lang="${l}">`,"<head>",'<meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,'<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${s(a.title)}</title>`,`<style>${Q}</style>`,"</head>","<body>",...X(a.blocks,l),"</body>","</html>"].join(`
`)+`
`}export{ht as writeHtml};
