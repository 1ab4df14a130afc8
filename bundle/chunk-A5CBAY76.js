import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{c as t}from"./chunk-OXNIDYQU.js";function s(r,n,o){let i=[...o.filter(e=>e.severity==="error"),...o.filter(e=>e.severity!=="error")];r.io.stderr.write(t.text.render({files:n,problems:i,strict:!1},{lang:r.lang,color:r.colorErr}))}export{s as a};
