import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
async function a(o,t,r,i,c){let f,n=()=>f??=t(),e=await o.compute(n,r,i);if(!e.ok)return e;let u=await o.document(e.value.value,r,c);return{ok:!0,value:{office:n().id,report:o.name,value:e.value.value,doc:u,notices:e.value.notices??[]}}}export{a};
