import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a as x}from"./chunk-4NW2PAEH.js";import{a as c}from"./chunk-PCA776PQ.js";import{h as b}from"./chunk-XVWM5EYL.js";import{a as j}from"./chunk-GH2HIFF3.js";import"./chunk-CNRGAOK3.js";import"./chunk-PBBYACX6.js";var v=/\x1b\[[0-9;]*m/g,y=t=>j(t.includes("\x1B")?t.replace(v,""):t);function w(t,i,e){let r=t.map(y),o=e.map(s=>s.map(y));for(let s of o)s.forEach((l,n)=>r[n]=Math.max(r[n]??0,l));let g=(s,l,n)=>`${s}${r.map(p=>"\u2500".repeat(p+2)).join(l)}${n}`,$=(s,l)=>`\u2502${r.map((n,p)=>{let h=s[p]??"",u=" ".repeat(n-(l[p]??0));return` ${i[p]==="right"?u+h:h+u} `}).join("\u2502")}\u2502`,f=[g("\u250C","\u252C","\u2510"),$(t,t.map(y)),g("\u251C","\u253C","\u2524")];return e.forEach((s,l)=>f.push($(s,o[l]))),f.push(g("\u2514","\u2534","\u2518")),f.join(`
`)}function M(t,i,e=!0){let r=new x({level:i.color?1:0}),o=t.rows.some(n=>n.trailer!==void 0),g=[...t.columns.map(n=>c(n.header)),...o?[""]:[]],$=[...t.columns.map(n=>n.align),...o?["left"]:[]],f=t.rows.map(n=>{let p=(u,d)=>{let m=u;return d>0&&n.mark==="over"&&(m=r.yellow(m)),d>0&&n.mark==="under"&&(m=r.cyan(m)),n.role==="item"?m:r.bold(m)},h=n.cells.map((u,d)=>p((d===0&&n.level>0?"  ":"")+c(b(u,i.lang)),d));return o?[...h,c(n.trailer??"")]:h}),s=w(g,$,f);if(!e)return`${s}
`;let l=(t.notes??[]).map(n=>`${c(n)}
`).join("");return`${c(t.title)}
${s}
${l}`}var T=t=>c(t.replace(/\*\*/g,"")),a=c;function k(t,i){return t.flatMap(e=>{switch(e.type){case"cover":return[`${a(e.title)}
${a(e.issued)}
${a(e.office)}
`];case"section":return k(e.blocks,i);case"heading":return[`${a(e.text)}
`];case"paragraph":return[`${T(e.text)}
`];case"list":return[e.items.map(r=>[`${a(r.title)}
`,...r.points.map(o=>`  - ${a(o)}
`)].join("")).join("")];case"lines":return e.lines.length===0?[]:[e.lines.map(r=>`${a(r)}
`).join("")];case"table":return[M(e.table,i,e.titled)];case"chart":return[];case"outline":{let r=[];for(let o of e.lines)o.depth===0?r.push(...r.length?[""]:[],`${a(o.marker)} ${a(o.text)}`):r.push(`${"  ".repeat(o.depth-1)}${a(o.marker)} ${T(o.text)}`);return[r.join(`
`)+`
`]}}})}function E(t,i){return k(t.blocks,i).join(`
`)}export{w as boxTable,M as renderTable,E as writeText};
