import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a,b,c,d}from"./chunk-F37KUYJB.js";import"./chunk-PBBYACX6.js";export{d as TOC_TITLE,a as docTables,c as tableOfContents,b as tablesDoc};
