import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{b as i}from"./chunk-IZPJJBDJ.js";import{i as l}from"./chunk-UGJ3NCL2.js";import"./chunk-3WOFILEA.js";import"./chunk-VQDYMLMG.js";import"./chunk-PBBYACX6.js";var a=o=>/[",\r\n]/.test(o)?`"${o.replace(/"/g,'""')}"`:o,p=o=>{let e=l(o);return o.kind==="text"&&e!=="-"&&/^[=+\-@\t\r]/.test(e)?`'${e}`:e},d=o=>o.columns.map(e=>a(p({value:e.header,kind:"text"}))).join(",");function f(o,e){let t=[],s;for(let r of o){let n=d(r);n!==s&&t.push([n]),s=n;for(let m of r.rows)t[t.length-1].push(m.cells.map(c=>a(p(c))).join(","))}return(e.bom?"\uFEFF":"")+t.map(r=>r.join(`\r
`)+`\r
`).join(`\r
`)}function g(o,e){return f(i(o.blocks),e)}var x=["\uAD6C\uBD84,\uC608\uC0B0\uC561,\uC9D1\uD589\uC561,\uC9D1\uD589\uB960,\uBE44\uACE0","\uACC4,337200,74085,22.0,",`\uAE30\uAD00\uC6B4\uC601,277200,71882,25.9,"\uD0ED	""\uC778\uC6A9"", \uC27C\uD45C
\uB458\uC9F8 \uC904 | <b> & \uB05D"`,"\uC2DC\uCC45\uCD94\uC9C4,60000,,,","","\uC9C1\uAE09,\uACFC\uBD80\uC871,\uAE30\uC900\uC77C","5\uAE09,-3,2021-04-28",""].join(`\r
`);export{p as csvCell,x as example,f as renderCsv,g as writeCsv};
