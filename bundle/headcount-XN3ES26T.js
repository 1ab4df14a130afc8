import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-UGMEMXP5.js";import"./chunk-JHDZB2XH.js";import"./chunk-GH2HIFF3.js";import"./chunk-TFOBCW2O.js";import"./chunk-PBBYACX6.js";export{b as headcountNotes,d as headcountStatusTable,c as headcountTitle,e as headcountTrendTable,a as shown};
