import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{b as i}from"./chunk-IZPJJBDJ.js";import{i as l}from"./chunk-CTQ4FTIO.js";import"./chunk-GH2HIFF3.js";import"./chunk-PLLT6LO4.js";import"./chunk-PBBYACX6.js";var a=e=>/[",\r\n]/.test(e)?`"${e.replace(/"/g,'""')}"`:e,c=e=>{let o=l(e);return e.kind==="text"&&o!=="-"&&/^[=+\-@\t\r]/.test(o)?`'${o}`:o},f=e=>e.columns.map(o=>a(c({value:o.header,kind:"text"}))).join(",");function m(e,o){let t=[],s;for(let n of e){let r=f(n);r!==s&&t.push([r]),s=r;for(let p of n.rows)t[t.length-1].push(p.cells.map(d=>a(c(d))).join(","))}return(o.bom?"\uFEFF":"")+t.map(n=>n.join(`\r
`)+`\r
`).join(`\r
`)}function g(e,o){return m(i(e.blocks),o)}export{c as csvCell,m as renderCsv,g as writeCsv};
