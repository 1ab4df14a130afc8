import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-BK73P7W3.js";import"./chunk-UGJ3NCL2.js";import"./chunk-3WOFILEA.js";import"./chunk-VQDYMLMG.js";import"./chunk-PBBYACX6.js";export{b as headcountNotes,d as headcountStatusTable,c as headcountTitle,e as headcountTrendTable,a as shown};
