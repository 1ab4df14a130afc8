import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
var o=["ko","en"];var r=e=>e.reason==="no-headcount"||e.reason==="no-records"&&e.kind!=="data"||e.reason==="no-task"&&e.numbers.length===0;export{o as a,r as b};
