import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{d as G,e as P}from"./chunk-IZPJJBDJ.js";import{a as Y}from"./chunk-P33MLQ3X.js";import{h as K,k as W,l as D}from"./chunk-CTQ4FTIO.js";import{a as A}from"./chunk-GH2HIFF3.js";import{g as N}from"./chunk-PLLT6LO4.js";var s=o=>o.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;"),j=o=>`${N(Math.round(o*10))}%`,f=o=>(Math.round(o*10)/10).toString();function _(o,i){let r=i==="ko",e=[{name:r?"\uACC4":"Total",rate:o.total.rate,pace:o.total.pace},...o.lines.map(u=>({name:u.name,rate:u.rate,pace:u.pace}))],l=Math.max(...e.map(u=>A(u.name)))*7+16,a=420,c=34,d=30,b=l+a+70,p=d+e.length*c+30,$=u=>l+Math.min(100,Math.max(0,u))/100*a,x=r?"\uC608\uC0B0 \uC9D1\uD589\uB960\uACFC \uC5F0\uC911 \uACBD\uACFC\uC728":"Budget execution against the year elapsed",y=r?`${e.map(u=>`${u.name} ${u.rate===null?"-":j(u.rate)}`).join(", ")}; \uC5F0\uC911 \uACBD\uACFC\uC728 ${j(o.yearElapsed)} (${o.asOf} \uAE30\uC900)`:`${e.map(u=>`${u.name} ${u.rate===null?"-":j(u.rate)}`).join(", ")}; year elapsed ${j(o.yearElapsed)} (as of ${o.asOf})`,g=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget" role="img" aria-labelledby="chart-budget-title chart-budget-desc" viewBox="0 0 ${b} ${p}" width="${b}" height="${p}">`,`<title id="chart-budget-title">${s(x)}</title>`,`<desc id="chart-budget-desc">${s(y)}</desc>`];e.forEach((u,T)=>{let k=d+T*c;g.push(`<text x="${l-8}" y="${k+19}" text-anchor="end" class="label">${s(u.name)}</text>`),g.push(`<rect x="${l}" y="${k+6}" width="${a}" height="18" class="track"/>`),u.rate!==null&&(g.push(`<rect x="${l}" y="${k+6}" width="${f($(u.rate)-l)}" height="18" class="${u.pace==="behind"?"bar behind":"bar"}"/>`),g.push(`<text x="${l+a+8}" y="${k+19}" class="value">${s(j(u.rate))}</text>`))});let w=f($(o.yearElapsed));return g.push(`<line x1="${w}" y1="${d-4}" x2="${w}" y2="${d+e.length*c}" class="elapsed"/>`),g.push(`<text x="${w}" y="${d-10}" text-anchor="middle" class="elapsed-label">${s(r?`\uC5F0\uC911 \uACBD\uACFC\uC728 ${j(o.yearElapsed)}`:`year elapsed ${j(o.yearElapsed)}`)}</text>`),g.push("</svg>"),g.join(`
`)}function F(o,i){let r=i==="ko",e=o.tracks.flatMap(t=>t.grades.length?t.grades.map(h=>({label:h.grade,track:t.track,quota:h.quota,current:h.current,count:h.count??null})):[{label:t.track,track:"",quota:t.subtotal.quota,current:t.subtotal.current,count:t.subtotal.count??null}]),{quota:l,current:a,count:c}=Y(o),d=t=>typeof t=="number"?t:0,b=Math.max(1,...e.flatMap(t=>[d(t.quota),d(t.current),d(t.count)])),p=64,$=40,x=180,y=40,g=$+e.length*p+20,w=y+x+60,u=t=>y+x-t/b*x,T=c?r?"\uC778\uC6D0":"Head count":r?l&&a?"\uC9C1\uAE09\uBCC4 \uC815\uC6D0\uACFC \uD604\uC6D0":l?"\uC815\uC6D0":"\uD604\uC6D0":l&&a?"Authorized and filled posts by grade":l?"Authorized posts":"Filled posts",k=t=>t.track?`${t.track} ${t.label}`:t.label,q=t=>t==="-"?"-":`${t}\uBA85`,m=t=>[...l?[`\uC815\uC6D0 ${q(t.quota)}`]:[],...a?[`\uD604\uC6D0 ${q(t.current)}`]:[],...c?[`\uC778\uC6D0 ${q(t.count)}`]:[]].join(", "),C=t=>[...l?[`${t.quota} authorized`]:[],...a?[`${t.current} filled`]:[],...c?[`${t.count} counted`]:[]].join(", "),z=e.map(t=>r?`${k(t)} ${m(t)}`:`${k(t)}: ${C(t)}`).join("; "),R=[];if(l&&R.push(`<rect x="${$}" y="10" width="12" height="12" class="quota"/><text x="${$+16}" y="21" class="legend">${r?"\uC815\uC6D0":"Authorized"}</text>`),a){let t=l?$+90:$;R.push(`<rect x="${t}" y="10" width="12" height="12" class="current"/><text x="${t+16}" y="21" class="legend">${r?"\uD604\uC6D0":"Filled"}</text>`)}c&&R.push(`<rect x="${$}" y="10" width="12" height="12" class="current"/><text x="${$+16}" y="21" class="legend">${r?"\uC778\uC6D0":"Count"}</text>`);let n=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-headcount" role="img" aria-labelledby="chart-headcount-title chart-headcount-desc" viewBox="0 0 ${g} ${w}" width="${g}" height="${w}">`,`<title id="chart-headcount-title">${s(T)}</title>`,`<desc id="chart-headcount-desc">${s(z)}</desc>`,...R,`<line x1="${$}" y1="${y+x}" x2="${g-10}" y2="${y+x}" class="axis"/>`];return e.forEach((t,h)=>{let v=$+h*p+8,E=[...l?[{v:d(t.quota),shown:t.quota==="-"?"-":d(t.quota),cls:"quota"}]:[],...a?[{v:d(t.current),shown:t.current==="-"?"-":d(t.current),cls:"current"}]:[],...c?[{v:d(t.count),shown:t.count==="-"?"-":d(t.count),cls:"current"}]:[]],S=E.length===2?v:v+12;E.forEach((M,H)=>{let O=S+H*24;n.push(`<rect x="${O}" y="${f(u(M.v))}" width="22" height="${f(y+x-u(M.v))}" class="${M.cls}"/>`)}),E.forEach((M,H)=>{let O=S+H*24;n.push(`<text x="${O+11}" y="${f(u(M.v)-4)}" text-anchor="middle" class="value">${M.shown}</text>`)}),n.push(`<text x="${v+23}" y="${y+x+18}" text-anchor="middle" class="label small">${s(t.label)}</text>`)}),n.push("</svg>"),n.join(`
`)}var B=["#2f6db5","#0f766e","#b45309","#7c3aed","#be185d","#4d7c0f"];function I(o,i){let r=i==="ko",e=[{name:r?"\uACC4":"Total",rates:o.months.map(n=>n.total.rate),width:3},...o.lines.map((n,t)=>({name:`${n.code} ${n.name}`,rates:o.months.map(h=>h.lines[t].rate),width:1.5}))],l=o.months.map(n=>n.yearElapsed),a=28+18*(e.length+1),c=48,d=44,b=d*11,p=220,$=c+b+40,x=a+p+36,y=Math.max(20,...l,...e.flatMap(n=>n.rates.filter(t=>t!==null))),g=Math.ceil(y/20)*20,w=n=>c+n*d,u=n=>a+p-Math.max(0,n)/g*p,T=r?`\uC6D4\uBCC4 \uB204\uC801 \uC9D1\uD589\uB960\uACFC \uC5F0\uC911 \uACBD\uACFC\uC728 (${o.fiscalYear}\uD68C\uACC4\uC5F0\uB3C4)`:`Cumulative execution rate by month against the year elapsed (fiscal year ${o.fiscalYear})`,k=n=>D(i,n+1),q=o.months.map((n,t)=>`${k(t)} ${n.total.rate===null?"-":j(n.total.rate)} (${r?"\uACBD\uACFC\uC728":"elapsed"} ${j(n.yearElapsed)})`).join(", "),m=[`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget-monthly" role="img" aria-labelledby="chart-budget-monthly-title chart-budget-monthly-desc" viewBox="0 0 ${$} ${x}" width="${$}" height="${x}">`,`<title id="chart-budget-monthly-title">${s(T)}</title>`,`<desc id="chart-budget-monthly-desc">${s(q)}</desc>`];e.forEach((n,t)=>{let h=16+t*18;m.push(`<line x1="${c}" y1="${h}" x2="${c+24}" y2="${h}" stroke="${B[t%B.length]}" stroke-width="${n.width}"/>`),m.push(`<text x="${c+30}" y="${h+4}" class="legend">${s(n.name)}</text>`)});let C=16+e.length*18;m.push(`<line x1="${c}" y1="${C}" x2="${c+24}" y2="${C}" class="elapsed"/>`),m.push(`<text x="${c+30}" y="${C+4}" class="legend">${s(r?"\uC5F0\uC911 \uACBD\uACFC\uC728":"year elapsed")}</text>`);for(let n=0;n<=g;n+=20)m.push(`<line x1="${c}" y1="${f(u(n))}" x2="${c+b}" y2="${f(u(n))}" stroke="#e5e7eb"/>`),m.push(`<text x="${c-6}" y="${f(u(n)+4)}" text-anchor="end" class="label small">${n}%</text>`);m.push(`<line x1="${c}" y1="${a+p}" x2="${c+b}" y2="${a+p}" class="axis"/>`);for(let n=0;n<12;n++)m.push(`<text x="${w(n)}" y="${a+p+18}" text-anchor="middle" class="label small">${s(k(n))}</text>`);let z=n=>{let t=[],h=[];return n.forEach((v,E)=>{v===null?(h.length>0&&t.push(h),h=[]):h.push([w(E),u(v)])}),h.length>0&&t.push(h),t},R=n=>n.map(([t,h])=>`${f(t)},${f(h)}`).join(" ");for(let n of z(l))m.push(`<polyline points="${R(n)}" fill="none" class="elapsed"/>`);[...e.entries()].reverse().forEach(([n,t])=>{let h=B[n%B.length];for(let v of z(t.rates)){v.length>1&&m.push(`<polyline points="${R(v)}" fill="none" stroke="${h}" stroke-width="${t.width}"/>`);for(let[E,S]of v)m.push(`<circle cx="${f(E)}" cy="${f(S)}" r="${n===0?3.5:2.5}" fill="${h}"/>`)}});for(let[n,t]of e[0].rates.entries())t!==null&&m.push(`<text x="${w(n)}" y="${f(u(t)-8)}" text-anchor="middle" class="value small">${s(j(t))}</text>`);return m.push("</svg>"),m.join(`
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
.toc.paged li { display: flex; align-items: baseline; }
.toc.paged li::after { content: ""; order: 1; flex: 1; border-bottom: 1px dotted #999; margin: 0 0.4em; }
.toc .toc-page { order: 2; min-width: 2em; text-align: right; }
@media print { .toc:not(.paged) a::after { content: target-counter(attr(href url), page); float: right; } }
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
/* A narrow screen (a phone): a table wider than it scrolls in its own box, not the whole page. */
@media screen and (max-width: 48rem) { table { display: block; max-width: 100%; overflow-x: auto; } }
@page { size: A4; margin: 18mm 15mm 20mm;
  @bottom-center { content: "- " counter(page) " -"; font-family: ${J}; font-size: 9pt; color: #333; }
}
/* The cover carries no page number. */
@page :first { @bottom-center { content: none; } }
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
`;var L=o=>s(o).replace(/\*\*(.+?)\*\*/g,"<strong>$1</strong>");function U(o){let i=W(o);if(!i)return`<tr>${o.columns.map(a=>`<th scope="col">${s(a.header)}</th>`).join("")}</tr>`;let r=(a,c)=>`${a>1?` colspan="${a}"`:""}${c>1?` rowspan="${c}"`:""}`,e=i.first.map(a=>`<th scope="${a.span>1?"colgroup":"col"}"${r(a.span,a.rows)}>${s(a.label)}</th>`).join(""),l=i.second.map(a=>`<th scope="col">${s(a.label)}</th>`).join("");return`<tr>${e}</tr><tr>${l}</tr>`}function V(o,i,r){let e=U(o),l=o.rows.map(a=>{let c=a.cells.map((d,b)=>{let p=s(K(d,i));return b===0?`<th scope="row">${p}</th>`:o.columns[b]?.align==="right"?`<td class="num">${p}</td>`:`<td>${p}</td>`});return`<tr${a.role==="item"?"":' class="total"'}>${c.join("")}</tr>`}).join(`
`);return`<table${r===void 0?"":` id="${s(r)}"`}>
<caption>${s(o.title)}</caption>
<thead>${e}</thead>
<tbody>
${l}
</tbody>
</table>`}function Z(o){let i=[],r=0;for(let e of o){if(e.depth===0){for(;r>0;)i.push("</li></ul>"),r--;i.push(`<p class="section-title"><span class="marker">${s(e.marker)}</span>${L(e.text)}</p>`);continue}if(e.depth>r)for(;r<e.depth;)i.push('<ul class="outline">'),r++,r<e.depth&&i.push("<li>");else for(i.push("</li>");r>e.depth;)i.push("</ul></li>"),r--;i.push(`<li><span class="marker">${s(e.marker)}</span>${L(e.text)}`)}for(;r>0;)i.push("</li></ul>"),r--;return i.join(`
`)}function tt(o,i,r){let e=G(o);if(e.length===0)return[];let l=a=>r?`<span class="toc-page">${r[a]??""}</span>`:"";return[`<nav class="toc${r?" paged":""}"><p class="toc-title">${s(P[i])}</p><ol>`,...e.map(a=>`<li class="toc-${a.level}"><a href="#${s(a.id)}">${s(a.text)}</a>${l(a.id)}</li>`),"</ol></nav>"]}function X(o,i,r){return o.flatMap(e=>{switch(e.type){case"cover":return[`<header class="cover"><h1>${s(e.title)}</h1><p class="issued">${s(e.issued)}</p><p class="office">${s(e.office)}</p></header>`,...tt(o,i,r)];case"section":{let[l,a]=e.role==="part"?[`<section class="part" id="${s(e.id)}">`,"</section>"]:[`<article class="task" id="${s(e.id)}">`,"</article>"],c=X(e.blocks,i);return[`${l}${c[0]??""}`,...c.slice(1),a]}case"heading":return[`<h${e.level}>${s(e.text)}</h${e.level}>`];case"paragraph":return[e.boxed?`<p class="purpose">${L(e.text)}</p>`:e.subtitle?`<p class="subtitle">${L(e.text)}</p>`:`<p>${L(e.text)}</p>`];case"list":return['<ul class="functions">',...e.items.map(l=>`<li><strong>${s(l.title)}</strong><ul>${l.points.map(a=>`<li>${s(a)}</li>`).join("")}</ul></li>`),"</ul>"];case"lines":return['<ol class="task-list">',...e.lines.map(l=>`<li>${s(l)}</li>`),"</ol>"];case"table":{let l=V(e.table,i,e.id);return e.titled?[`<h2>${s(e.table.title)}</h2>`,l,...(e.table.notes??[]).map(a=>`<p class="note">${s(a)}</p>`)]:[l]}case"chart":return[`<figure>${e.chart.kind==="budget"?_(e.chart.report,i):e.chart.kind==="budget-monthly"?I(e.chart.report,i):F(e.chart.report,i)}<figcaption>${s(e.caption)}</figcaption></figure>`];case"outline":return[Z(e.lines)]}})}function et(o,i,r){return X(o.blocks,i,r).join(`
`)}function dt(o,i,r){return["<!doctype html>",`<html lang="${i}">`,"<head>",'<meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,'<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${s(o.title)}</title>`,`<style>${Q}</style>`,"</head>","<body>",et(o,i,r),"</body>","</html>"].join(`
`)+`
`}export{s as a,Q as b,et as c,dt as d};
