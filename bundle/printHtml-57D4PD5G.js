import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{d as r}from"./chunk-WJHWGOS4.js";import"./chunk-IZPJJBDJ.js";import"./chunk-P33MLQ3X.js";import"./chunk-CTQ4FTIO.js";import"./chunk-GH2HIFF3.js";import"./chunk-PLLT6LO4.js";import"./chunk-PBBYACX6.js";export{r as writeHtml};
