import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{d as r}from"./chunk-YVEMI2DX.js";import"./chunk-IZPJJBDJ.js";import"./chunk-BK73P7W3.js";import"./chunk-UGJ3NCL2.js";import"./chunk-3WOFILEA.js";import"./chunk-VQDYMLMG.js";import"./chunk-PBBYACX6.js";export{r as writeHtml};
