import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
var o=e=>e.reason==="no-headcount"||e.reason==="no-records"&&e.kind!=="data"||e.reason==="no-task"&&e.numbers.length===0;var r=["ko","en"];export{r as a,o as b};
