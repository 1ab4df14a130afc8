import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{d as r}from"./chunk-LCMPFKH4.js";import"./chunk-IZPJJBDJ.js";import"./chunk-UGMEMXP5.js";import"./chunk-JHDZB2XH.js";import"./chunk-GH2HIFF3.js";import"./chunk-TFOBCW2O.js";import"./chunk-PBBYACX6.js";export{r as writeHtml};
