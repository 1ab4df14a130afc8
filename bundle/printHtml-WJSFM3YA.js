import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{d as r}from"./chunk-Q4KZWPT5.js";import"./chunk-IZPJJBDJ.js";import"./chunk-YZ46RUOM.js";import"./chunk-XVWM5EYL.js";import"./chunk-GH2HIFF3.js";import"./chunk-CNRGAOK3.js";import"./chunk-PBBYACX6.js";export{r as writeHtml};
