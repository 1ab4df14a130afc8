import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-IZPJJBDJ.js";import"./chunk-PBBYACX6.js";export{e as TOC_TITLE,b as docTables,a as documentDate,d as tableOfContents,c as tablesDoc};
