import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a,b,c}from"./chunk-NJANRIRY.js";import"./chunk-FL3M2ZEO.js";import"./chunk-AXD7A3FB.js";import"./chunk-PBBYACX6.js";export{b as outlineMarkdownLines,c as taskDoc,a as taskOutline};
