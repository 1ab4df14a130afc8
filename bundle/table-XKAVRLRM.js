import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a as x}from"./chunk-4NW2PAEH.js";import{a as u}from"./chunk-PCA776PQ.js";import{h as j}from"./chunk-CTQ4FTIO.js";import{a as b}from"./chunk-GH2HIFF3.js";import"./chunk-PLLT6LO4.js";import"./chunk-PBBYACX6.js";var v=/\x1b\[[0-9;]*m/g,M=n=>b(n.includes("\x1B")?n.replace(v,""):n);function O(n,c,e){let r=t=>n.map((p,o)=>{let a=(t[o]??"").replace(/\t/g," ").split(/\r\n|\r|\n/);return{lines:a,widths:a.map(M)}}),s=r(n),f=e.map(r),g=s.map(t=>Math.max(...t.widths));for(let t of f)t.forEach((p,o)=>g[o]=Math.max(g[o],...p.widths));let d=(t,p,o)=>`${t}${g.map(a=>"\u2500".repeat(a+2)).join(p)}${o}`,m=[d("\u250C","\u252C","\u2510")],$=t=>{let p=Math.max(...t.map(o=>o.lines.length));for(let o=0;o<p;o++){let a=g.map((h,i)=>{let y=t[i].lines[o]??"",w=" ".repeat(h-(t[i].widths[o]??0));return` ${c[i]==="right"?w+y:y+w} `});m.push(`\u2502${a.join("\u2502")}\u2502`)}};$(s),m.push(d("\u251C","\u253C","\u2524"));for(let t of f)$(t);return m.push(d("\u2514","\u2534","\u2518")),m.join(`
`)}function S(n,c,e=!0){let r=new x({level:c.color?1:0}),s=n.rows.some(t=>t.trailer!==void 0),f=[...n.columns.map(t=>u(t.header)),...s?[""]:[]],g=[...n.columns.map(t=>t.align),...s?["left"]:[]],d=n.rows.map(t=>{let p=(a,h)=>{let i=a;return h>0&&t.mark==="over"&&(i=r.yellow(i)),h>0&&t.mark==="under"&&(i=r.cyan(i)),t.role==="item"?i:r.bold(i)},o=t.cells.map((a,h)=>p((h===0&&t.level>0?"  ":"")+u(j(a,c.lang)),h));return s?[...o,u(t.trailer??"")]:o}),m=O(f,g,d);if(!e)return`${m}
`;let $=(n.notes??[]).map(t=>`${u(t)}
`).join("");return`${u(n.title)}
${m}
${$}`}var k=n=>u(n.replace(/\*\*/g,"")),l=u;function T(n,c){return n.flatMap(e=>{switch(e.type){case"cover":return[`${l(e.title)}
${l(e.issued)}
${l(e.office)}
`];case"section":return T(e.blocks,c);case"heading":return[`${l(e.text)}
`];case"paragraph":return[`${k(e.text)}
`];case"list":return[e.items.map(r=>[`${l(r.title)}
`,...r.points.map(s=>`  - ${l(s)}
`)].join("")).join("")];case"lines":return e.lines.length===0?[]:[e.lines.map(r=>`${l(r)}
`).join("")];case"table":return[S(e.table,c,e.titled)];case"chart":return[];case"outline":{let r=[];for(let s of e.lines)s.depth===0?r.push(...r.length?[""]:[],`${l(s.marker)} ${l(s.text)}`):r.push(`${"  ".repeat(s.depth-1)}${l(s.marker)} ${k(s.text)}`);return[r.join(`
`)+`
`]}}})}function R(n,c){return T(n.blocks,c).join(`
`)}export{O as boxTable,S as renderTable,R as writeText};
