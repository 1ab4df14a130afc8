import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-P33MLQ3X.js";import"./chunk-CTQ4FTIO.js";import"./chunk-GH2HIFF3.js";import"./chunk-PLLT6LO4.js";import"./chunk-PBBYACX6.js";export{b as headcountNotes,d as headcountStatusTable,c as headcountTitle,e as headcountTrendTable,a as shown};
