import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
var e=["budget","monthly","headcount","expenses","tasks","validation"];export{e as a};
